package se.knutpunkt.security.auditlog.checkpoint;

import java.nio.file.Path;

/** The signing key file cannot be used; the message says which file and what to do. */
public class SignerKeyFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SignerKeyFileException(Path file, String problem, Throwable cause) {
    super("audit log signing key file " + file.toAbsolutePath() + ": " + problem, cause);
  }

  public SignerKeyFileException(Path file, String problem) {
    this(file, problem, null);
  }
}
