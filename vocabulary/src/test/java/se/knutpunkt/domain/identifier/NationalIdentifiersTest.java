package se.knutpunkt.domain.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What POST /identifiers/validate answers, one level down: type, normalised form and reason, for
 * personnummer, samordningsnummer and organisationsnummer (DOMAIN.md "Identifiers", API.md). Every
 * expected check digit is computed by {@link CheckDigits}, not taken from the code.
 */
class NationalIdentifiersTest {

  /** A fixed "today" for the century rules; the tests that depend on it say so. */
  static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  static IdentifierValidation validate(String text) {
    return NationalIdentifiers.validate(text, TODAY);
  }

  static NationalIdentifier validIdentifier(String text, LocalDate today) {
    IdentifierValidation result = NationalIdentifiers.validate(text, today);
    assertThat(result.rejection()).as("rejection of '%s'", text).isEmpty();
    assertThat(result.isValid()).isTrue();
    return result.identifier().orElseThrow();
  }

  static NationalIdentifier validIdentifier(String text) {
    return validIdentifier(text, TODAY);
  }

  static IdentifierValidation.Rejection rejection(String text, LocalDate today) {
    IdentifierValidation result = NationalIdentifiers.validate(text, today);
    assertThat(result.isValid()).as("'%s' is valid: %s", text, result.identifier()).isFalse();
    assertThat(result.identifier()).isEmpty();
    IdentifierValidation.Rejection rejection = result.rejection().orElseThrow();
    assertThat(rejection.detail()).as("the reason is told in words").isNotBlank();
    return rejection;
  }

  static IdentifierValidation.Rejection rejection(String text) {
    return rejection(text, TODAY);
  }

  /** YYMMDD + serial, completed with its Luhn digit: the ten-digit form without separator. */
  static String tenDigits(int yy, int month, int day, String serial) {
    return CheckDigits.complete(String.format("%02d%02d%02d%s", yy, month, day, serial));
  }

  @Nested
  class KnownExamples {

    @Test
    void theExamplesUsedHereHaveTheCheckDigitsLuhnGives() {
      assertThat(CheckDigits.of("811218987")).isEqualTo(6); // 811218-9876
      assertThat(CheckDigits.of("701063239")).isEqualTo(1); // 701063-2391
      assertThat(CheckDigits.of("556036079")).isEqualTo(3); // 556036-0793
      assertThat(CheckDigits.of("850709980")).isEqualTo(5); // 850709-9805
    }

    @Test
    void aPersonnummer() {
      NationalIdentifier id = validIdentifier("811218-9876");
      assertThat(id.type()).isEqualTo(IdentifierType.PERSONNUMMER);
      assertThat(id.normalized()).isEqualTo("198112189876");
      assertThat(id).hasToString("198112189876");
    }

    @Test
    void aSamordningsnummerKeepsTheDayPlusSixtyInItsNormalisedForm() {
      NationalIdentifier id = validIdentifier("701063-2391");
      assertThat(id.type()).isEqualTo(IdentifierType.SAMORDNINGSNUMMER);
      assertThat(id.normalized()).isEqualTo("197010632391");
    }

    @Test
    void anOrganisationsnummerNormalisesToTenDigits() {
      NationalIdentifier id = validIdentifier("556036-0793");
      assertThat(id.type()).isEqualTo(IdentifierType.ORGANISATIONSNUMMER);
      assertThat(id.normalized()).isEqualTo("5560360793");
    }
  }

