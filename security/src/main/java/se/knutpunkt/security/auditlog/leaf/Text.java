package se.knutpunkt.security.auditlog.leaf;

import java.util.Objects;

/** The rules every text field of a leaf follows, so that what encodes also decodes. */
final class Text {

  private Text() {}

  static String required(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field + " is never empty");
    }
    return wellFormed(value, field);
  }

  /** Unicode that UTF-8 can carry: no unpaired surrogate, which would not survive encoding. */
  static String wellFormed(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!Utf8.isWellFormed(value)) {
      throw new IllegalArgumentException(field + " is not well-formed Unicode");
    }
    return value;
  }
}
