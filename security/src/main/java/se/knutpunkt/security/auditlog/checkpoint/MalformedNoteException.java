package se.knutpunkt.security.auditlog.checkpoint;

/** Text that is not a well-formed signed note, checkpoint or key in the C2SP formats. */
public class MalformedNoteException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public MalformedNoteException(String message) {
    super(message);
  }

  public MalformedNoteException(String message, Throwable cause) {
    super(message, cause);
  }
}
