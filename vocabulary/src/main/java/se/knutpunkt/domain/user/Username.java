package se.knutpunkt.domain.user;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The login name of a person, as the identity provider knows it (anna.pmy). Names compare
 * case-insensitively, as Keycloak's do: "Anna.PMY" is anna.pmy, kept in lower case.
 */
public record Username(String value) implements Comparable<Username>, java.io.Serializable {

  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

  public Username {
    Objects.requireNonNull(value, "username");
    String given = value;
    // ASCII first: lower-casing would turn the Kelvin sign into a plain 'k'
    value = given.chars().allMatch(c -> c < 0x80) ? given.toLowerCase(Locale.ROOT) : "";
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a username: '" + given + "'");
    }
  }

  public static Username of(String value) {
    return new Username(value);
  }

  @Override
  public int compareTo(Username other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
