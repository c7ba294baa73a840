package se.knutpunkt.domain.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of validating a text as a national identifier: the identifier, or why not.
 *
 * <p>The reason codes a rejection carries (stable: callers and the API's {@code reasonCode} use
 * them; the detail is for people and may change):
 *
 * <ul>
 *   <li>{@value #EMPTY}: nothing given (null, empty or only whitespace).
 *   <li>{@value #FORMAT}: not one of the accepted spellings: other characters than ASCII digits and
 *       one '-' or '+' in its place, a '+' outside the ten-digit form of a person's number, or a
 *       twelve-digit number with the organisation prefix 16 whose third digit is below 2.
 *   <li>{@value #CHECK_DIGIT}: the last digit is not the Luhn digit of the nine before it.
 *   <li>{@value #DATE}: a personnummer or samordningsnummer whose birth date does not exist, lies
 *       before 1800 or in the future.
 *   <li>{@value #BIRTH_NUMBER}: a personnummer or samordningsnummer whose birth number (the three
 *       digits before the check digit) is 000; only 001 to 999 are ever assigned.
 *   <li>{@value #GROUP_NUMBER}: an organisationsnummer whose first digit, the group number of the
 *       legal form, is 0 or 4, groups that are not in use.
 * </ul>
 */
public record IdentifierValidation(
    Optional<NationalIdentifier> identifier, Optional<Rejection> rejection) {

  public static final String EMPTY = "EMPTY";
  public static final String FORMAT = "FORMAT";
  public static final String CHECK_DIGIT = "CHECK_DIGIT";
  public static final String DATE = "DATE";
  public static final String BIRTH_NUMBER = "BIRTH_NUMBER";
  public static final String GROUP_NUMBER = "GROUP_NUMBER";

  /** Why a text is not a valid identifier; the code is stable, the detail is for people. */
  public record Rejection(String code, String detail) {
    public Rejection {
      Objects.requireNonNull(code);
      Objects.requireNonNull(detail);
    }
  }

  public static IdentifierValidation valid(NationalIdentifier identifier) {
    return new IdentifierValidation(Optional.of(identifier), Optional.empty());
  }

  public static IdentifierValidation invalid(String code, String detail) {
    return new IdentifierValidation(Optional.empty(), Optional.of(new Rejection(code, detail)));
  }

  public boolean isValid() {
    return identifier.isPresent();
  }
}
