package se.knutpunkt.security.auditlog.merkle;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;

/**
 * The RFC 9162 §2.1.1 hashes: a leaf is SHA-256(0x00 ‖ leaf bytes), an inner node is SHA-256(0x01 ‖
 * left ‖ right), the empty tree is SHA-256 of nothing. The two prefixes keep a leaf from ever
 * passing for an inner node.
 *
 * <p>Not thread-safe: it reuses one digest so that hashing a million leaves does not allocate a
 * million digests. Make one per thread.
 */
public final class TreeHasher {

  public static final MerkleHash EMPTY_ROOT =
      MerkleHash.fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;

  private final MessageDigest sha256 = newSha256();

  private final byte[] scratch = new byte[MerkleHash.LENGTH];

  /**
   * Prefers the JDK's own SHA-256, which the JIT turns into the processor's SHA instructions; a
   * provider registered ahead of it (Bouncy Castle, in a server that adds it first) is several
   * times slower for the same result.
   */
  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256", "SUN");
    } catch (NoSuchAlgorithmException | NoSuchProviderException e) {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException missing) {
        throw new IllegalStateException("every Java platform has SHA-256", missing);
      }
    }
  }

  public MerkleHash leafHash(byte[] leaf) {
    leafHash(leaf, 0, leaf.length, scratch, 0);
    return MerkleHash.of(scratch);
  }

  public MerkleHash nodeHash(MerkleHash left, MerkleHash right) {
    sha256.update(NODE_PREFIX);
    sha256.update(left.bytes());
    sha256.update(right.bytes());
    finish(scratch, 0);
    return MerkleHash.of(scratch);
  }

  /**
   * The leaf hash of {@code leaf[offset, offset+length)}, written to {@code out[outOffset..+32]}.
   */
  public void leafHash(byte[] leaf, int offset, int length, byte[] out, int outOffset) {
    sha256.update(LEAF_PREFIX);
    sha256.update(leaf, offset, length);
    finish(out, outOffset);
  }

  /**
   * The node hash of two child hashes held in buffers, written to {@code out}; {@code out} may be
   * one of the inputs.
   */
  public void nodeHash(
      byte[] left, int leftOffset, byte[] right, int rightOffset, byte[] out, int outOffset) {
    sha256.update(NODE_PREFIX);
    sha256.update(left, leftOffset, MerkleHash.LENGTH);
    sha256.update(right, rightOffset, MerkleHash.LENGTH);
    finish(out, outOffset);
  }

  private void finish(byte[] out, int outOffset) {
    try {
      sha256.digest(out, outOffset, MerkleHash.LENGTH);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-256 always fits 32 bytes", e);
    }
  }
}
