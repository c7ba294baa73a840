package se.knutpunkt.domain.identifier;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules for a personnummer (folkbokföringslagen 18 §, Skatteverket's SKV 704) and a
 * samordningsnummer (FOL 18 a §, SKV 707) once their ten digits have been read: the Luhn digit, a
 * birth number from 001 to 999, and a birth date that exists and is not in the future; the day of a
 * samordningsnummer is the day + 60.
 */
final class PersonalNumbers {

  private static final int COORDINATION_DAY_OFFSET = 60;

  /**
   * Personnummer were given from 1947 to everyone then alive, and Skatteverket's century digits are
   * 18, 19 or 20; an earlier twelve-digit year is a typo (or an organisationsnummer with a wrong
   * prefix).
   */
  private static final int EARLIEST_BIRTH_YEAR = 1800;

  /** The '+' is written from the calendar year in which the person turns 100 (FOL 18 §). */
  private static final int CENTENARIAN_AGE = 100;

  private PersonalNumbers() {}

  /** A twelve-digit number: the century is given. */
  static IdentifierValidation withCentury(int century, String digits, LocalDate today) {
    Optional<IdentifierValidation> refused = refusedWhateverTheCentury(digits);
    if (refused.isPresent()) {
      return refused.get();
    }
    StatedBirthDate stated = statedDate(digits);
    return resolved(stated.inYear(century * 100 + stated.year()), digits, today);
  }

  /** A ten-digit number: the century comes from the separator and {@code today}. */
  static IdentifierValidation withoutCentury(String digits, boolean plus, LocalDate today) {
    Optional<IdentifierValidation> refused = refusedWhateverTheCentury(digits);
    if (refused.isPresent()) {
      return refused.get();
    }
    StatedBirthDate stated = statedDate(digits);
    int yy = stated.year();
    int year;
    if (plus) {
      // the most recent year ending in yy in which the person is at least 100 this calendar year
      int latest = today.getYear() - CENTENARIAN_AGE;
      year = latest - Math.floorMod(latest - yy, 100);
    } else {
      // the most recent century in which the date exists and is not in the future (API.md)
      year = (today.getYear() / 100) * 100 + yy;
      StatedBirthDate thisCentury = stated.inYear(year);
      if (!thisCentury.exists() || thisCentury.earliest().isAfter(today)) {
        year -= 100;
      }
    }
    return resolved(stated.inYear(year), digits, today);
  }

  /** The checks that do not depend on the century, typos (the Luhn digit) first. */
  private static Optional<IdentifierValidation> refusedWhateverTheCentury(String digits) {
    if (!Luhn.isValid(digits)) {
      return Optional.of(
          IdentifierValidation.invalid(
              IdentifierValidation.CHECK_DIGIT, "the check digit of " + digits + " is wrong"));
    }
    if (digits.startsWith("000", 6)) {
      // SKV 704 and SKV 707: birth and individual numbers are taken from 001 to 999
      return Optional.of(
          IdentifierValidation.invalid(
              IdentifierValidation.BIRTH_NUMBER,
              "the birth number of "
                  + digits
                  + " (the three digits before the check digit) is 000; only 001 to 999 are"
                  + " assigned"));
    }
    return Optional.empty();
  }

  /** The date the digits state, with the two-digit year still in place of the year. */
  private static StatedBirthDate statedDate(String digits) {
    int yy = Integer.parseInt(digits.substring(0, 2));
    int month = Integer.parseInt(digits.substring(2, 4));
    int dayField = Integer.parseInt(digits.substring(4, 6));
    boolean coordination = dayField >= COORDINATION_DAY_OFFSET;
    int day = coordination ? dayField - COORDINATION_DAY_OFFSET : dayField;
    return new StatedBirthDate(yy, month, day, coordination);
  }

  private static IdentifierValidation resolved(
      StatedBirthDate date, String digits, LocalDate today) {
    boolean coordination = date.ofSamordningsnummer();
    if (!date.exists()) {
      return IdentifierValidation.invalid(
          IdentifierValidation.DATE,
          date
              + " is not a date"
              + (coordination ? " (a samordningsnummer's day is the day + 60)" : ""));
    }
    if (date.year() < EARLIEST_BIRTH_YEAR) {
      return IdentifierValidation.invalid(
          IdentifierValidation.DATE,
          String.format(
              "%s is before %d: no personnummer or samordningsnummer is that old",
              date, EARLIEST_BIRTH_YEAR));
    }
    if (date.earliest().isAfter(today)) {
      return IdentifierValidation.invalid(IdentifierValidation.DATE, date + " is in the future");
    }
    IdentifierType type =
        coordination ? IdentifierType.SAMORDNINGSNUMMER : IdentifierType.PERSONNUMMER;
    return IdentifierValidation.valid(
        new NationalIdentifier(type, String.format("%04d", date.year()) + digits.substring(2)));
  }
}
