package se.knutpunkt.domain.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalIdentifierTest {

  @Test
  void twoSpellingsOfOneNumberAreEqual() {
    NationalIdentifier dashed =
        NationalIdentifiers.validate("850709-9805", NationalIdentifiersTest.TODAY)
            .identifier()
            .orElseThrow();
    NationalIdentifier twelve =
        NationalIdentifiers.validate("198507099805", NationalIdentifiersTest.TODAY)
            .identifier()
            .orElseThrow();
    assertThat(dashed).isEqualTo(twelve).hasSameHashCodeAs(twelve);
    assertThat(dashed)
        .isEqualTo(new NationalIdentifier(IdentifierType.PERSONNUMMER, "198507099805"));
  }

  @Test
  void theTypeIsPartOfTheIdentity() {
    assertThat(new NationalIdentifier(IdentifierType.PERSONNUMMER, "198112189876"))
        .isNotEqualTo(new NationalIdentifier(IdentifierType.SAMORDNINGSNUMMER, "198112189876"));
  }

  @ParameterizedTest
  @CsvSource({
    "PERSONNUMMER, 8112189876",
    "PERSONNUMMER, 1981121898765",
    "PERSONNUMMER, 19811218-9876",
    "SAMORDNINGSNUMMER, 7010632391",
    "ORGANISATIONSNUMMER, 165560360793",
    "ORGANISATIONSNUMMER, 556036-0793",
    "ORGANISATIONSNUMMER, 556036079x",
    "PERSONNUMMER, ' 198112189876'"
  })
  void onlyTheNormalisedFormIsAccepted(IdentifierType type, String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NationalIdentifier(type, text))
        .withMessageContaining(type.name())
        .withMessageContaining(text);
  }

  @Test
  void digitsOfOtherScriptsAreNotANormalisedForm() {
    // the normalised form is what matching and storage compare: ASCII digits only
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new NationalIdentifier(
                    IdentifierType.ORGANISATIONSNUMMER,
                    "\u0665\u0665\u0666\u0660\u0663\u0666\u0660\u0667\u0669\u0663"));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new NationalIdentifier(
                    IdentifierType.PERSONNUMMER,
                    "\uff11\uff19\uff18\uff11\uff11\uff12\uff11\uff18\uff19\uff18\uff17\uff16"));
  }

  @Test
  void typeAndNumberAreRequired() {
    assertThatNullPointerException()
        .isThrownBy(() -> new NationalIdentifier(null, "198112189876"))
        .withMessageContaining("type");
    assertThatNullPointerException()
        .isThrownBy(() -> new NationalIdentifier(IdentifierType.PERSONNUMMER, null))
        .withMessageContaining("normalized");
  }

  @Test
  void theValidationResultIsEitherAnIdentifierOrAReason() {
    NationalIdentifier id =
        new NationalIdentifier(IdentifierType.ORGANISATIONSNUMMER, "5560360793");
    IdentifierValidation valid = IdentifierValidation.valid(id);
    assertThat(valid.isValid()).isTrue();
    assertThat(valid.identifier()).contains(id);
    assertThat(valid.rejection()).isEmpty();

    IdentifierValidation invalid = IdentifierValidation.invalid("DATE", "not a date");
    assertThat(invalid.isValid()).isFalse();
    assertThat(invalid.identifier()).isEmpty();
    assertThat(invalid.rejection())
        .contains(new IdentifierValidation.Rejection("DATE", "not a date"));
    assertThatNullPointerException()
        .isThrownBy(() -> new IdentifierValidation.Rejection(null, "x"));
    assertThatNullPointerException()
        .isThrownBy(() -> new IdentifierValidation.Rejection("DATE", null));
  }
}
