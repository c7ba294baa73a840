package se.knutpunkt.security.crypto.hpke;

import java.security.GeneralSecurityException;

/**
 * A wrapped key did not open: it was sealed for another recipient or another info (purpose, case,
 * epoch), or it was modified.
 */
public class KeyUnwrapException extends GeneralSecurityException {
  private static final long serialVersionUID = 1L;

  public KeyUnwrapException(String message) {
    super(message);
  }
}
