package se.knutpunkt.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        // the demo realm of API.md
        "anna.pmy",
        "erik.pmy",
        "petter.pmy",
        "maria.mig",
        "magnus.mig",
        "sara.skv",
        "stig.skv",
        "alva.pmy",
        "ivar.imy",
        "admin",
        // what identity providers also hand out
        "a",
        "0",
        "anna_b-c",
        "anna@polisen.se",
        "x2025"
      })
  void loginNamesOfTheIdentityProviderAreAccepted(String text) {
    Username username = Username.of(text);
    assertThat(username.value()).isEqualTo(text);
    assertThat(username).hasToString(text).isEqualTo(new Username(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Anna.pmy", "ANNA.PMY", "anna.PMY", "aNNa.pMy"})
  void namesCompareCaseInsensitivelyAsKeycloaksDo(String text) {
    assertThat(Username.of(text)).isEqualTo(Username.of("anna.pmy"));
    assertThat(Username.of(text).value()).isEqualTo("anna.pmy");
  }

  @Test
  void atMostSixtyFourCharacters() {
    assertThat(Username.of("a".repeat(64)).value()).hasSize(64);
    assertThatIllegalArgumentException().isThrownBy(() -> Username.of("a".repeat(65)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\u212Aalle",
        " anna.pmy",
        "anna.pmy ",
        "anna pmy",
        ".anna",
        "-anna",
        "_anna",
        "@anna",
        "anna/pmy",
        "anna\npmy",
        "åsa.pmy",
        "anna'--"
      })
  void anythingElseIsRejectedQuotingTheInput(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Username.of(text))
        .withMessage("not a username: '" + text + "'");
  }

  @Test
  void orderFollowsTheText() {
    assertThat(Username.of("anna.pmy")).isLessThan(Username.of("erik.pmy"));
    assertThat(Username.of("anna.pmy").compareTo(Username.of("anna.pmy"))).isZero();
  }

  @Test
  void nullIsRejected() {
    assertThatNullPointerException().isThrownBy(() -> Username.of(null)).withMessage("username");
  }
}
