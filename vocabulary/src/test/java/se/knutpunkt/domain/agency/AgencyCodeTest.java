package se.knutpunkt.domain.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCodeTest {

  /** DOMAIN.md "Agencies" (seed 002, table 4), and the platform operators. */
  static final List<String> DESIGN_CODES =
      List.of(
          "PMY", "MIG", "SKV", "FK", "AF", "PM", "EBM", "ÅM", "TV", "KFM", "KV", "KBV", "UBM", "BV",
          "SÄPO", "SSC", "IMY");

  @Test
  void everyAgencyOfTheDesignHasACode() {
    for (String code : DESIGN_CODES) {
      assertThat(AgencyCode.of(code).value()).isEqualTo(code);
      assertThat(AgencyCode.of(code)).hasToString(code);
    }
    assertThat(AgencyCode.IMY).isEqualTo(AgencyCode.of("IMY"));
    assertThat(AgencyCode.PLATFORM).isEqualTo(AgencyCode.of("PLATFORM"));
  }

  @Test
  void equalityAndOrderFollowTheCode() {
    assertThat(AgencyCode.of("PMY"))
        .isEqualTo(new AgencyCode("PMY"))
        .hasSameHashCodeAs(new AgencyCode("PMY"))
        .isNotEqualTo(AgencyCode.of("MIG"));
    TreeSet<AgencyCode> sorted = new TreeSet<>();
    for (String code : List.of("SKV", "ÅM", "MIG", "SÄPO", "PMY")) {
      sorted.add(AgencyCode.of(code));
    }
    assertThat(sorted.stream().map(AgencyCode::value))
        .containsExactly("MIG", "PMY", "SKV", "SÄPO", "ÅM");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "P", // too short
        "ABCDEFGHIJK", // eleven letters: the column is varchar(10)
        "pmy", // codes are upper case
        "Pmy",
        " PMY",
        "PMY ",
        "PM Y",
        "PMY1",
        "P-MY",
        "PMY,MIG",
        "SAEPØ",
        "SA\u0308PO" // SÄPO with a combining diaeresis
      })
  void anythingElseIsRejectedQuotingTheInput(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AgencyCode.of(text))
        .withMessage("not an agency code: '" + text + "'");
  }

  @Test
  void theLongestCodeIsTenLetters() {
    assertThat(AgencyCode.of("ABCDEFGHIJ").value()).hasSize(10);
  }

  @Test
  void nullIsRejected() {
    assertThatNullPointerException()
        .isThrownBy(() -> AgencyCode.of(null))
        .withMessage("agency code");
  }
}
