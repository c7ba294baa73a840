package se.knutpunkt.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseTypeAndSectionTest {

  @Test
  void theCaseTypesAreTheApiCodes() {
    assertThat(Arrays.stream(CaseType.values()).map(Enum::name))
        .containsExactly(
            "IDENTITETSMISSBRUK", "TIPS", "KONTROLLARENDE", "ATERKALLELSE", "GEMENSAM_INSATS");
  }

  @ParameterizedTest
  @EnumSource(CaseType.class)
  void eachCaseTypeParses(CaseType type) {
    assertThat(CaseType.parse(type.name())).isEqualTo(type);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"tips", "Tips", " TIPS", "ÅTERKALLELSE", "KONTROLLÄRENDE", "GEMENSAM INSATS"})
  void anyOtherCaseTypeIsRejectedListingTheCodes(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CaseType.parse(text))
        .withMessage(
            "not a case type: '"
                + text
                + "' (IDENTITETSMISSBRUK, TIPS, KONTROLLARENDE, ATERKALLELSE, GEMENSAM_INSATS)");
  }

  @Test
  void theSectionCodesAreTheDesignsInItsOrder() {
    assertThat(CaseSection.codes())
        .isEqualTo("overview, persons, documents, events, notes, tasks, attachments, decisions");
    assertThat(CaseSection.all()).containsExactly(CaseSection.values());
  }

  @ParameterizedTest
  @EnumSource(CaseSection.class)
  void eachSectionIsFoundByItsCode(CaseSection section) {
    assertThat(CaseSection.fromCode(section.code())).contains(section);
    assertThat(section.code()).isEqualTo(section.name().toLowerCase(java.util.Locale.ROOT));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"OVERVIEW", "Overview", " overview", "person", "secrets"})
  void otherSectionCodesAreUnknown(String code) {
    assertThat(CaseSection.fromCode(code)).isEmpty();
  }
}
