package se.knutpunkt.domain.identifier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads personnummer, samordningsnummer and organisationsnummer in the spellings people use
 * (YYMMDD-NNNC, YYMMDD+NNNC, YYYYMMDDNNNC, NNNNNN-NNNN ...) and checks them: the Luhn digit over
 * the ten-digit form, a real calendar date (day + 60 for samordningsnummer), and a third digit of
 * at least 2 for organisationsnummer.
 */
public final class NationalIdentifiers {

  private static final Pattern TEN_DIGITS = Pattern.compile("(\\d{6})([-+]?)(\\d{4})");
  private static final Pattern TWELVE_DIGITS = Pattern.compile("(\\d{2})(\\d{6})(-?)(\\d{4})");
  private static final int COORDINATION_DAY_OFFSET = 60;

  /**
   * Personnummer were given from 1947 to everyone then alive, so no birth year is earlier than the
   * 1800s; an earlier twelve-digit year is a typo (or an organisationsnummer with a wrong prefix).
   */
  private static final int EARLIEST_BIRTH_YEAR = 1800;

  private NationalIdentifiers() {}

  /**
   * Validates {@code input}; {@code today} decides the century of a ten-digit number: the most
   * recent one in which the date is not in the future, or after a '+' the most recent birth year at
   * least 100 calendar years back (the '+' is used from the year the person turns 100).
   */
  public static IdentifierValidation validate(String input, LocalDate today) {
    if (input == null || input.isBlank()) {
      return IdentifierValidation.invalid("EMPTY", "no identifier given");
    }
    String text = input.strip();
    Matcher ten = TEN_DIGITS.matcher(text);
    if (ten.matches()) {
      String digits = ten.group(1) + ten.group(3);
      boolean hundredPlus = "+".equals(ten.group(2));
      if (digits.charAt(2) >= '2') {
        return organisationNumber(digits, hundredPlus);
      }
      return personalNumber(null, digits, hundredPlus, today);
    }
    Matcher twelve = TWELVE_DIGITS.matcher(text);
    if (twelve.matches()) {
      String century = twelve.group(1);
      String digits = twelve.group(2) + twelve.group(4);
      if ("16".equals(century)) {
        if (digits.charAt(2) < '2') {
          return IdentifierValidation.invalid(
              "FORMAT",
              "a twelve-digit number starting with 16 is an organisationsnummer, whose third digit"
                  + " is at least 2; got '"
                  + text
                  + "'");
        }
        return organisationNumber(digits, false);
      }
      return personalNumber(century, digits, false, today);
    }
    return IdentifierValidation.invalid(
        "FORMAT",
        "expected YYMMDD-NNNC, YYYYMMDDNNNC or an organisationsnummer NNNNNN-NNNN, got '"
            + text
            + "'");
  }

  private static IdentifierValidation organisationNumber(String digits, boolean plusSeparator) {
    if (plusSeparator) {
      return IdentifierValidation.invalid("FORMAT", "an organisationsnummer has no '+' separator");
    }
    if (!Luhn.isValid(digits)) {
      return IdentifierValidation.invalid(
          "CHECK_DIGIT", "the check digit of organisationsnummer " + digits + " is wrong");
    }
    return IdentifierValidation.valid(
        new NationalIdentifier(IdentifierType.ORGANISATIONSNUMMER, digits));
  }

  private static IdentifierValidation personalNumber(
      String givenCentury, String digits, boolean hundredPlus, LocalDate today) {
    if (!Luhn.isValid(digits)) {
      return IdentifierValidation.invalid(
          "CHECK_DIGIT", "the check digit of " + digits + " is wrong");
    }
    int yy = Integer.parseInt(digits.substring(0, 2));
    int month = Integer.parseInt(digits.substring(2, 4));
    int dayField = Integer.parseInt(digits.substring(4, 6));
    boolean coordination = dayField > COORDINATION_DAY_OFFSET;
    int day = coordination ? dayField - COORDINATION_DAY_OFFSET : dayField;
    IdentifierType type =
        coordination ? IdentifierType.SAMORDNINGSNUMMER : IdentifierType.PERSONNUMMER;

    int year;
    if (givenCentury != null) {
      year = Integer.parseInt(givenCentury) * 100 + yy;
    } else if (hundredPlus) {
      // The '+' is written from the calendar year in which the person turns 100
      // (folkbokföringslagen
      // 18 §): the birth year is the most recent one ending in yy that is at least 100 years back.
      int latest = today.getYear() - 100;
      year = latest - Math.floorMod(latest - yy, 100);
    } else {
      year = (today.getYear() / 100) * 100 + yy;
      if (!isRealDate(year, month, day) || LocalDate.of(year, month, day).isAfter(today)) {
        year -= 100;
      }
    }
    if (!isRealDate(year, month, day)) {
      return IdentifierValidation.invalid(
          "DATE",
          String.format(
              "%04d-%02d-%02d is not a date%s",
              year,
              month,
              day,
              coordination ? " (a samordningsnummer's day is the day + 60)" : ""));
    }
    if (year < EARLIEST_BIRTH_YEAR) {
      return IdentifierValidation.invalid(
          "DATE",
          String.format(
              "%04d-%02d-%02d is before %d: no personnummer or samordningsnummer is that old",
              year, month, day, EARLIEST_BIRTH_YEAR));
    }
    if (LocalDate.of(year, month, day).isAfter(today)) {
      return IdentifierValidation.invalid(
          "DATE", String.format("%04d-%02d-%02d is in the future", year, month, day));
    }
    return IdentifierValidation.valid(
        new NationalIdentifier(type, String.format("%04d", year) + digits.substring(2)));
  }

  private static boolean isRealDate(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
