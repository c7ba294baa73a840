package se.knutpunkt.domain.identifier;

import java.util.Objects;

/**
 * A validated national identifier in its normalised form: {@code YYYYMMDDNNNC} for personnummer and
 * samordningsnummer, ten digits for organisationsnummer. Two spellings of the same number
 * (850709-9805, 198507099805) are equal.
 */
public record NationalIdentifier(IdentifierType type, String normalized) {

  public NationalIdentifier {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(normalized, "normalized");
    int expected = type == IdentifierType.ORGANISATIONSNUMMER ? 10 : 12;
    if (normalized.length() != expected
        || !normalized.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("not a normalised " + type + ": " + normalized);
    }
  }

  @Override
  public String toString() {
    return normalized;
  }
}
