package se.knutpunkt.application;

import jakarta.ejb.ApplicationException;

/** The person asked more often than the service allows (a registry that could be enumerated). */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final long retryAfterSeconds;

  public TooManyRequestsException(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
