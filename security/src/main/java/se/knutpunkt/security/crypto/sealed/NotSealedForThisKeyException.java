package se.knutpunkt.security.crypto.sealed;

/** The file key in the header does not open with this private key (or the header was modified). */
public class NotSealedForThisKeyException extends SealedFileException {
  private static final long serialVersionUID = 1L;

  public NotSealedForThisKeyException() {
    super(
        "this file was not sealed for this key (or its key block was modified): the file key does"
            + " not open");
  }
}
