package se.knutpunkt.security.crypto.keys;

import java.security.GeneralSecurityException;

/**
 * A public key that is not a valid P-256 point: off the curve, the point at infinity, or another
 * curve altogether.
 */
public class InvalidPublicKeyException extends GeneralSecurityException {
  private static final long serialVersionUID = 1L;

  public InvalidPublicKeyException(String message) {
    super(message);
  }
}
