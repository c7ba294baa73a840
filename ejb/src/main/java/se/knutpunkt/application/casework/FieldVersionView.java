package se.knutpunkt.application.casework;

import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.domain.marking.Marking;

/**
 * One version in a field's history, made only by the gate: a withheld version shows its number and
 * marking, never its author, agency or time (ADR 0006).
 */
public record FieldVersionView(long version, Marking marking, Optional<ReleasedValue> released) {

  /** Whether this version removed the value; told only where the version is released. */
  public boolean removal() {
    return released.map(ReleasedValue::removal).orElse(false);
  }

  public FieldVersionView {
    Objects.requireNonNull(marking);
    Objects.requireNonNull(released);
  }

  public Optional<String> value() {
    return released.map(ReleasedValue::content);
  }
}
