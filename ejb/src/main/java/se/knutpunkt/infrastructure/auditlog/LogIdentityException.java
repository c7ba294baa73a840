package se.knutpunkt.infrastructure.auditlog;

/**
 * The signing key and the log in the database do not belong together: signing would give one log
 * two keys, or one key two logs. The message says which and what to do; nothing is signed.
 */
public class LogIdentityException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LogIdentityException(String message) {
    super(message);
  }

  public LogIdentityException(String message, Throwable cause) {
    super(message, cause);
  }
}
