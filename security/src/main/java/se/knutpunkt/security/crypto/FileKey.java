package se.knutpunkt.security.crypto;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The random 256-bit key of one file: the Cobblestone-256 input key. It never leaves a client
 * unwrapped: it travels sealed with HPKE (sealed files) or wrapped under a case key (attachments).
 */
public final class FileKey {
  public static final int LENGTH = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] bytes;

  private FileKey(byte[] bytes) {
    this.bytes = bytes;
  }

  public static FileKey random() {
    byte[] bytes = new byte[LENGTH];
    RANDOM.nextBytes(bytes);
    return new FileKey(bytes);
  }

  /**
   * A file key from its bytes.
   *
   * @throws InvalidKeySizeException unless exactly 32 bytes: Cobblestone-256 takes an input key of
   *     the AEAD's key size and nothing else
   */
  public static FileKey of(byte[] bytes) {
    if (bytes.length != LENGTH) {
      throw new InvalidKeySizeException("a file key is " + LENGTH + " bytes, not " + bytes.length);
    }
    return new FileKey(bytes.clone());
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FileKey key && Bytes.constantTimeEquals(bytes, key.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "FileKey[redacted]";
  }
}
