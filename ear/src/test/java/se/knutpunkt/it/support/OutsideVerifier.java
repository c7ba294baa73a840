package se.knutpunkt.it.support;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks what the audit API serves the way an outside auditor would, with none of Knutpunkt's code:
 * the C2SP signed-note and tlog-checkpoint formats read by string splitting, Ed25519 from the JDK,
 * and RFC 9162 §2.1.3.2 inclusion verification restated here.
 */
public final class OutsideVerifier {

  /** A checkpoint whose signature verified: origin, size and root. */
  public record Checkpoint(String origin, long size, byte[] root) {}

  private OutsideVerifier() {}

  /** Opens a signed checkpoint with the published verifier key, or throws. */
  public static Checkpoint open(String note, String verifierKey) throws Exception {
    // name + key id + base64, and base64 may hold "+" itself
    String[] key = verifierKey.strip().split("\\+", 3);
    byte[] typed = Base64.getDecoder().decode(key[2]);
    if (key.length != 3 || typed.length != 33 || typed[0] != 1) {
      throw new AssertionError("not an Ed25519 verifier key: " + verifierKey);
    }
    byte[] raw = Arrays.copyOfRange(typed, 1, 33);
    int split = note.indexOf("\n\n");
    String body = note.substring(0, split + 1);
    String[] lines = body.split("\n");
    boolean signed = false;
    for (String line : note.substring(split + 2).split("\n")) {
      String[] parts = line.split(" ");
      if (parts.length == 3 && parts[0].equals("\u2014") && parts[1].equals(key[0])) {
        byte[] signature = Base64.getDecoder().decode(parts[2]);
        if (!Arrays.equals(Arrays.copyOf(signature, 4), HexFormat.of().parseHex(key[1]))) {
          continue;
        }
        signed = ed25519(raw, body, Arrays.copyOfRange(signature, 4, signature.length));
        if (!signed) {
          throw new AssertionError("a signature by " + key[0] + " does not verify");
        }
      }
    }
    if (!signed || !lines[0].equals(key[0])) {
      throw new AssertionError("the checkpoint is not signed by " + key[0] + ":\n" + note);
    }
    return new Checkpoint(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]));
  }

  private static boolean ed25519(byte[] publicKey, String body, byte[] signature) throws Exception {
    byte[] spki = HexFormat.of().parseHex("302a300506032b6570032100");
    byte[] encoded = Arrays.copyOf(spki, spki.length + 32);
    System.arraycopy(publicKey, 0, encoded, spki.length, 32);
    PublicKey key =
        KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(key);
    verifier.update(body.getBytes(StandardCharsets.UTF_8));
    return verifier.verify(signature);
  }

  public static byte[] leafHash(byte[] leaf) throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    sha256.update((byte) 0);
    return sha256.digest(leaf);
  }

  /** RFC 9162 §2.1.3.2, step by step. */
  public static boolean includes(
      long index, long treeSize, byte[] leafHash, List<byte[]> path, byte[] root) throws Exception {
    if (index >= treeSize) {
      return false;
    }
    long fn = index;
    long sn = treeSize - 1;
    byte[] r = leafHash;
    for (byte[] p : path) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = node(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = node(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(r, root);
  }

  /** RFC 9162 §2.1.1 MTH of the leaf hashes, by its recursive definition. */
  public static byte[] root(List<byte[]> leafHashes) throws Exception {
    int n = leafHashes.size();
    if (n == 0) {
      return MessageDigest.getInstance("SHA-256").digest();
    }
    if (n == 1) {
      return leafHashes.get(0);
    }
    int k = Integer.highestOneBit(n - 1); // the largest power of two smaller than n
    return node(root(leafHashes.subList(0, k)), root(leafHashes.subList(k, n)));
  }

  private static byte[] node(byte[] left, byte[] right) throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    sha256.update((byte) 1);
    sha256.update(left);
    return sha256.digest(right);
  }
}
