package se.knutpunkt.security.crypto.chunked;

/**
 * The key commitment in the header does not match the key and context: the wrong key, the wrong
 * context, or a modified header. Raised before any chunk is decrypted.
 */
public class WrongKeyOrContextException extends CiphertextException {
  private static final long serialVersionUID = 1L;

  public WrongKeyOrContextException() {
    super(
        "the key commitment does not match: wrong key or wrong context, or the header was modified");
  }
}
