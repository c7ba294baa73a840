package se.knutpunkt.domain.identifier;

/**
 * The rules for an organisationsnummer (lag (1974:174) om identitetsbeteckning för juridiska
 * personer m.fl.; Skatteverket's information sheet SKV 709): ten digits, the first the group number
 * of the legal form, the third at least 2 so that no organisationsnummer reads as a personnummer
 * (checked where the spelling is read), the last the Luhn digit.
 */
final class OrganisationNumbers {

  /**
   * The group numbers in use: 1 dödsbon, 2 the state, regions, municipalities and parishes, 3
   * foreign companies, 5 aktiebolag, 6 enkla bolag, 7 ekonomiska föreningar, 8 ideella föreningar
   * and stiftelser, 9 handelsbolag and kommanditbolag. 0 and 4 are not assigned.
   */
  private static final String GROUPS_IN_USE = "12356789";

  private OrganisationNumbers() {}

  static IdentifierValidation validate(String digits, boolean plusSeparator) {
    if (plusSeparator) {
      return IdentifierValidation.invalid(
          IdentifierValidation.FORMAT, "an organisationsnummer has no '+' separator");
    }
    if (!Luhn.isValid(digits)) {
      return IdentifierValidation.invalid(
          IdentifierValidation.CHECK_DIGIT,
          "the check digit of organisationsnummer " + digits + " is wrong");
    }
    char group = digits.charAt(0);
    if (GROUPS_IN_USE.indexOf(group) < 0) {
      return IdentifierValidation.invalid(
          IdentifierValidation.GROUP_NUMBER,
          "organisationsnummer "
              + digits
              + " begins with group number "
              + group
              + ", which is not in use (1, 2, 3, 5, 6, 7, 8 and 9 are)");
    }
    return IdentifierValidation.valid(
        new NationalIdentifier(IdentifierType.ORGANISATIONSNUMMER, digits));
  }
}
