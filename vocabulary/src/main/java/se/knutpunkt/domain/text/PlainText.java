package se.knutpunkt.domain.text;

import java.util.Optional;

/**
 * What any text a person writes into a case must be: well-formed Unicode (no lone surrogate, which
 * no encoding can store) and free of NUL, which PostgreSQL cannot store and which hides text from
 * many readers. Other control characters such as tab and line breaks are welcome.
 */
public final class PlainText {

  private PlainText() {}

  /** Why {@code text} cannot be stored, or empty if it can. */
  public static Optional<String> problemWith(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return Optional.of("contains a NUL character (at position " + i + ")");
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return Optional.of("contains a lone surrogate (at position " + i + ")");
      }
      if (Character.isLowSurrogate(c)) {
        return Optional.of("contains a lone surrogate (at position " + i + ")");
      }
    }
    return Optional.empty();
  }
}
