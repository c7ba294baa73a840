package se.knutpunkt.application.casework;

import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.domain.marking.Marking;

/** A value given for a new item: its text, and its own marking if it should differ. */
public record NewValue(String text, Optional<Marking> marking) {

  public NewValue {
    Objects.requireNonNull(marking);
  }

  public static NewValue of(String text) {
    return new NewValue(text, Optional.empty());
  }

  public static NewValue of(String text, Marking marking) {
    return new NewValue(text, Optional.of(marking));
  }
}
