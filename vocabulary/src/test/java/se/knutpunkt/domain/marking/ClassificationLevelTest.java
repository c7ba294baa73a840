package se.knutpunkt.domain.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ClassificationLevelTest {

  /** DOMAIN.md: OPEN < INTERNAL < CONFIDENTIAL < STRICT. */
  private static final List<String> DESIGN_ORDER =
      List.of("OPEN", "INTERNAL", "CONFIDENTIAL", "STRICT");

  @Test
  void theLevelsAreTheDesignsInItsOrder() {
    assertThat(Arrays.stream(ClassificationLevel.values()).map(Enum::name))
        .containsExactlyElementsOf(DESIGN_ORDER);
    assertThat(ClassificationLevel.OPEN).isLessThan(ClassificationLevel.INTERNAL);
    assertThat(ClassificationLevel.INTERNAL).isLessThan(ClassificationLevel.CONFIDENTIAL);
    assertThat(ClassificationLevel.CONFIDENTIAL).isLessThan(ClassificationLevel.STRICT);
  }

  @Test
  void aClearanceCoversItsOwnLevelAndEveryLowerOneOnly() {
    SoftAssertions softly = new SoftAssertions();
    for (ClassificationLevel clearance : ClassificationLevel.values()) {
      for (ClassificationLevel marked : ClassificationLevel.values()) {
        boolean expected =
            DESIGN_ORDER.indexOf(clearance.name()) >= DESIGN_ORDER.indexOf(marked.name());
        softly
            .assertThat(clearance.covers(marked))
            .as("%s cleared, %s marked", clearance, marked)
            .isEqualTo(expected);
      }
    }
    softly.assertAll();
  }

  @Test
  void anInternalClearanceDoesNotSeeConfidentialValues() {
    // erik.pmy (INTERNAL) and anna.pmy (CONFIDENTIAL) in the demo realm
    assertThat(ClassificationLevel.INTERNAL.covers(ClassificationLevel.CONFIDENTIAL)).isFalse();
    assertThat(ClassificationLevel.CONFIDENTIAL.covers(ClassificationLevel.CONFIDENTIAL)).isTrue();
    assertThat(ClassificationLevel.STRICT.covers(ClassificationLevel.OPEN)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "OPEN, OPEN",
    "INTERNAL, INTERNAL",
    "CONFIDENTIAL, CONFIDENTIAL",
    "STRICT, STRICT",
    "confidential, CONFIDENTIAL",
    "Strict, STRICT",
    "' internal ', INTERNAL",
    "'\topen\n', OPEN"
  })
  void parsesTheApiCodesWhateverTheCaseAndSurroundingSpace(
      String text, ClassificationLevel expected) {
    assertThat(ClassificationLevel.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {" ", "SECRET", "OFFENTLIG", "INTERN", "0", "OPEN,STRICT", "CONFIDENTIAL!"})
  void anythingElseIsRejectedNamingTheLevels(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ClassificationLevel.parse(text))
        .withMessageContaining("not a level")
        .withMessageContaining("'" + text + "'")
        .withMessageContaining("OPEN, INTERNAL, CONFIDENTIAL or STRICT");
  }

  @Test
  void parsingIsNotFooledByTheTurkishLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      assertThat(ClassificationLevel.parse("internal")).isEqualTo(ClassificationLevel.INTERNAL);
      assertThat(ClassificationLevel.parse("strict")).isEqualTo(ClassificationLevel.STRICT);
    } finally {
      java.util.Locale.setDefault(before);
    }
  }
}
