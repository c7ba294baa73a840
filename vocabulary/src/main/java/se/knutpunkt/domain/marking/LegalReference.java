package se.knutpunkt.domain.marking;

import java.util.Objects;

/** The provision that makes a value secret, for example "OSL 35 kap. 1 §". */
public record LegalReference(String text) {

  public static final int MAX_LENGTH = 200;

  public LegalReference {
    Objects.requireNonNull(text, "legal reference");
    text = text.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a legal reference cannot be empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a legal reference is at most " + MAX_LENGTH + " characters");
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a legal reference cannot hold control characters");
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
