package se.knutpunkt.security.crypto.chunked;

import java.io.IOException;

/**
 * The ciphertext is not a valid message under this key and context. Its subclasses say how: a
 * caller that only needs "bad file" catches this one.
 */
public class CiphertextException extends IOException {
  private static final long serialVersionUID = 1L;

  public CiphertextException(String message) {
    super(message);
  }
}
