package se.knutpunkt.security.matching;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * What the matching index keys an identifier by: the first 128 bits of HMAC-SHA-256 of its
 * canonical form under a server secret. Without the secret nobody can tell which identifier a key
 * stands for (the few possible personnummer could otherwise all be tried); 128 bits keep the index
 * small and collisions out of reach (ARCHITECTURE.md "Misuse flags and matching").
 */
public final class MatchKey {

  public static final int BYTES = 16;
  private final byte[] bytes;

  private MatchKey(byte[] bytes) {
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException("a match key has " + BYTES + " bytes");
    }
    this.bytes = bytes.clone();
  }

  public static MatchKey of(byte[] bytes) {
    return new MatchKey(bytes);
  }

  public static MatchKey ofHex(String hex) {
    return new MatchKey(HexFormat.of().parseHex(hex));
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public String hex() {
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MatchKey that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return hex();
  }
}
