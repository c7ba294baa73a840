package se.knutpunkt.security.crypto.chunked;

/** The ciphertext ends too early: inside the header, inside a tag, or without its final chunk. */
public class TruncatedCiphertextException extends CiphertextException {
  private static final long serialVersionUID = 1L;

  public TruncatedCiphertextException(String message) {
    super(message);
  }
}
