package se.knutpunkt.application.sharing;

import java.util.Optional;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.domain.text.PlainText;

/** The free texts of sharing (purpose, needs test, reasons): written out, storable, bounded. */
final class WrittenText {

  private WrittenText() {}

  static String required(String field, String text, int maxLength) {
    String written = text == null ? "" : text.strip();
    if (written.isEmpty()) {
      throw new InvalidInputException(field, "value.empty", field);
    }
    return checked(field, written, maxLength);
  }

  static Optional<String> optional(String field, Optional<String> text, int maxLength) {
    return text.map(String::strip).filter(t -> !t.isEmpty()).map(t -> checked(field, t, maxLength));
  }

  private static String checked(String field, String text, int maxLength) {
    PlainText.problemWith(text)
        .ifPresent(
            problem -> {
              throw new InvalidInputException(field, "text.notStorable", field, problem);
            });
    if (text.length() > maxLength) {
      throw new InvalidInputException(field, "value.tooLong", field, text.length(), maxLength);
    }
    return text;
  }
}
