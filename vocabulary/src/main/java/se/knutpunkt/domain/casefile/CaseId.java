package se.knutpunkt.domain.casefile;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The identity of a case: random, so that it tells nothing about the case or its owner. */
public record CaseId(UUID value) implements java.io.Serializable {

  /**
   * 8-4-4-4-12 hex digits. UUID.fromString alone also reads signs ('+f2504e0-...') and dashes in
   * other places, which would give one case several addresses.
   */
  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  public CaseId {
    Objects.requireNonNull(value, "case id");
  }

  public static CaseId random() {
    return new CaseId(UUID.randomUUID());
  }

  /** The id in a URL, or empty when the text is no case id at all. */
  public static Optional<CaseId> parse(String text) {
    if (text == null || !CANONICAL.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new CaseId(UUID.fromString(text)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static CaseId of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException("not a case id: " + text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
