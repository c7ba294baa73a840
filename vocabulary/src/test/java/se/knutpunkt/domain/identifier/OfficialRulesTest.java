package se.knutpunkt.domain.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static se.knutpunkt.domain.identifier.NationalIdentifiersTest.TODAY;
import static se.knutpunkt.domain.identifier.NationalIdentifiersTest.rejection;
import static se.knutpunkt.domain.identifier.NationalIdentifiersTest.tenDigits;
import static se.knutpunkt.domain.identifier.NationalIdentifiersTest.validIdentifier;
import static se.knutpunkt.domain.identifier.NationalIdentifiersTest.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published rules, one group each, with the source named: folkbokföringslagen (FOL) 18 § and
 * Skatteverket's SKV 704 for personnummer, FOL 18 a § and SKV 707 for samordningsnummer, lag
 * (1974:174) and SKV 709 for organisationsnummer. Every number is built here with {@link
 * CheckDigits}; none is copied from another project's lists.
 */
class OfficialRulesTest {

  /** The spellings of a twelve-digit person's number that must all give the same answer. */
  static List<String> spellings(String twelve) {
    String ten = twelve.substring(2);
    return List.of(
        twelve,
        twelve.substring(0, 8) + "-" + twelve.substring(8),
        ten,
        ten.substring(0, 6) + "-" + ten.substring(6));
  }

  static String twelveDigits(String yyyymmdd, String serial) {
    return yyyymmdd.substring(0, 2) + CheckDigits.complete(yyyymmdd.substring(2) + serial);
  }

  @Nested
  class BirthNumber {

    @ParameterizedTest
    @ValueSource(strings = {"19811218", "20240229", "19930871", "19990060", "19880300"})
    void birthNumber000IsNeverAssignedSkv704AndSkv707(String yyyymmdd) {
      SoftAssertions softly = new SoftAssertions();
      String twelve = twelveDigits(yyyymmdd, "000");
      String ten = twelve.substring(2);
      List<String> all = new ArrayList<>(spellings(twelve));
      all.add(ten.substring(0, 6) + "+" + ten.substring(6));
      for (String spelling : all) {
        IdentifierValidation result = validate(spelling);
        softly.assertThat(result.isValid()).as(spelling).isFalse();
        softly
            .assertThat(result.rejection().map(IdentifierValidation.Rejection::code))
            .as(spelling)
            .contains(IdentifierValidation.BIRTH_NUMBER);
        softly
            .assertThat(result.rejection().map(IdentifierValidation.Rejection::detail))
            .as(spelling)
            .hasValueSatisfying(
                detail -> assertThat(detail).contains("birth number").contains("001 to 999"));
      }
      softly.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "002", "010", "100", "998", "999"})
    void everyOtherBirthNumberIsAccepted(String serial) {
      assertThat(validIdentifier(tenDigits(81, 12, 18, serial)).type())
          .isEqualTo(IdentifierType.PERSONNUMMER);
      assertThat(validIdentifier(tenDigits(81, 12, 78, serial)).type())
          .isEqualTo(IdentifierType.SAMORDNINGSNUMMER);
    }

    @Test
    void aTypoIsReportedBeforeTheBirthNumber() {
      // with the wrong check digit the likelier story is a mistyped digit, not a number 000
      assertThat(rejection(CheckDigits.withWrongCheckDigit("811218000")).code())
          .isEqualTo(IdentifierValidation.CHECK_DIGIT);
    }

