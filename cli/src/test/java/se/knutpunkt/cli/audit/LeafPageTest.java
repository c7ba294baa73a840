package se.knutpunkt.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.knutpunkt.cli.crypto.CliFailure;

class LeafPageTest {

  private static List<byte[]> parse(String json) {
    return LeafPage.parse(json.getBytes(StandardCharsets.UTF_8), 20_000);
  }

  @Test
  void readsTheLeavesInOrder() {
    byte[] a = {1, 2, 3};
    byte[] b = new byte[300];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) i;
    }
    byte[] c = {};
    Base64.Encoder base64 = Base64.getEncoder();
    String json =
        "[\""
            + base64.encodeToString(a)
            + "\",\""
            + base64.encodeToString(b)
            + "\",\""
            + base64.encodeToString(c)
            + "\"]";
    assertThat(parse(json)).containsExactly(a, b, c);
    assertThat(parse(" [ \"AQID\" ,\n\t\"AQID\"\r\n] ")).containsExactly(a, a);
  }

  @Test
  void decodesExactlyAsTheJdkDoesAndRefusesWhatItRefuses() {
    java.util.Random random = new java.util.Random(5);
    for (int length = 0; length < 200; length++) {
      byte[] leaf = new byte[length];
      random.nextBytes(leaf);
      byte[] text = Base64.getEncoder().encode(leaf);
      assertThat(LeafPage.decode(text, 0, text.length, 0)).isEqualTo(leaf);
      for (int i = 0; i < text.length; i++) {
        byte[] changed = text.clone();
        for (byte b : new byte[] {'=', '?', '-', '_', ' ', '"', (byte) 0xc3, 'A'}) {
          changed[i] = b;
          byte[] jdk;
          try {
            jdk = Base64.getDecoder().decode(changed);
          } catch (IllegalArgumentException refused) {
            jdk = null;
          }
          byte[] ours;
          try {
            ours = LeafPage.decode(changed, 0, changed.length, 0);
          } catch (CliFailure refused) {
            ours = null;
          }
          if (jdk == null) {
            assertThat(ours).as("refused like the JDK: %s", new String(changed)).isNull();
          } else if (ours != null) {
            assertThat(ours).isEqualTo(jdk);
          }
        }
      }
    }
  }

  @Test
  void anEmptyPageHasNoLeaves() {
    assertThat(parse("[]")).isEmpty();
    assertThat(parse(" [ ] ")).isEmpty();
  }

  @Test
  void anythingElseIsRefusedNamingThePage() {
    for (String json :
        new String[] {
          "",
          "{}",
          "[",
          "[\"AQID\"",
          "[\"AQID\",]",
          "[\"AQID\"] x",
          "[AQID]",
          "[\"AQ?D\"]",
          "[\"AQID\" \"AQID\"]",
          "[]]",
          "[1]"
        }) {
      assertThatThrownBy(() -> parse(json))
          .as(json)
          .isInstanceOf(CliFailure.class)
          .hasMessageContaining("from 20000");
    }
  }
}
