package se.knutpunkt.security.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenDigestTest {

  private static final String HEADER = "eyJhbGciOiJSUzI1NiIsInR5cCIgOiAiSldUIn0";

  @Test
  void tokensThatShareTheirHeaderHaveDifferentNames() {
    String first = TokenDigest.of(HEADER + ".eyJzdWIiOiJhIn0.c2ln");
    String second = TokenDigest.of(HEADER + ".eyJzdWIiOiJiIn0.c2ln");
    assertThat(first).isNotEqualTo(second).startsWith("sha256:").hasSize(7 + 64);
    assertThat(first).isEqualTo(TokenDigest.of(HEADER + ".eyJzdWIiOiJhIn0.c2ln"));
    assertThat(first).doesNotContain(HEADER);
  }
}
