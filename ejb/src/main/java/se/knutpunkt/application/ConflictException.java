package se.knutpunkt.application;

import jakarta.ejb.ApplicationException;

/** The request contradicts the current state, such as adding someone who is already a member. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
