package se.knutpunkt.cli.audit;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import se.knutpunkt.cli.crypto.CliFailure;

/**
 * Reads an answer of {@code GET /audit/leaves}: a JSON array of standard base64 strings, nothing
 * else. A small strict reader rather than a JSON tree: a million leaves are ~400 MB of JSON.
 */
final class LeafPage {

  private LeafPage() {}

  static List<byte[]> parse(String json, long start) {
    Base64.Decoder base64 = Base64.getDecoder();
    List<byte[]> leaves = new ArrayList<>();
    int i = skipSpace(json, 0);
    expect(json, i++, '[', start);
    i = skipSpace(json, i);
    if (i < json.length() && json.charAt(i) == ']') {
      return leaves;
    }
    while (true) {
      expect(json, i++, '"', start);
      int close = json.indexOf('"', i);
      if (close < 0) {
        throw malformed(start);
      }
      try {
        leaves.add(base64.decode(json.substring(i, close)));
      } catch (IllegalArgumentException e) {
        throw malformed(start);
      }
      i = skipSpace(json, close + 1);
      if (i < json.length() && json.charAt(i) == ']') {
        if (skipSpace(json, i + 1) != json.length()) {
          throw malformed(start);
        }
        return leaves;
      }
      expect(json, i++, ',', start);
      i = skipSpace(json, i);
    }
  }

  private static int skipSpace(String json, int i) {
    while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void expect(String json, int i, char c, long start) {
    if (i >= json.length() || json.charAt(i) != c) {
      throw malformed(start);
    }
  }

  private static CliFailure malformed(long start) {
    return new CliFailure(
        "the server's page of leaves from " + start + " is not a JSON array of base64 strings");
  }
}
