package se.knutpunkt.domain.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegalReferenceTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "OSL 35 kap. 1 §",
        "OSL (2009:400) 10 kap. 15 a §",
        "LUB (2025:170)",
        "Lag (2008:206)",
        "Samtycke"
      })
  void keepsTheProvisionAsWritten(String text) {
    LegalReference reference = new LegalReference(text);
    assertThat(reference.text()).isEqualTo(text);
    assertThat(reference).hasToString(text);
  }

  @Test
  void surroundingSpaceIsDroppedAndEqualityFollowsTheText() {
    assertThat(new LegalReference("  OSL 35 kap. 1 §\t").text()).isEqualTo("OSL 35 kap. 1 §");
    assertThat(new LegalReference(" OSL 35 kap. 1 § "))
        .isEqualTo(new LegalReference("OSL 35 kap. 1 §"))
        .hasSameHashCodeAs(new LegalReference("OSL 35 kap. 1 §"));
    assertThat(new LegalReference("OSL 35 kap. 1 §"))
        .isNotEqualTo(new LegalReference("OSL 35 kap. 2 §"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
  void anEmptyReferenceIsRejected(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new LegalReference(text))
        .withMessage("a legal reference cannot be empty");
  }

  @Test
  void nullIsRejected() {
    assertThatNullPointerException()
        .isThrownBy(() -> new LegalReference(null))
        .withMessageContaining("legal reference");
  }

  @Test
  void atMostTwoHundredCharactersAfterTrimming() {
    String longest = "x".repeat(LegalReference.MAX_LENGTH);
    assertThat(LegalReference.MAX_LENGTH).isEqualTo(200); // the column is varchar(200)
    assertThat(new LegalReference(longest).text()).hasSize(200);
    assertThat(new LegalReference("   " + longest + "   ").text()).hasSize(200);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new LegalReference(longest + "x"))
        .withMessage("a legal reference is at most 200 characters");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"OSL\n35 kap.", "OSL\t35 kap.", "OSL\u000035", "OSL\u001b[31m", "OSL\u007f"})
  void controlCharactersInsideAreRejected(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new LegalReference(text))
        .withMessage("a legal reference cannot hold control characters");
  }
}