    @Test
    void anOrganisationsnummerHasNoBirthNumber() {
      // digits 7 to 9 of an organisationsnummer are a serial like any other, 000 included
      String ten = CheckDigits.complete("556677000");
      assertThat(validIdentifier(ten).type()).isEqualTo(IdentifierType.ORGANISATIONSNUMMER);
      assertThat(validIdentifier("16" + ten).normalized()).isEqualTo(ten);
    }
  }

  /**
   * FOL 18 a § and SKV 707 ("Konstruktion"): a samordningsnummer is built from the birth time the
   * requesting agency states, day + 60; where the month or the day is not known Skatteverket writes
   * 00 (a day field of 60), as its published test samordningsnummer show. A personnummer (FOL 18 §)
   * always states a whole date.
   */
  @Nested
  class SamordningsnummerWithAnIncompleteBirthDate {

    @Test
    void anUnknownMonthAllowsEveryDayUpToThirtyOne() {
      SoftAssertions softly = new SoftAssertions();
      for (int dayField = 60; dayField <= 99; dayField++) {
        String twelve = "19" + tenDigits(88, 0, dayField, "246");
        Optional<IdentifierType> type = validate(twelve).identifier().map(NationalIdentifier::type);
        if (dayField <= 91) {
          softly.assertThat(type).as(twelve).contains(IdentifierType.SAMORDNINGSNUMMER);
        } else {
          softly.assertThat(rejection(twelve).code()).as(twelve).isEqualTo("DATE");
        }
      }
      softly.assertAll();
    }

    @Test
    void anUnknownDayInEveryMonth() {
      SoftAssertions softly = new SoftAssertions();
      for (int month = 0; month <= 12; month++) {
        String twelve = "19" + tenDigits(88, month, 60, "246");
        softly
            .assertThat(validate(twelve).identifier())
            .as(twelve)
            .contains(new NationalIdentifier(IdentifierType.SAMORDNINGSNUMMER, twelve));
      }
      softly.assertThat(rejection("19" + tenDigits(88, 13, 60, "246")).code()).isEqualTo("DATE");
      softly.assertAll();
    }

    @ParameterizedTest
    @CsvSource({"0, 12", "5, 0", "0, 0"})
    void aPersonnummerNeverLeavesAPartOut(int month, int day) {
      IdentifierValidation.Rejection rejection = rejection("19" + tenDigits(88, month, day, "246"));
      assertThat(rejection.code()).isEqualTo("DATE");
      assertThat(rejection.detail())
          .contains(String.format("1988-%02d-%02d", month, day))
          .contains("not a date");
    }

    @Test
    void theNormalisedFormKeepsTheZeros() {
      String ten = tenDigits(88, 0, 60, "246");
      NationalIdentifier want =
          new NationalIdentifier(IdentifierType.SAMORDNINGSNUMMER, "19" + ten);
      for (String spelling : spellings("19" + ten)) {
        assertThat(validIdentifier(spelling)).as(spelling).isEqualTo(want);
      }
    }

    @Test
    void aPartialDateIsInTheFutureOnlyWhenItsFirstPossibleDayIs() {
      // TODAY is 1 June 2025: "some day in 2025" and "some day in June 2025" may have been
      assertThat(validIdentifier("20" + tenDigits(25, 0, 60, "246")).normalized())
          .startsWith("2025");
      assertThat(validIdentifier("20" + tenDigits(25, 6, 60, "246")).normalized())
          .startsWith("2025");
      // "some day in July 2025" has not
      IdentifierValidation.Rejection july = rejection("20" + tenDigits(25, 7, 60, "246"));
      assertThat(july.code()).isEqualTo("DATE");
      assertThat(july.detail()).contains("2025-07-00").contains("future");
      // so a ten-digit one takes the century before
      assertThat(validIdentifier(tenDigits(25, 7, 60, "246")).normalized()).startsWith("1925");
      assertThat(validIdentifier(tenDigits(25, 0, 60, "246")).normalized()).startsWith("2025");
    }

    @Test
    void aKnownDayMustStillFitAKnownMonth() {
      assertThat(rejection("20" + tenDigits(23, 2, 89, "246")).detail())
          .contains("2023-02-29")
          .contains("+ 60");
      assertThat(validIdentifier("20" + tenDigits(24, 2, 89, "246")).type())
          .isEqualTo(IdentifierType.SAMORDNINGSNUMMER);
      assertThat(rejection("19" + tenDigits(88, 4, 91, "246")).detail()).contains("1988-04-31");
    }
  }

  /** FOL 18 §: the '-' becomes a '+' in the calendar year the person turns 100. */
  @Nested
  class PlusSeparator {

    @ParameterizedTest
    @ValueSource(strings = {"19090527", "20150916", "18990101"})
    void belongsOnlyToTheTenDigitFormSkv704(String yyyymmdd) {
      // the twelve-digit form states the century; a '+' in it is either redundant or contradicts it
      String twelve = twelveDigits(yyyymmdd, "147");
      String plus = twelve.substring(0, 8) + "+" + twelve.substring(8);
      IdentifierValidation.Rejection rejection = rejection(plus);
      assertThat(rejection.code()).isEqualTo("FORMAT");
      assertThat(rejection.detail())
          .contains("ten-digit form YYMMDD+NNNC")
          .contains("YYYYMMDDNNNC")
          .contains(plus);
    }

    @Test
    void theTenDigitFormWithAPlusIsACentenarian() {
      String ten = twelveDigits("19090527", "147").substring(2);
      assertThat(validIdentifier(ten.substring(0, 6) + "+" + ten.substring(6)).normalized())
          .isEqualTo("19" + ten);
      // without it, the same digits are the most recent 1 June not in the future
      assertThat(validIdentifier(ten).normalized()).isEqualTo("20" + ten);
    }

    @Test
    void anOrganisationsnummerHasNoPlusInEitherForm() {
      String ten = CheckDigits.complete("556677123");
      for (String plus :
          new String[] {
            ten.substring(0, 6) + "+" + ten.substring(6),
            "16" + ten.substring(0, 6) + "+" + ten.substring(6)
          }) {
        IdentifierValidation.Rejection rejection = rejection(plus);
        assertThat(rejection.code()).as(plus).isEqualTo("FORMAT");
        assertThat(rejection.detail()).as(plus).contains("organisationsnummer").contains("'+'");
      }
    }
  }

  /**
   * SKV 709: the first digit of an organisationsnummer is the group number of the legal form; 1, 2,
   * 3, 5, 6, 7, 8 and 9 are in use, 0 and 4 are not.
   */
  @Nested
  class GroupNumbers {

    @Test
    void exactlyTheGroupsInUseAreAccepted() {
      SoftAssertions softly = new SoftAssertions();
      for (char group = '0'; group <= '9'; group++) {
        String ten = CheckDigits.complete(group + "52100123");
        for (String spelling :
            new String[] {ten, ten.substring(0, 6) + "-" + ten.substring(6), "16" + ten}) {
          IdentifierValidation result = validate(spelling);
          if (group == '0' || group == '4') {
            softly
                .assertThat(result.rejection().map(IdentifierValidation.Rejection::code))
                .as(spelling)
                .contains(IdentifierValidation.GROUP_NUMBER);
            softly
                .assertThat(result.rejection().map(IdentifierValidation.Rejection::detail))
                .as(spelling)
                .hasValueSatisfying(
                    detail -> assertThat(detail).contains("group number " + ten.charAt(0)));
          } else {
            softly
                .assertThat(result.identifier())
                .as(spelling)
                .contains(new NationalIdentifier(IdentifierType.ORGANISATIONSNUMMER, ten));
          }
        }
      }
      softly.assertAll();
    }

    @Test
    void aTypoIsReportedBeforeTheGroup() {
      assertThat(rejection(CheckDigits.withWrongCheckDigit("452100123")).code())
          .isEqualTo(IdentifierValidation.CHECK_DIGIT);
    }
  }

  /** What counts as the number: ASCII digits, one '-' or '+', space only around it. */
  @Nested
  class Characters {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "\u00a0811218-9876\u00a0", // no-break spaces, as pasted from a web page
          "\u202f198112189876", // narrow no-break space
          "811218-9876\u2007", // figure space
          "\r\n811218-9876\r\n"
        })
    void spaceAroundTheNumberIsIgnored(String text) {
      assertThat(validIdentifier(text).normalized()).isEqualTo("198112189876");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "811218 9876", // space instead of a separator
          "19811218 9876",
          "811218-\u00a09876",
          "811218\u20139876", // en dash
          "811218\u22129876", // minus sign
          "811218\u20119876", // non-breaking hyphen
          "811218-T876", // a letter where a digit belongs (interim numbers are not Skatteverket's)
          "811218-987O", // the letter O for a zero
          "81121\u0668-9876", // one Arabic-Indic digit among ASCII ones
          "\u00b9\u00b9\u00b9\u00b9\u00b9\u00b9-\u00b9\u00b9\u00b9\u00b9", // superscript ones
          "556036\u20130793"
        })
    void anythingElseIsAFormatError(String text) {
      assertThat(rejection(text).code()).isEqualTo("FORMAT");
    }
  }

  /**
   * A list in the manner of other validators' published test lists, with our own numbers: each row
   * is checked in all four spellings, which must agree.
   */
  @ParameterizedTest(name = "{0}-{1}: {2}")
  @CsvSource({
    "19811218, 987, PERSONNUMMER",
    "19811218, 000, BIRTH_NUMBER",
    "20000229, 471, PERSONNUMMER",
    "20230229, 471, DATE",
    "19930871, 123, SAMORDNINGSNUMMER",
    "19930831, 000, BIRTH_NUMBER",
    "19930892, 123, DATE",
    "19990060, 456, SAMORDNINGSNUMMER",
    "19990032, 456, DATE",
    "19990012, 456, DATE",
    "20250601, 123, PERSONNUMMER",
    "19250602, 123, PERSONNUMMER"
  })
  void aListOfOurOwn(String yyyymmdd, String serial, String expected) {
    String twelve = twelveDigits(yyyymmdd, serial);
    SoftAssertions softly = new SoftAssertions();
    for (String spelling : spellings(twelve)) {
      IdentifierValidation result = validate(spelling);
      String outcome =
          result
              .identifier()
              .map(id -> id.type().name())
              .orElseGet(() -> result.rejection().orElseThrow().code());
      softly.assertThat(outcome).as(spelling).isEqualTo(expected);
      result
          .identifier()
          .ifPresent(id -> softly.assertThat(id.normalized()).as(spelling).isEqualTo(twelve));
    }
    softly.assertAll();
    assertThat(TODAY).as("the rows' centuries assume this today").hasToString("2025-06-01");
  }
}
