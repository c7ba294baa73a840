package se.knutpunkt.cli.crypto;

/** A failure the user can act on; printed as one line, never as a stack trace. */
public class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CliFailure(String message) {
    super(message);
  }

  public CliFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
