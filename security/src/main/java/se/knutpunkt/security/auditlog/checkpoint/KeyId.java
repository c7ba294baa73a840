package se.knutpunkt.security.auditlog.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The 32-bit key ID of a signed-note key: the first four bytes, big-endian, of SHA-256(key name ‖
 * 0x0A ‖ signature type ‖ public key). An identifier, not a fingerprint: four bytes collide easily,
 * which only ever makes a forged signature fail to verify.
 */
public record KeyId(int value) {

  /** C2SP signed-note signature type of Ed25519. */
  static final byte ED25519 = 0x01;

  /** C2SP signed-note signature type of timestamped Ed25519 checkpoint cosignatures. */
  static final byte COSIGNATURE_V1 = 0x04;

  public static KeyId forEd25519(KeyName name, byte[] publicKey) {
    return of(name, ED25519, publicKey);
  }

  /**
   * The key ID of a witness's Ed25519 key for {@code cosignature/v1} (c2sp.org/tlog-cosignature).
   */
  public static KeyId forCosignatureV1(KeyName name, byte[] publicKey) {
    return of(name, COSIGNATURE_V1, publicKey);
  }

  private static KeyId of(KeyName name, byte signatureType, byte[] publicKey) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(name.value().getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) 0x0A);
      sha256.update(signatureType);
      sha256.update(publicKey);
      byte[] digest = sha256.digest();
      return new KeyId(
          ((digest[0] & 0xff) << 24)
              | ((digest[1] & 0xff) << 16)
              | ((digest[2] & 0xff) << 8)
              | (digest[3] & 0xff));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Exactly eight lowercase hex digits, as in verifier keys. */
  public static KeyId fromHex(String hex) {
    if (hex.length() != 8
        || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new MalformedNoteException("a key ID is eight lowercase hex digits, not '" + hex + "'");
    }
    return new KeyId((int) Long.parseLong(hex, 16));
  }

  static KeyId fromBytes(byte[] bytes) {
    return new KeyId(
        ((bytes[0] & 0xff) << 24)
            | ((bytes[1] & 0xff) << 16)
            | ((bytes[2] & 0xff) << 8)
            | (bytes[3] & 0xff));
  }

  byte[] bytes() {
    return new byte[] {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
  }

  public String hex() {
    return HexFormat.of().toHexDigits(value);
  }

  @Override
  public String toString() {
    return hex();
  }
}
