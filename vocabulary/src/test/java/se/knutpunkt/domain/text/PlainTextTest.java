package se.knutpunkt.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"", "Kapad identitet", "rad 1\nrad 2\tflik", "Åsa Öberg", "emoji \uD83D\uDD12 ok"})
  void ordinaryTextIsAccepted(String text) {
    assertThat(PlainText.problemWith(text)).isEmpty();
  }

  @Test
  void nulIsRefusedWithItsPosition() {
    assertThat(PlainText.problemWith("ab\u0000c")).hasValueSatisfying(p -> p.contains("NUL"));
    assertThat(PlainText.problemWith("ab\u0000c").orElseThrow()).contains("position 2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD800", "a\uDC00", "\uD83Dx", "x\uDD12\uD83D"})
  void loneSurrogatesAreRefused(String text) {
    assertThat(PlainText.problemWith(text)).hasValueSatisfying(p -> p.contains("surrogate"));
  }
}
