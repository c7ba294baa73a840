package se.knutpunkt.domain.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HandlingCodeTest {

  @Test
  void theCodesAreH0ToH3() {
    assertThat(Arrays.stream(HandlingCode.values()).map(Enum::name))
        .containsExactly("H0", "H1", "H2", "H3");
  }

  @ParameterizedTest
  @EnumSource(HandlingCode.class)
  void parsesEachCodeAlsoWithSurroundingSpace(HandlingCode code) {
    assertThat(HandlingCode.parse(code.name())).isEqualTo(code);
    assertThat(HandlingCode.parse(" " + code.name() + "\t")).isEqualTo(code);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "H4", "H", "0", "H-1", "H00", "H0,H1"})
  void anythingElseIsRejectedNamingTheCodes(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HandlingCode.parse(text))
        .withMessageContaining("not a handling code: '" + text + "'")
        .withMessageContaining("H0, H1, H2 or H3");
  }
}
