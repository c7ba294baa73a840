package se.knutpunkt.domain.casefile;

import java.util.Objects;

/**
 * Names one value in a case: {@code overview.summary}, {@code persons.<personId>.name}. The first
 * segment is the section, which decides whose scope covers the value.
 */
public record FieldPath(String value) implements Comparable<FieldPath>, java.io.Serializable {

  public static final int MAX_LENGTH = 200;
  private static final int MAX_SEGMENT_LENGTH = 64;

  public FieldPath {
    Objects.requireNonNull(value, "field path");
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a field path is at most " + MAX_LENGTH + " characters");
    }
    int firstDot = value.indexOf('.');
    if (firstDot < 0) {
      throw new IllegalArgumentException(
          "a field path is a section and a name, like overview.summary: '" + value + "'");
    }
    String section = value.substring(0, firstDot);
    if (CaseSection.fromCode(section).isEmpty()) {
      throw new IllegalArgumentException(
          "'" + section + "' is not a section (" + CaseSection.codes() + ")");
    }
    if (!wellFormed(value)) {
      throw new IllegalArgumentException(
          "a field path's parts are letters, digits, '_' and '-': '" + value + "'");
    }
  }

  /** Parts of 1 to 64 of [A-Za-z0-9_-], between dots (checked without a regex: paths are many). */
  private static boolean wellFormed(String value) {
    int length = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '.') {
        if (length == 0) {
          return false;
        }
        length = 0;
      } else if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '_'
          || c == '-') {
        if (++length > MAX_SEGMENT_LENGTH) {
          return false;
        }
      } else {
        return false;
      }
    }
    return length > 0;
  }

  public static FieldPath of(String value) {
    return new FieldPath(value);
  }

  public static final FieldPath TITLE = new FieldPath("overview.title");
  public static final FieldPath TYPE = new FieldPath("overview.type");
  public static final FieldPath STATUS = new FieldPath("overview.status");
  public static final FieldPath SUMMARY = new FieldPath("overview.summary");

  public CaseSection section() {
    return CaseSection.fromCode(value.substring(0, value.indexOf('.'))).orElseThrow();
  }

  @Override
  public int compareTo(FieldPath other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
