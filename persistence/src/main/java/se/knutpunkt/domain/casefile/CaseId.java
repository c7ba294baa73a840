package se.knutpunkt.domain.casefile;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The identity of a case: random, so that it tells nothing about the case or its owner. */
public record CaseId(UUID value) {

  public CaseId {
    Objects.requireNonNull(value, "case id");
  }

  public static CaseId random() {
    return new CaseId(UUID.randomUUID());
  }

  /** The id in a URL, or empty when the text is no case id at all. */
  public static Optional<CaseId> parse(String text) {
    if (text == null || text.length() != 36) {
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
