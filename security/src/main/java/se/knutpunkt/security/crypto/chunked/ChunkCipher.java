package se.knutpunkt.security.crypto.chunked;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM over one chunk at a time, with nonce = base nonce XOR chunk index. One JDK {@link
 * Cipher} is reused for every chunk of a message, which keeps the per-chunk cost at a re-init.
 */
final class ChunkCipher {
  private final MessageKeys keys;
  private final Cipher cipher;
  private final byte[] nonce = new byte[MessageKeys.NONCE_SIZE];

  ChunkCipher(MessageKeys keys) {
    this.keys = keys;
    try {
      this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK offers no AES/GCM", e);
    }
  }

  /** Encrypts {@code length} bytes into {@code out} at 0; returns the ciphertext length. */
  int encrypt(long index, byte[] in, int offset, int length, byte[] out) {
    try {
      cipher.init(Cipher.ENCRYPT_MODE, keys.aeadKey, nonceFor(index));
      return cipher.doFinal(in, offset, length, out, 0);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * Decrypts one encrypted chunk into {@code out} at 0; returns the plaintext length.
   *
   * @throws AEADBadTagException when the chunk does not authenticate at this index
   */
  int decrypt(long index, byte[] in, int offset, int length, byte[] out)
      throws AEADBadTagException {
    if (length < Cobblestone256.TAG_SIZE) {
      throw new AEADBadTagException("shorter than a tag");
    }
    try {
      cipher.init(Cipher.DECRYPT_MODE, keys.aeadKey, nonceFor(index));
      return cipher.doFinal(in, offset, length, out, 0);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }

  /** Whether the bytes authenticate as chunk {@code index}: used only to explain a failure. */
  boolean authenticates(long index, byte[] in, int offset, int length, byte[] scratch) {
    try {
      decrypt(index, in, offset, length, scratch);
      return true;
    } catch (AEADBadTagException e) {
      return false;
    }
  }

  private GCMParameterSpec nonceFor(long index) {
    if (index < 0 || index >= Cobblestone256.MAX_CHUNKS) {
      throw new IllegalStateException("chunk counter reached 2^38: message too long");
    }
    System.arraycopy(keys.baseNonce, 0, nonce, 0, nonce.length);
    // the index as a big-endian integer as wide as the nonce; below 2^38 it touches 5 bytes
    for (int i = 0; i < 5; i++) {
      nonce[nonce.length - 1 - i] ^= (byte) (index >>> (8 * i));
    }
    return new GCMParameterSpec(Cobblestone256.TAG_SIZE * 8, nonce);
  }
}
