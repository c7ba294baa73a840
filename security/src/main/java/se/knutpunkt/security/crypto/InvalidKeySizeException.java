package se.knutpunkt.security.crypto;

/** A key of the wrong length was given: rejected before it is used for anything. */
public class InvalidKeySizeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidKeySizeException(String message) {
    super(message);
  }
}
