package se.knutpunkt.domain.identifier;

/**
 * An independent restatement of the Luhn rule that the tests compute their expectations with, so
 * that no expected value comes from the code under test or from a list copied from somewhere.
 */
final class CheckDigits {

  private CheckDigits() {}

  /** The Luhn check digit of nine digits: weights 2,1,2,1,... from the left, digit sums, mod 10. */
  static int of(String nineDigits) {
    if (nineDigits.length() != 9 || !nineDigits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("nine digits expected: " + nineDigits);
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product / 10 + product % 10;
    }
    return (10 - sum % 10) % 10;
  }

  /** The nine digits followed by their check digit. */
  static String complete(String nineDigits) {
    return nineDigits + of(nineDigits);
  }

  /** The nine digits followed by a check digit that is wrong. */
  static String withWrongCheckDigit(String nineDigits) {
    return nineDigits + (of(nineDigits) + 1) % 10;
  }
}
