package se.knutpunkt.application;

import jakarta.ejb.ApplicationException;

/**
 * No case the asker may know of: it does not exist, or the asker is not a member. The two are told
 * apart only in the audit trail. Does not roll back, so that the entry stays.
 */
@ApplicationException(rollback = false)
public class CaseNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CaseNotFoundException() {
    super("no such case");
  }
}
