package se.knutpunkt.application;

import jakarta.ejb.ApplicationException;

/**
 * No such thing the asker may know of (an invitation, a disclosure request): it does not exist, or
 * it is none of theirs. The two are told apart only in the audit trail.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** {@code what}: the kind of thing, as the API names it ("invitation"). */
  public NotFoundException(String what) {
    super("there is no such " + what);
  }
}
