package se.knutpunkt.security.auditlog.checkpoint;

import java.util.Objects;

/**
 * The first line of a checkpoint: the log's identity. Knutpunkt uses the signing key's name, so an
 * origin follows the key-name rules (no spaces, no plus), as C2SP tlog-checkpoint recommends.
 */
public record LogOrigin(String value) {

  public LogOrigin {
    Objects.requireNonNull(value, "origin");
    if (value.isEmpty() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new MalformedNoteException("not a checkpoint origin: '" + value + "'");
    }
  }

  public static LogOrigin of(String value) {
    return new LogOrigin(value);
  }

  public static LogOrigin of(KeyName keyName) {
    return new LogOrigin(keyName.value());
  }

  @Override
  public String toString() {
    return value;
  }
}
