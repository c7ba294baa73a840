package se.knutpunkt.security.auditlog.checkpoint;

import java.util.Objects;

/**
 * The name of a note signing key (C2SP signed-note): non-empty, no Unicode spaces, no plus, no
 * control characters. For the audit log it is also the checkpoint origin, e.g. {@code
 * knutpunkt.example/audit}.
 */
public record KeyName(String value) {

  public KeyName {
    Objects.requireNonNull(value, "key name");
    if (!isValid(value)) {
      throw new MalformedNoteException("not a note key name: '" + value + "'");
    }
  }

  public static KeyName of(String value) {
    return new KeyName(value);
  }

  static boolean isValid(String value) {
    if (value.isEmpty()) {
      return false;
    }
    return value
        .codePoints()
        .noneMatch(
            c ->
                c == '+'
                    || c < 0x20
                    || c == 0x7f
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c));
  }

  @Override
  public String toString() {
    return value;
  }
}
