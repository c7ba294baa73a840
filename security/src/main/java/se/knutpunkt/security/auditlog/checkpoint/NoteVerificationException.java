package se.knutpunkt.security.auditlog.checkpoint;

/** A signed note whose signature by the trusted key is missing or does not verify. */
public class NoteVerificationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoteVerificationException(String message) {
    super(message);
  }
}
