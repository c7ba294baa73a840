package se.knutpunkt.security.crypto.sealed;

/** The input does not start with the sealed-file magic and version, or ends inside its header. */
public class NotASealedFileException extends SealedFileException {
  private static final long serialVersionUID = 1L;

  public NotASealedFileException(String message) {
    super(message);
  }
}
