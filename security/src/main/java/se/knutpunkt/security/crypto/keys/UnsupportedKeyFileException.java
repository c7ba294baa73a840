package se.knutpunkt.security.crypto.keys;

/**
 * A well-formed key file protected in a way Knutpunkt does not accept (another cipher, or too few
 * PBKDF2 iterations).
 */
public class UnsupportedKeyFileException extends KeyFileException {
  private static final long serialVersionUID = 1L;

  public UnsupportedKeyFileException(String message) {
    super(message);
  }
}