  @Nested
  class Spellings {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "811218-9876",
          "8112189876",
          "19811218-9876",
          "198112189876",
          " 811218-9876 ",
          "\t19811218-9876\n",
          "\u2003198112189876\u2003"
        })
    void everySpellingOfOnePersonnummerNormalisesAlike(String spelling) {
      assertThat(validIdentifier(spelling))
          .isEqualTo(new NationalIdentifier(IdentifierType.PERSONNUMMER, "198112189876"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"701063-2391", "7010632391", "19701063-2391", "197010632391"})
    void everySpellingOfOneSamordningsnummerNormalisesAlike(String spelling) {
      assertThat(validIdentifier(spelling))
          .isEqualTo(new NationalIdentifier(IdentifierType.SAMORDNINGSNUMMER, "197010632391"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"556036-0793", "5560360793", " 556036-0793\t", "16556036-0793", "165560360793"})
    void everySpellingOfOneOrganisationsnummerNormalisesAlike(String spelling) {
      assertThat(validIdentifier(spelling))
          .isEqualTo(new NationalIdentifier(IdentifierType.ORGANISATIONSNUMMER, "5560360793"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "\u2003"})
    void nothingGivenIsRejectedAsEmpty(String nothing) {
      IdentifierValidation.Rejection rejection = rejection(nothing);
      assertThat(rejection.code()).isEqualTo("EMPTY");
      assertThat(rejection.detail()).contains("no identifier");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "81121-89876", // separator in the wrong place
          "811218--9876",
          "811218/9876",
          "811218.9876",
          "811218_9876",
          "81121898765", // eleven digits
          "811218987", // nine digits
          "1981121898765", // thirteen digits
          "1981121-89876",
          "-8112189876",
          "8112189876-",
          "+8112189876",
          "811218-987A",
          "abcdefghij",
          "personnummer 811218-9876",
          "811218-9876 811218-9876",
          "\uff18\uff11\uff11\uff12\uff11\uff18-\uff19\uff18\uff17\uff16", // full-width digits
          "\u0668\u0661\u0661\u0662\u0661\u0668-\u0669\u0668\u0667\u0666" // Arabic-Indic digits
        })
    void anythingElseIsAFormatErrorThatShowsTheAcceptedForms(String text) {
      IdentifierValidation.Rejection rejection = rejection(text);
      assertThat(rejection.code()).isEqualTo("FORMAT");
      assertThat(rejection.detail()).contains("YYMMDD-NNNC").contains("YYYYMMDDNNNC");
      assertThat(rejection.detail()).contains(text.strip());
    }

    @Test
    void aPlusSeparatorOnAnOrganisationsnummerIsAFormatError() {
      IdentifierValidation.Rejection rejection = rejection("556036+0793");
      assertThat(rejection.code()).isEqualTo("FORMAT");
      assertThat(rejection.detail()).contains("organisationsnummer").contains("'+'");
    }
  }

  @Nested
  class CheckDigit {

    static Stream<Arguments> numbersWithoutTheirCheckDigit() {
      return Stream.of(
          Arguments.of("811218987", IdentifierType.PERSONNUMMER),
          Arguments.of("000229123", IdentifierType.PERSONNUMMER),
          // birth number 001, the lowest assigned (000 never is: OfficialRulesTest.BirthNumber)
          Arguments.of("991231001", IdentifierType.PERSONNUMMER),
          Arguments.of("701063239", IdentifierType.SAMORDNINGSNUMMER),
          Arguments.of("850791555", IdentifierType.SAMORDNINGSNUMMER),
          Arguments.of("556036079", IdentifierType.ORGANISATIONSNUMMER),
          Arguments.of("202100123", IdentifierType.ORGANISATIONSNUMMER),
          Arguments.of("999999999", IdentifierType.ORGANISATIONSNUMMER));
    }

    @ParameterizedTest
    @MethodSource("numbersWithoutTheirCheckDigit")
    void ofTheTenPossibleCheckDigitsOnlyTheLuhnOneIsAccepted(
        String nineDigits, IdentifierType type) {
      int right = CheckDigits.of(nineDigits);
      SoftAssertions softly = new SoftAssertions();
      for (int check = 0; check <= 9; check++) {
        String tenDigits = nineDigits + check;
        for (String spelling :
            new String[] {tenDigits, tenDigits.substring(0, 6) + "-" + tenDigits.substring(6)}) {
          IdentifierValidation result = validate(spelling);
          if (check == right) {
            softly
                .assertThat(result.identifier().map(NationalIdentifier::type))
                .as(spelling)
                .contains(type);
          } else {
            softly.assertThat(result.isValid()).as(spelling).isFalse();
            softly
                .assertThat(result.rejection().map(IdentifierValidation.Rejection::code))
                .as(spelling)
                .contains("CHECK_DIGIT");
            softly
                .assertThat(result.rejection().map(IdentifierValidation.Rejection::detail))
                .as(spelling)
                .hasValueSatisfying(detail -> assertThat(detail).contains("check digit"));
          }
        }
      }
      softly.assertAll();
    }

    @Test
    void theLuhnDigitIsOverTheTenDigitFormAlsoWhenTwelveAreGiven() {
      // the century is not part of the check: 19811218-9876 and 20811218-9876 share a check digit
      assertThat(validIdentifier("19811218-9876").normalized()).isEqualTo("198112189876");
      assertThat(rejection("19811218-9875").code()).isEqualTo("CHECK_DIGIT");
      assertThat(rejection("16556036-0794").code()).isEqualTo("CHECK_DIGIT");
    }

    @Test
    void theReasonForAWrongOrganisationsnummerNamesIt() {
      assertThat(rejection("556036-0794").detail()).contains("organisationsnummer");
    }
  }

  @Nested
  class CalendarDates {

    static Stream<Integer> years() {
      // leap (2000, 1996, 2024), not leap (1900: divisible by 100, not 400; 2023, 1999, 1970)
      return Stream.of(2000, 1996, 2024, 1900, 1970, 1999, 2023);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void exactlyTheRealDaysOfAYearAreValidPersonnummer(int year) {
      SoftAssertions softly = new SoftAssertions();
      for (int month = 1; month <= 12; month++) {
        for (int day = 0; day <= 32; day++) {
          String ten = tenDigits(year % 100, month, day, "238");
          String twelve = (year / 100) + ten;
          boolean real = isRealDate(year, month, day);
          IdentifierValidation result = validate(twelve);
          softly.assertThat(result.isValid()).as(twelve).isEqualTo(real);
          if (real) {
            softly
                .assertThat(result.identifier())
                .as(twelve)
                .contains(new NationalIdentifier(IdentifierType.PERSONNUMMER, twelve));
          } else {
            softly
                .assertThat(result.rejection().map(IdentifierValidation.Rejection::code))
                .as(twelve)
                .contains("DATE");
          }
        }
      }
      softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void exactlyTheRealDaysPlusSixtyAndTheUnknownDayAreValidSamordningsnummer(int year) {
      SoftAssertions softly = new SoftAssertions();
      for (int month = 1; month <= 12; month++) {
        for (int day = 0; day <= 32; day++) {
          String ten = tenDigits(year % 100, month, day + 60, "238");
          String twelve = (year / 100) + ten;
          // day 0 (day field 60) is a samordningsnummer whose day was not known (SKV 707)
          boolean real = isRealDate(year, month, day) || day == 0;
          IdentifierValidation result = validate(twelve);
          softly.assertThat(result.isValid()).as(twelve).isEqualTo(real);
          if (real) {
            softly
                .assertThat(result.identifier())
                .as(twelve)
                .contains(new NationalIdentifier(IdentifierType.SAMORDNINGSNUMMER, twelve));
          } else {
            softly
                .assertThat(result.rejection().map(IdentifierValidation.Rejection::code))
                .as(twelve)
                .contains("DATE");
          }
          if (!real && day > 0) {
            softly
                .assertThat(result.rejection().map(IdentifierValidation.Rejection::detail))
                .as(twelve)
                .hasValueSatisfying(detail -> assertThat(detail).contains("+ 60"));
          }
        }
      }
      softly.assertAll();
    }

    @Test
    void everyDayOfALeapYearInTheTenDigitForm() {
      LocalDate first = LocalDate.of(2000, 1, 1);
      SoftAssertions softly = new SoftAssertions();
      for (int i = 0; i < Year.of(2000).length(); i++) {
        LocalDate date = first.plusDays(i);
        String ten = tenDigits(0, date.getMonthValue(), date.getDayOfMonth(), "471");
        String dashed = ten.substring(0, 6) + "-" + ten.substring(6);
        softly
            .assertThat(validate(dashed).identifier())
            .as(dashed)
            .contains(new NationalIdentifier(IdentifierType.PERSONNUMMER, "20" + ten));
      }
      softly.assertAll();
      assertThat(Year.of(2000).length()).isEqualTo(366);
    }

    @ParameterizedTest
    @CsvSource({
      "20000229, PERSONNUMMER",
      "19000229, ", // 1900 is not a leap year
      "19960229, PERSONNUMMER",
      "20230229, ",
      "20240229, PERSONNUMMER",
      "20250431, ", // April has 30 days
      "20250430, PERSONNUMMER",
      "20251301, ", // month 13
      "20250001, ", // month 0
      "20250100, ", // day 0
      "20250132, ",
      "20000289, SAMORDNINGSNUMMER", // 29 Feb 2000 + 60
      "19000289, ", // 29 Feb 1900 + 60
      "20250491, ", // 31 April + 60
      "20250490, SAMORDNINGSNUMMER",
      "20250160, SAMORDNINGSNUMMER", // day field 60: a samordningsnummer's unknown day (SKV 707)
      "20250060, SAMORDNINGSNUMMER", // month and day unknown
      "20250072, SAMORDNINGSNUMMER", // month unknown, day 12
      "20250012, ", // a personnummer always states its month
      "20250192, " // day 32 + 60
    })
    void namedDates(String yyyymmdd, IdentifierType expected) {
      String twelve =
          yyyymmdd.substring(0, 2) + CheckDigits.complete(yyyymmdd.substring(2) + "238");
      IdentifierValidation result = validate(twelve);
      if (expected == null) {
        assertThat(result.rejection().map(IdentifierValidation.Rejection::code)).contains("DATE");
        assertThat(result.rejection().orElseThrow().detail()).contains("not a date");
      } else {
        assertThat(result.identifier().map(NationalIdentifier::type)).contains(expected);
      }
    }

    @Test
    void theReasonForAnImpossibleDateShowsTheDateItRead() {
      String aprilThirtyFirst = "20" + tenDigits(25, 4, 31, "238");
      assertThat(rejection(aprilThirtyFirst).detail()).contains("2025-04-31");
      String coordination = "20" + tenDigits(25, 4, 91, "238");
      assertThat(rejection(coordination).detail())
          .contains("2025-04-31")
          .contains("samordningsnummer");
    }

    private boolean isRealDate(int year, int month, int day) {
      return month >= 1
          && month <= 12
          && day >= 1
          && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }
  }

  @Nested
  class Centuries {

    @Test
    void aTenDigitNumberGetsTheMostRecentCenturyThatIsNotInTheFuture() {
      String ten = tenDigits(81, 12, 18, "987");
      assertThat(validIdentifier(ten, LocalDate.of(2025, 6, 1)).normalized()).startsWith("1981");
      assertThat(validIdentifier(ten, LocalDate.of(2081, 12, 17)).normalized()).startsWith("1981");
      assertThat(validIdentifier(ten, LocalDate.of(2081, 12, 18)).normalized()).startsWith("2081");
      assertThat(validIdentifier(ten, LocalDate.of(2150, 1, 1)).normalized()).startsWith("2081");
    }

    @Test
    void bornTodayIsNotInTheFuture() {
      String ten = tenDigits(25, 6, 1, "123");
      assertThat(validIdentifier(ten).normalized()).isEqualTo("20" + ten);
      String tomorrow = tenDigits(25, 6, 2, "123");
      assertThat(validIdentifier(tomorrow).normalized()).isEqualTo("19" + tomorrow);
    }

    @Test
    void everyTwoDigitYearMapsIntoTheHundredYearsUpToToday() {
      SoftAssertions softly = new SoftAssertions();
      for (int yy = 0; yy <= 99; yy++) {
        String ten = tenDigits(yy, 1, 1, "555");
        int expectedYear = yy <= 25 ? 2000 + yy : 1900 + yy;
        softly
            .assertThat(validate(ten.substring(0, 6) + "-" + ten.substring(6)).identifier())
            .as(ten)
            .contains(
                new NationalIdentifier(
                    IdentifierType.PERSONNUMMER, expectedYear + ten.substring(2)));
      }
      softly.assertAll();
    }

    @Test
    void aPlusMeansAHundredYearsOrOlder() {
      String ten = tenDigits(81, 12, 18, "987");
      String plus = ten.substring(0, 6) + "+" + ten.substring(6);
      assertThat(validIdentifier(plus).normalized()).isEqualTo("18" + ten);
      String young = tenDigits(20, 3, 4, "123");
      assertThat(validIdentifier(young.substring(0, 6) + "+" + young.substring(6)).normalized())
          .isEqualTo("19" + young);
    }

    @Test
    void aPlusCountsFromTheCalendarYearInWhichThePersonTurnsAHundred() {
      // Folkbokföringslagen: the '+' is used from the calendar year in which the person turns 100,
      // so on 1 June 2025 everyone born in 1925 may carry it, whether born before or after 1 June.
      String bornJanuary = tenDigits(25, 1, 15, "123");
      String bornJuly = tenDigits(25, 7, 1, "123");
      String bornDecember = tenDigits(25, 12, 31, "123");
      for (String ten : new String[] {bornJanuary, bornJuly, bornDecember}) {
        assertThat(validIdentifier(ten.substring(0, 6) + "+" + ten.substring(6)).normalized())
            .as(ten)
            .isEqualTo("19" + ten);
      }
      // born in 1926: not a hundred before 2026, so a '+' can only mean 1826
      String born1926 = tenDigits(26, 1, 1, "123");
      assertThat(
              validIdentifier(born1926.substring(0, 6) + "+" + born1926.substring(6)).normalized())
          .isEqualTo("18" + born1926);
    }

    @Test
    void aPlusGivesTheSameCenturyToEveryDayOfABirthYear() {
      SoftAssertions softly = new SoftAssertions();
      for (LocalDate today = LocalDate.of(2024, 1, 1);
          today.isBefore(LocalDate.of(2026, 1, 1));
          today = today.plusDays(7)) {
        for (int yy : new int[] {today.getYear() % 100, (today.getYear() + 1) % 100, 0, 99}) {
          String ten = tenDigits(yy, 7, 1, "123");
          int latest = today.getYear() - 100;
          int expectedYear = latest - Math.floorMod(latest - yy, 100);
          softly
              .assertThat(
                  NationalIdentifiers.validate(ten.substring(0, 6) + "+" + ten.substring(6), today)
                      .identifier()
                      .map(NationalIdentifier::normalized))
              .as("%s on %s", ten, today)
              .contains(expectedYear + ten.substring(2));
        }
      }
      softly.assertAll();
    }

    @Test
    void aPlusOnASamordningsnummer() {
      String plus = "701063+2391";
      assertThat(validIdentifier(plus))
          .isEqualTo(new NationalIdentifier(IdentifierType.SAMORDNINGSNUMMER, "187010632391"));
    }

    @Test
    void leapDaysAcrossCenturies() {
      String leapDay = tenDigits(0, 2, 29, "123");
      String dashed = leapDay.substring(0, 6) + "-" + leapDay.substring(6);
      String plus = leapDay.substring(0, 6) + "+" + leapDay.substring(6);
      // 2000 is a leap year
      assertThat(validIdentifier(dashed).normalized()).isEqualTo("20" + leapDay);
      // 1900 is not: a 100-year-old born on 29 February 1900 does not exist
      IdentifierValidation.Rejection rejection = rejection(plus);
      assertThat(rejection.code()).isEqualTo("DATE");
      assertThat(rejection.detail()).contains("1900-02-29");
      // 1904 is
      String leap1904 = tenDigits(4, 2, 29, "123");
      assertThat(
              validIdentifier(leap1904.substring(0, 6) + "+" + leap1904.substring(6)).normalized())
          .isEqualTo("19" + leap1904);
    }

    @Test
    void aTwelveDigitNumberKeepsItsCenturyButMayNotBeInTheFuture() {
      String ten = tenDigits(25, 6, 2, "123");
      IdentifierValidation.Rejection rejection = rejection("20" + ten);
      assertThat(rejection.code()).isEqualTo("DATE");
      assertThat(rejection.detail()).contains("2025-06-02").contains("future");
      assertThat(validIdentifier("19" + ten).normalized()).isEqualTo("19" + ten);
      assertThat(validIdentifier("18" + ten).normalized()).isEqualTo("18" + ten);
      assertThat(validIdentifier("20" + ten, LocalDate.of(2025, 6, 2)).normalized())
          .isEqualTo("20" + ten);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "01", "10", "15", "17"})
    void aTwelveDigitNumberFromBeforeEighteenHundredIsNoPersonnummer(String century) {
      String ten = tenDigits(81, 12, 18, "987");
      IdentifierValidation.Rejection rejection = rejection(century + ten);
      assertThat(rejection.code()).isEqualTo("DATE");
      assertThat(rejection.detail()).contains(century + "81-12-18");
    }

    @Test
    void aSixteenPrefixMeansAnOrganisationsnummerSoItsThirdDigitMustBeTwoOrMore() {
      // 16 + a person's ten digits is neither a person born in 1681 nor an organisation
      IdentifierValidation.Rejection rejection = rejection("16811218-9876");
      assertThat(rejection.code()).isEqualTo("FORMAT");
      assertThat(rejection.detail()).contains("organisationsnummer").contains("third digit");
    }

    @Test
    void aSamordningsnummerInTheFutureIsRejected() {
      String ten = tenDigits(30, 1, 61, "123");
      assertThat(rejection("20" + ten).detail()).contains("2030-01-01").contains("future");
    }
  }

  @Nested
  class OrganisationsnummerRules {

    @Test
    void aThirdDigitOfTwoOrMoreMakesAnOrganisationsnummer() {
      SoftAssertions softly = new SoftAssertions();
      for (char third = '0'; third <= '9'; third++) {
        String ten = CheckDigits.complete("55" + third + "036079");
        Optional<IdentifierType> type = validate(ten).identifier().map(NationalIdentifier::type);
        if (third >= '2') {
          softly.assertThat(type).as(ten).contains(IdentifierType.ORGANISATIONSNUMMER);
        } else {
          // a third digit of 0 or 1 is the first digit of a month: a person, never an organisation
          softly
              .assertThat(type)
              .as(ten)
              .isNotEqualTo(Optional.of(IdentifierType.ORGANISATIONSNUMMER));
        }
      }
      softly.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"202100", "212000", "556036", "802479", "969876", "999999"})
    void organisationNumbersAcrossTheGroups(String firstSix) {
      String ten = CheckDigits.complete(firstSix + "123");
      assertThat(validIdentifier(ten.substring(0, 6) + "-" + ten.substring(6)))
          .isEqualTo(new NationalIdentifier(IdentifierType.ORGANISATIONSNUMMER, ten));
      assertThat(validIdentifier("16" + ten))
          .isEqualTo(new NationalIdentifier(IdentifierType.ORGANISATIONSNUMMER, ten));
    }

    @Test
    void aTwelveDigitNumberWithAnotherCenturyIsNeverAnOrganisationsnummer() {
      // 19556036-0793 reads as a person born in month 60 of 1955
      IdentifierValidation.Rejection rejection = rejection("19556036-0793");
      assertThat(rejection.code()).isEqualTo("DATE");
      assertThat(rejection(("20" + "5560360793")).code()).isEqualTo("DATE");
    }

    @Test
    void anOrganisationsnummerDoesNotDependOnToday() {
      for (LocalDate today :
          new LocalDate[] {LocalDate.of(1900, 1, 1), TODAY, LocalDate.of(2999, 12, 31)}) {
        assertThat(validIdentifier("556036-0793", today).normalized()).isEqualTo("5560360793");
      }
    }
  }

  @Nested
  class Generated {

    static Stream<LocalDate> birthDates() {
      LocalDate start = LocalDate.of(1926, 1, 1);
      // about a hundred years of birth dates up to TODAY, spread over every month and weekday
      return IntStream.range(0, 400)
          .mapToObj(i -> start.plusDays(i * 91L + i % 7))
          .filter(date -> !date.isAfter(TODAY));
    }

    @ParameterizedTest
    @MethodSource("birthDates")
    void theFourSpellingsOfAGeneratedPersonnummerAgree(LocalDate born) {
      String nine =
          String.format(
              "%02d%02d%02d%03d",
              born.getYear() % 100,
              born.getMonthValue(),
              born.getDayOfMonth(),
              born.getDayOfYear() % 1000);
      String ten = CheckDigits.complete(nine);
      String expected = born.getYear() / 100 + ten;
      NationalIdentifier want = new NationalIdentifier(IdentifierType.PERSONNUMMER, expected);
      assertThat(validIdentifier(ten)).isEqualTo(want);
      assertThat(validIdentifier(ten.substring(0, 6) + "-" + ten.substring(6))).isEqualTo(want);
      assertThat(validIdentifier(expected)).isEqualTo(want);
      assertThat(validIdentifier(expected.substring(0, 8) + "-" + expected.substring(8)))
          .isEqualTo(want);
      assertThat(rejection(CheckDigits.withWrongCheckDigit(nine)).code()).isEqualTo("CHECK_DIGIT");
    }
  }
}
