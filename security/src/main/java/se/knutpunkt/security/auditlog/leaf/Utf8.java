package se.knutpunkt.security.auditlog.leaf;

/**
 * Well-formed UTF-8 and UTF-16 by the Unicode rules (shortest form, no surrogate code points, at
 * most U+10FFFF) — the same that Java's strict UTF-8 decoder applies — without allocating.
 */
final class Utf8 {

  private Utf8() {}

  static boolean isWellFormed(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      int b = bytes[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length;
      int min;
      int codePoint;
      if (b >= 0xc2 && b <= 0xdf) {
        length = 2;
        min = 0x80;
        codePoint = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        length = 3;
        min = 0x800;
        codePoint = b & 0x0f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        length = 4;
        min = 0x10000;
        codePoint = b & 0x07;
      } else {
        return false;
      }
      if (to - i < length) {
        return false;
      }
      for (int k = 1; k < length; k++) {
        int c = bytes[i + k] & 0xff;
        if ((c & 0xc0) != 0x80) {
          return false;
        }
        codePoint = (codePoint << 6) | (c & 0x3f);
      }
      if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
        return false;
      }
      i += length;
    }
    return true;
  }

  /** No unpaired surrogate: the string has a UTF-8 encoding. */
  static boolean isWellFormed(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
