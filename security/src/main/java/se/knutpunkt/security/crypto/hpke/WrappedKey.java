package se.knutpunkt.security.crypto.hpke;

import java.util.Arrays;
import se.knutpunkt.security.crypto.Bytes;

/**
 * A key sealed with HPKE for one recipient: {@code enc} (the 65-byte ephemeral public key) ‖ the
 * AES-256-GCM ciphertext of the key with its 16-byte tag (48 bytes for a 32-byte key).
 */
public record WrappedKey(byte[] enc, byte[] ciphertext) {
  public static final int ENC_BYTES = 65;

  public WrappedKey {
    if (enc.length != ENC_BYTES) {
      throw new IllegalArgumentException("HPKE enc for P-256 is 65 bytes");
    }
    enc = enc.clone();
    ciphertext = ciphertext.clone();
  }

  /** Splits enc ‖ ciphertext. */
  public static WrappedKey fromBytes(byte[] bytes) {
    if (bytes.length < ENC_BYTES + 16) {
      throw new IllegalArgumentException("a wrapped key is at least 81 bytes");
    }
    return new WrappedKey(
        Arrays.copyOf(bytes, ENC_BYTES), Arrays.copyOfRange(bytes, ENC_BYTES, bytes.length));
  }

  public byte[] toBytes() {
    return Bytes.concat(enc, ciphertext);
  }

  @Override
  public byte[] enc() {
    return enc.clone();
  }

  @Override
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WrappedKey key
        && Arrays.equals(enc, key.enc)
        && Arrays.equals(ciphertext, key.ciphertext);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(enc) + Arrays.hashCode(ciphertext);
  }

  @Override
  public String toString() {
    return "WrappedKey[" + Bytes.hex(toBytes()) + "]";
  }
}
