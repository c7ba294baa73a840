package se.knutpunkt.application.casework;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.marking.Marking;

/**
 * A field as one reader may see it; made only by the gate (ADR 0006). Released, it carries the
 * value, its version, author and time. Withheld, it is a placeholder: path, version and marking. In
 * a section outside the reader's scope the placeholder has path and marking only.
 */
public record FieldView(
    FieldPath path, Marking marking, OptionalLong version, Optional<ReleasedValue> released) {

  public FieldView {
    Objects.requireNonNull(path);
    Objects.requireNonNull(marking);
    Objects.requireNonNull(version);
    Objects.requireNonNull(released);
    if (released.isPresent() && version.isEmpty()) {
      throw new IllegalArgumentException("a released value has its version");
    }
  }

  public boolean redacted() {
    return released.isEmpty();
  }

  /** Whether the reader's scope covers the value's section (otherwise not even its version). */
  public boolean inScope() {
    return version.isPresent();
  }

  /** Whether the value was removed (told only where the removal is released). */
  public boolean removed() {
    return released.map(ReleasedValue::removal).orElse(false);
  }

  public Optional<String> value() {
    return released.map(ReleasedValue::content);
  }

  public Optional<String> author() {
    return released.map(ReleasedValue::author);
  }

  public Optional<AgencyCode> authorAgency() {
    return released.map(ReleasedValue::authorAgency);
  }

  public Optional<OffsetDateTime> writtenAt() {
    return released.map(ReleasedValue::writtenAt);
  }
}
