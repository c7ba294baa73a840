package se.knutpunkt.web.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Deterministic test content, the same as the browser's pattern.js: byte i is byte (i mod 4) of
 * fmix32(floor(i / 4) XOR seed), little-endian. Any range can be made, and checked, without the
 * rest, so gigabyte files need no memory.
 */
final class TestPattern {
  private TestPattern() {}

  static int fmix32(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  static byte at(int seed, long position) {
    int word = fmix32((int) (position / 4) ^ seed);
    return (byte) (word >>> (8 * (int) (position % 4)));
  }

  static void fill(int seed, long offset, byte[] into, int length) {
    for (int i = 0; i < length; i++) {
      into[i] = at(seed, offset + i);
    }
  }

  /** A stream of {@code size} pattern bytes. */
  static InputStream stream(int seed, long size) {
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        return position < size ? at(seed, position++) & 0xff : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (position >= size) {
          return -1;
        }
        int n = (int) Math.min(len, size - position);
        for (int i = 0; i < n; i++) {
          b[off + i] = at(seed, position + i);
        }
        position += n;
        return n;
      }
    };
  }

  /** A sink that checks what is written against the pattern and counts it. */
  static final class Checker extends OutputStream {
    private final int seed;
    long written;
    long firstMismatch = -1;

    Checker(int seed) {
      this.seed = seed;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = 0; i < len && firstMismatch < 0; i++) {
        if (b[off + i] != at(seed, written + i)) {
          firstMismatch = written + i;
        }
      }
      written += len;
    }
  }

  static void copy(InputStream in, OutputStream out) throws IOException {
    in.transferTo(out);
  }
}
