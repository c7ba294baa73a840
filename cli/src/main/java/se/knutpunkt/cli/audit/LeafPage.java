package se.knutpunkt.cli.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.knutpunkt.cli.crypto.CliFailure;

/**
 * Reads an answer of {@code GET /audit/leaves}: a JSON array of standard base64 strings, nothing
 * else. A small strict reader over the response's bytes rather than a JSON tree or even a String: a
 * million leaves are ~400 MB of JSON, and each base64 string is decoded straight from the bytes it
 * arrived in.
 */
final class LeafPage {

  private LeafPage() {}

  static List<byte[]> parse(byte[] json, long start) {
    List<byte[]> leaves = new ArrayList<>();
    int i = skipSpace(json, 0);
    expect(json, i++, '[', start);
    i = skipSpace(json, i);
    if (i < json.length && json[i] == ']') {
      return end(json, i, leaves, start);
    }
    while (true) {
      expect(json, i++, '"', start);
      int close = indexOf(json, '"', i);
      if (close < 0) {
        throw malformed(start);
      }
      leaves.add(decode(json, i, close, start));
      i = skipSpace(json, close + 1);
      if (i < json.length && json[i] == ']') {
        return end(json, i, leaves, start);
      }
      expect(json, i++, ',', start);
      i = skipSpace(json, i);
    }
  }

  /**
   * Standard base64 with padding, as {@code Base64.getEncoder()} writes it; refuses anything else.
   * Our own loop because the JDK's decoder is not accelerated on CPUs without AVX-512 and was a
   * third of the verifier's time (docs/benchmarks.md); {@code LeafPageTest} checks it against the
   * JDK's on every length and refuses what the JDK refuses.
   */
  static byte[] decode(byte[] text, int from, int to, long start) {
    int length = to - from;
    if (length % 4 != 0) {
      throw malformed(start);
    }
    int padding = length == 0 ? 0 : text[to - 1] != '=' ? 0 : text[to - 2] != '=' ? 1 : 2;
    byte[] bytes = new byte[length / 4 * 3 - padding];
    int out = 0;
    int fullQuads = to - (padding > 0 ? 4 : 0);
    int i = from;
    for (; i < fullQuads; i += 4) {
      int quad =
          VALUE[text[i] & 0xff] << 18
              | VALUE[text[i + 1] & 0xff] << 12
              | VALUE[text[i + 2] & 0xff] << 6
              | VALUE[text[i + 3] & 0xff];
      if (quad < 0) {
        throw malformed(start);
      }
      bytes[out++] = (byte) (quad >> 16);
      bytes[out++] = (byte) (quad >> 8);
      bytes[out++] = (byte) quad;
    }
    if (padding > 0) {
      int quad =
          VALUE[text[i] & 0xff] << 18
              | VALUE[text[i + 1] & 0xff] << 12
              | (padding == 2 ? 0 : VALUE[text[i + 2] & 0xff] << 6);
      if (quad < 0) {
        throw malformed(start);
      }
      bytes[out++] = (byte) (quad >> 16);
      if (padding == 1) {
        bytes[out] = (byte) (quad >> 8);
      }
    }
    return bytes;
  }

  /**
   * The value of each base64 character; every other byte -1, which stays negative however it is
   * shifted and or-ed.
   */
  private static final int[] VALUE = new int[256];

  static {
    Arrays.fill(VALUE, -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int v = 0; v < alphabet.length(); v++) {
      VALUE[alphabet.charAt(v)] = v;
    }
  }

  private static List<byte[]> end(byte[] json, int close, List<byte[]> leaves, long start) {
    if (skipSpace(json, close + 1) != json.length) {
      throw malformed(start);
    }
    return leaves;
  }

  private static int indexOf(byte[] json, char c, int from) {
    for (int i = from; i < json.length; i++) {
      if (json[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static int skipSpace(byte[] json, int i) {
    // JSON's whitespace: space, tab, line feed, carriage return
    while (i < json.length
        && (json[i] == ' ' || json[i] == '\t' || json[i] == '\n' || json[i] == '\r')) {
      i++;
    }
    return i;
  }

  private static void expect(byte[] json, int i, char c, long start) {
    if (i >= json.length || json[i] != c) {
      throw malformed(start);
    }
  }

  private static CliFailure malformed(long start) {
    return new CliFailure(
        "the server's page of leaves from " + start + " is not a JSON array of base64 strings");
  }
}
