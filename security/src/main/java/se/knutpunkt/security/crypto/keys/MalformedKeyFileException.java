package se.knutpunkt.security.crypto.keys;

/** The file is not a key file of the expected kind, or its structure is damaged. */
public class MalformedKeyFileException extends KeyFileException {
  private static final long serialVersionUID = 1L;

  public MalformedKeyFileException(String message) {
    super(message);
  }
}
