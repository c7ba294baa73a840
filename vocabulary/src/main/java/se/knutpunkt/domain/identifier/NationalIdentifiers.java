package se.knutpunkt.domain.identifier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads personnummer, samordningsnummer and organisationsnummer in the spellings people use and
 * hands the digits to the rules of their kind ({@link PersonalNumbers}, {@link
 * OrganisationNumbers}).
 *
 * <p>Accepted spellings, whitespace around them ignored: YYMMDD-NNNC, YYMMDD+NNNC, YYMMDDNNNC,
 * YYYYMMDDNNNC and YYYYMMDD-NNNC for people; NNNNNN-NNNN, NNNNNNNNNN, 16NNNNNNNNNN and
 * 16NNNNNN-NNNN for organisations. A ten-digit number whose third digit is 2 or more is an
 * organisationsnummer (a person's third digit begins the month: 0 or 1). The reason codes are
 * listed on {@link IdentifierValidation}.
 */
public final class NationalIdentifiers {

  // [0-9], not \d: only ASCII digits are digits here, whatever flags the pattern may get later
  private static final Pattern TEN_DIGITS = Pattern.compile("([0-9]{6})([-+]?)([0-9]{4})");
  private static final Pattern TWELVE_DIGITS =
      Pattern.compile("([0-9]{2})([0-9]{6})([-+]?)([0-9]{4})");

  /** The "century" Skatteverket puts before an organisationsnummer to make it twelve digits. */
  private static final String ORGANISATION_PREFIX = "16";

  private NationalIdentifiers() {}

  /**
   * Validates {@code input}; {@code today} decides the century of a ten-digit number: after a '+'
   * the most recent birth year at least 100 calendar years back (the '+' is used from the year the
   * person turns 100), otherwise the most recent century in which the date is not in the future.
   */
  public static IdentifierValidation validate(String input, LocalDate today) {
    Objects.requireNonNull(today, "today");
    String text = input == null ? "" : stripSpace(input);
    if (text.isEmpty()) {
      return IdentifierValidation.invalid(IdentifierValidation.EMPTY, "no identifier given");
    }
    Matcher ten = TEN_DIGITS.matcher(text);
    if (ten.matches()) {
      String digits = ten.group(1) + ten.group(3);
      boolean plus = "+".equals(ten.group(2));
      if (digits.charAt(2) >= '2') {
        return OrganisationNumbers.validate(digits, plus);
      }
      return PersonalNumbers.withoutCentury(digits, plus, today);
    }
    Matcher twelve = TWELVE_DIGITS.matcher(text);
    if (twelve.matches()) {
      String century = twelve.group(1);
      String digits = twelve.group(2) + twelve.group(4);
      boolean plus = "+".equals(twelve.group(3));
      if (ORGANISATION_PREFIX.equals(century)) {
        return organisationWithPrefix(text, digits, plus);
      }
      if (plus) {
        // FOL 18 § and SKV 704: the '+' marks a centenarian in the ten-digit form only; the
        // twelve-digit form states the century instead and has no separator
        return IdentifierValidation.invalid(
            IdentifierValidation.FORMAT,
            "a '+' belongs only to the ten-digit form YYMMDD+NNNC; the twelve-digit form"
                + " YYYYMMDDNNNC already states the century: got '"
                + text
                + "'");
      }
      return PersonalNumbers.withCentury(Integer.parseInt(century), digits, today);
    }
    return IdentifierValidation.invalid(
        IdentifierValidation.FORMAT,
        "expected YYMMDD-NNNC, YYYYMMDDNNNC or an organisationsnummer NNNNNN-NNNN, got '"
            + text
            + "'");
  }

  private static IdentifierValidation organisationWithPrefix(
      String text, String digits, boolean plus) {
    if (digits.charAt(2) < '2') {
      return IdentifierValidation.invalid(
          IdentifierValidation.FORMAT,
          "a twelve-digit number starting with 16 is an organisationsnummer, whose third digit"
              + " is at least 2; got '"
              + text
              + "'");
    }
    return OrganisationNumbers.validate(digits, plus);
  }

  /**
   * Strips what counts as space around the text, also the no-break spaces that text copied from web
   * pages and documents carries ({@link String#strip()} keeps those).
   */
  private static String stripSpace(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
