package se.knutpunkt.security.auditlog.verify;

/** The verifier's state file cannot be read or trusted. */
public class RememberedLogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RememberedLogException(String message, Throwable cause) {
    super(message, cause);
  }

  public RememberedLogException(String message) {
    super(message);
  }
}
