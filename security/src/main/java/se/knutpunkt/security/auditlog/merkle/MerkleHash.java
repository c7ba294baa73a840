package se.knutpunkt.security.auditlog.merkle;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A SHA-256 value in the RFC 9162 Merkle tree: the hash of a leaf, of an inner node, or a root.
 *
 * <p>Immutable: the bytes are copied in and out, because a hash that can be changed after it was
 * checked defeats the check.
 */
public final class MerkleHash {

  public static final int LENGTH = 32;

  private final byte[] bytes;

  private MerkleHash(byte[] bytes) {
    this.bytes = bytes;
  }

  public static MerkleHash of(byte[] bytes) {
    if (bytes == null || bytes.length != LENGTH) {
      throw new IllegalArgumentException(
          "a Merkle hash has " + LENGTH + " bytes, not " + (bytes == null ? 0 : bytes.length));
    }
    return new MerkleHash(bytes.clone());
  }

  public static MerkleHash of(byte[] buffer, int offset) {
    return new MerkleHash(Arrays.copyOfRange(buffer, offset, offset + LENGTH));
  }

  public static MerkleHash fromHex(String hex) {
    return of(HexFormat.of().parseHex(hex));
  }

  /** Parses standard (RFC 4648 §4) base64 of exactly 32 bytes, as in checkpoints and proofs. */
  public static MerkleHash fromBase64(String base64) {
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not base64: '" + base64 + "'", e);
    }
    MerkleHash hash = of(decoded);
    // Only one spelling per hash: a checkpoint must not have two texts for one tree head.
    if (!hash.base64().equals(base64)) {
      throw new IllegalArgumentException("not canonical base64: '" + base64 + "'");
    }
    return hash;
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public void copyTo(byte[] buffer, int offset) {
    System.arraycopy(bytes, 0, buffer, offset, LENGTH);
  }

  public boolean matches(byte[] buffer, int offset) {
    return Arrays.equals(bytes, 0, LENGTH, buffer, offset, offset + LENGTH);
  }

  public String hex() {
    return HexFormat.of().formatHex(bytes);
  }

  public String base64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MerkleHash that && Arrays.equals(bytes, that.bytes);
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
