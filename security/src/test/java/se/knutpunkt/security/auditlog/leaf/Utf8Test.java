package se.knutpunkt.security.auditlog.leaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free UTF-8 check must agree with Java's strict decoder, which {@link
 * AuditLeaf#decode} uses: otherwise the verifier and the API would disagree about a leaf.
 */
class Utf8Test {

  private final CharsetDecoder strict =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  private boolean javaAccepts(byte[] bytes) {
    try {
      strict.decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void agreesWithJavaOnEveryOneAndTwoByteSequence() {
    List<String> disagreements = new ArrayList<>();
    for (int a = 0; a < 256; a++) {
      check(new byte[] {(byte) a}, disagreements);
      for (int b = 0; b < 256; b++) {
        check(new byte[] {(byte) a, (byte) b}, disagreements);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void agreesWithJavaOnThreeByteSequencesAroundEveryBoundary() {
    List<String> disagreements = new ArrayList<>();
    for (int a : new int[] {0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5}) {
      for (int b = 0; b < 256; b++) {
        for (int c = 0; c < 256; c++) {
          check(new byte[] {(byte) a, (byte) b, (byte) c}, disagreements);
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void agreesWithJavaOnRandomFourByteAndLongerSequences() {
    Random random = new Random(5);
    List<String> disagreements = new ArrayList<>();
    int accepted = 0;
    for (int i = 0; i < 200_000; i++) {
      byte[] bytes = new byte[4 + random.nextInt(4)];
      for (int k = 0; k < bytes.length; k++) {
        // Mostly lead and continuation bytes, so that many sequences are nearly valid.
        bytes[k] = (byte) (k % 4 == 0 ? 0xf0 + random.nextInt(8) : 0x80 + random.nextInt(64));
        if (random.nextInt(10) == 0) {
          bytes[k] = (byte) random.nextInt(256);
        }
      }
      if (javaAccepts(bytes)) {
        accepted++;
      }
      check(bytes, disagreements);
    }
    assertThat(disagreements).isEmpty();
    assertThat(accepted).as("the sample holds valid sequences too").isGreaterThan(1000);
  }

  @Test
  void stringsWithUnpairedSurrogatesAreNotWellFormed() {
    assertThat(Utf8.isWellFormed("a\uD83D\uDE00b")).isTrue();
    assertThat(Utf8.isWellFormed("a\uD83D")).isFalse();
    assertThat(Utf8.isWellFormed("\uDE00a")).isFalse();
    assertThat(Utf8.isWellFormed("\uD83Da")).isFalse();
  }

  private void check(byte[] bytes, List<String> disagreements) {
    if (Utf8.isWellFormed(bytes, 0, bytes.length) != javaAccepts(bytes)) {
      disagreements.add(java.util.HexFormat.of().formatHex(bytes));
    }
  }
}
