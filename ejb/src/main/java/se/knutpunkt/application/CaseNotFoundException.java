package se.knutpunkt.application;

import jakarta.ejb.ApplicationException;

/**
 * No case the asker may know of: it does not exist, or the asker is not a member. The two are told
 * apart only in the audit trail, whose entry was recorded apart and stays while the request rolls
 * back.
 */
@ApplicationException(rollback = true)
public class CaseNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CaseNotFoundException() {
    super("no such case");
  }
}
