package se.knutpunkt.cli.audit;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
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
    Base64.Decoder base64 = Base64.getDecoder();
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
      leaves.add(decode(base64, json, i, close, start));
      i = skipSpace(json, close + 1);
      if (i < json.length && json[i] == ']') {
        return end(json, i, leaves, start);
      }
      expect(json, i++, ',', start);
      i = skipSpace(json, i);
    }
  }

  private static byte[] decode(Base64.Decoder base64, byte[] json, int from, int to, long start) {
    try {
      ByteBuffer decoded = base64.decode(ByteBuffer.wrap(json, from, to - from));
      byte[] array = decoded.array();
      return decoded.arrayOffset() == 0 && decoded.remaining() == array.length
          ? array
          : Arrays.copyOfRange(
              array, decoded.arrayOffset(), decoded.arrayOffset() + decoded.remaining());
    } catch (IllegalArgumentException e) {
      throw malformed(start);
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
