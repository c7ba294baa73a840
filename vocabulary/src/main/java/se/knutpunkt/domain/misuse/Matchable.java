package se.knutpunkt.domain.misuse;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import se.knutpunkt.domain.identifier.NationalIdentifier;

/**
 * What a flag is about and what cases are matched on: a national identifier (personnummer,
 * samordningsnummer, organisationsnummer, normalised) or an identity document (issuing country and
 * number). Its {@link #canonical()} form is what the matching index keys, so the same number
 * written in different spellings matches.
 */
public sealed interface Matchable {

  /**
   * A stable text naming exactly this identifier: {@code id:<normalised>}, {@code doc:SWE:AB12}.
   */
  String canonical();

  /** How people read it. */
  String shown();

  static Matchable of(NationalIdentifier identifier) {
    return new Identifier(identifier.normalized());
  }

  static Matchable document(String country, String number) {
    return new Document(country, number);
  }

  /** A personnummer, samordningsnummer or organisationsnummer in normalised form. */
  record Identifier(String normalized) implements Matchable {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{10}|[0-9]{12}");

    public Identifier {
      Objects.requireNonNull(normalized);
      if (!DIGITS.matcher(normalized).matches()) {
        throw new IllegalArgumentException("not a normalised identifier: " + normalized);
      }
    }

    @Override
    public String canonical() {
      return "id:" + normalized;
    }

    @Override
    public String shown() {
      return normalized.length() == 12
          ? normalized.substring(0, 8) + "-" + normalized.substring(8)
          : normalized.substring(0, 6) + "-" + normalized.substring(6);
    }
  }

  /** An identity document: ISO 3166-1 alpha-3 issuing country and its number (compact, upper). */
  record Document(String country, String number) implements Matchable {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{1,30}");

    public Document {
      Objects.requireNonNull(country);
      Objects.requireNonNull(number);
      country = country.strip().toUpperCase(Locale.ROOT);
      number = number.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
      if (!COUNTRY.matcher(country).matches() || !NUMBER.matcher(number).matches()) {
        throw new IllegalArgumentException("not a document: " + country + " " + number);
      }
    }

    @Override
    public String canonical() {
      return "doc:" + country + ":" + number;
    }

    @Override
    public String shown() {
      return number + " (" + country + ")";
    }
  }
}
