package se.knutpunkt.security.auditlog.checkpoint;

import java.nio.file.Path;

/** The signing key file cannot be used; the message says which file and what to do. */
public class SignerKeyFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SignerKeyFileException(Path file, String problem, Throwable cause) {
    this("audit log signing key file", file, problem, cause);
  }

  /**
   * @param what what the file is, e.g. "witness key file"
   */
  public SignerKeyFileException(String what, Path file, String problem, Throwable cause) {
    super(what + " " + file.toAbsolutePath() + ": " + problem, cause);
  }

  public SignerKeyFileException(Path file, String problem) {
    this(file, problem, null);
  }
}
