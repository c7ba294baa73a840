package se.knutpunkt.domain.identifier;

/** The Luhn (mod 10) check used by personnummer and organisationsnummer. */
final class Luhn {

  private Luhn() {}

  /** Whether the last digit is the Luhn check digit of the ones before it. */
  static boolean isValid(String digits) {
    int sum = 0;
    boolean doubleIt = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
  }
}
