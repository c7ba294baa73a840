package se.knutpunkt.domain.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LuhnTest {

  /** Ten-digit numbers from the design's examples and common test data, checked here by hand. */
  @ParameterizedTest
  @ValueSource(strings = {"8112189876", "7010632391", "5560360793", "8507099805", "0000000000"})
  void knownValidNumbersPass(String digits) {
    assertThat(CheckDigits.complete(digits.substring(0, 9))).isEqualTo(digits);
    assertThat(Luhn.isValid(digits)).isTrue();
  }

  static Stream<String> randomBases() {
    Random random = new Random(20240229L);
    return IntStream.range(0, 200)
        .mapToObj(i -> String.format("%09d", random.nextInt(1_000_000_000)));
  }

  @ParameterizedTest
  @MethodSource("randomBases")
  void exactlyOneCheckDigitOfTenIsRight(String nineDigits) {
    List<Integer> accepted = new ArrayList<>();
    for (int check = 0; check <= 9; check++) {
      if (Luhn.isValid(nineDigits + check)) {
        accepted.add(check);
      }
    }
    assertThat(accepted).containsExactly(CheckDigits.of(nineDigits));
  }

  @ParameterizedTest
  @MethodSource("randomBases")
  void everyChangeOfOneDigitIsCaught(String nineDigits) {
    String valid = CheckDigits.complete(nineDigits);
    SoftAssertions softly = new SoftAssertions();
    for (int position = 0; position < valid.length(); position++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit == valid.charAt(position)) {
          continue;
        }
        String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
        softly.assertThat(Luhn.isValid(typo)).as(typo).isFalse();
      }
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @MethodSource("randomBases")
  void swappingTwoNeighboursIsCaughtExceptZeroAndNine(String nineDigits) {
    String valid = CheckDigits.complete(nineDigits);
    SoftAssertions softly = new SoftAssertions();
    for (int i = 0; i + 1 < valid.length(); i++) {
      char a = valid.charAt(i);
      char b = valid.charAt(i + 1);
      if (a == b || (a == '0' && b == '9') || (a == '9' && b == '0')) {
        continue; // the one transposition Luhn cannot see
      }
      String swapped = valid.substring(0, i) + b + a + valid.substring(i + 2);
      softly.assertThat(Luhn.isValid(swapped)).as(swapped).isFalse();
    }
    softly.assertAll();
  }

  @Test
  void countsFromTheRightSoTheLengthDoesNotMatter() {
    // the twelve-digit form of a valid ten-digit number is not itself Luhn-valid in general, but a
    // leading zero never changes the sum
    assertThat(Luhn.isValid("0" + "8112189876")).isTrue();
    assertThat(Luhn.isValid("18")).isTrue();
    assertThat(Luhn.isValid("19")).isFalse();
  }
}
