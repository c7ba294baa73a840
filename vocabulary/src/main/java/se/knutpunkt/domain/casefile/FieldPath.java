package se.knutpunkt.domain.casefile;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one value in a case: {@code overview.summary}, {@code persons.<personId>.name}. The first
 * segment is the section, which decides whose scope covers the value.
 */
public record FieldPath(String value) implements Comparable<FieldPath>, java.io.Serializable {

  public static final int MAX_LENGTH = 200;
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public FieldPath {
    Objects.requireNonNull(value, "field path");
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a field path is at most " + MAX_LENGTH + " characters");
    }
    String[] segments = value.split("\\.", -1);
    if (segments.length < 2) {
      throw new IllegalArgumentException(
          "a field path is a section and a name, like overview.summary: '" + value + "'");
    }
    if (CaseSection.fromCode(segments[0]).isEmpty()) {
      throw new IllegalArgumentException(
          "'" + segments[0] + "' is not a section (" + CaseSection.codes() + ")");
    }
    for (String segment : segments) {
      if (!SEGMENT.matcher(segment).matches()) {
        throw new IllegalArgumentException(
            "a field path's parts are letters, digits, '_' and '-': '" + value + "'");
      }
    }
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
