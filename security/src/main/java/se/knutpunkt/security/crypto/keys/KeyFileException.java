package se.knutpunkt.security.crypto.keys;

import java.security.GeneralSecurityException;

/** A key file could not be used. Subclasses say why, in words a user can act on. */
public class KeyFileException extends GeneralSecurityException {
  private static final long serialVersionUID = 1L;

  public KeyFileException(String message) {
    super(message);
  }
}
