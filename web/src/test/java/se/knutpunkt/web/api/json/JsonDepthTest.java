package se.knutpunkt.web.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonDepthTest {

  private static int depth(String json) {
    return JsonDepth.of(json.getBytes(StandardCharsets.UTF_8), 1000);
  }

  @Test
  void countsNestedObjectsAndArrays() {
    assertThat(depth("{}")).isEqualTo(1);
    assertThat(depth("{\"a\":{\"b\":[1,[2]]}}")).isEqualTo(4);
    assertThat(depth("{\"marking\":{\"level\":\"OPEN\"},\"x\":[]}")).isEqualTo(2);
  }

  @Test
  void bracketsInsideStringsDoNotCount() {
    assertThat(depth("{\"value\":\"[[[[{{{{\"}")).isEqualTo(1);
    assertThat(depth("{\"value\":\"quote \\\" then [[[[\"}")).isEqualTo(1);
    assertThat(depth("{\"value\":\"backslash \\\\\",\"b\":[[1]]}")).isEqualTo(3);
  }

  @Test
  void stopsCountingOncePastTheLimit() {
    byte[] deep = "[".repeat(20_000).getBytes(StandardCharsets.US_ASCII);
    assertThat(JsonDepth.of(deep, 32)).isEqualTo(33);
  }
}
