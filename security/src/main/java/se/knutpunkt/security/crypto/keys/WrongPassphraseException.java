package se.knutpunkt.security.crypto.keys;

/** The passphrase does not open this key file (or its encrypted part was damaged). */
public class WrongPassphraseException extends KeyFileException {
  private static final long serialVersionUID = 1L;

  public WrongPassphraseException(String message) {
    super(message);
  }
}
