package se.knutpunkt.security.crypto.keys;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user's passphrase. Kept as characters so it can be wiped after use; encoded as UTF-8, without
 * normalisation, exactly as openssl and the browser encode what the user typed.
 */
public final class Passphrase implements AutoCloseable {
  private final char[] characters;

  private Passphrase(char[] characters) {
    this.characters = characters;
  }

  public static Passphrase of(char[] characters) {
    return new Passphrase(Objects.requireNonNull(characters, "passphrase").clone());
  }

  public static Passphrase of(String text) {
    return new Passphrase(Objects.requireNonNull(text, "passphrase").toCharArray());
  }

  char[] characters() {
    return characters;
  }

  public boolean isEmpty() {
    return characters.length == 0;
  }

  @Override
  public void close() {
    Arrays.fill(characters, '\0');
  }

  @Override
  public String toString() {
    return "Passphrase[redacted]";
  }
}
