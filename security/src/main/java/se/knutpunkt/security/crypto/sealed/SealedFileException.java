package se.knutpunkt.security.crypto.sealed;

import java.io.IOException;

/** The input is not a sealed file, or not one this key opens. */
public class SealedFileException extends IOException {
  private static final long serialVersionUID = 1L;

  public SealedFileException(String message) {
    super(message);
  }
}
