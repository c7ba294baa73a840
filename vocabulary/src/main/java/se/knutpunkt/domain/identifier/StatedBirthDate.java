package se.knutpunkt.domain.identifier;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The birth date that a personnummer or samordningsnummer states, which for a samordningsnummer
 * need not be a whole date: month 0 or day 0 stand for a part that was not known.
 *
 * <p>Why a samordningsnummer may leave parts out: it is built from the birth time that the
 * requesting agency states (folkbokföringslagen 18 a §; SKV 707, "Konstruktion"), and that can lack
 * the month or the day. Skatteverket writes such a part as 00 (a day field of 60), and its own
 * published test samordningsnummer carry such numbers. A personnummer always states a whole date
 * (FOL 18 §; SKV 704).
 *
 * @param month 1 to 12, or 0 for "unknown" in a samordningsnummer
 * @param day 1 to the month's length (31 for an unknown month), or 0 for "unknown" in a
 *     samordningsnummer (its day field less 60)
 */
record StatedBirthDate(int year, int month, int day, boolean ofSamordningsnummer) {

  /** Whether some day exists that the stated date can mean. */
  boolean exists() {
    int unknown = ofSamordningsnummer ? 0 : 1;
    if (month < unknown || month > 12 || day < unknown) {
      return false;
    }
    int lastDay = month == 0 ? 31 : YearMonth.of(year, month).lengthOfMonth();
    return day <= lastDay;
  }

  /** The first day the stated date can mean; only where it {@link #exists()}. */
  LocalDate earliest() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  StatedBirthDate inYear(int otherYear) {
    return new StatedBirthDate(otherYear, month, day, ofSamordningsnummer);
  }

  @Override
  public String toString() {
    return String.format("%04d-%02d-%02d", year, month, day);
  }
}
