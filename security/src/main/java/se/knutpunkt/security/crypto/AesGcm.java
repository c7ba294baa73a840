package se.knutpunkt.security.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-shot AES-GCM with a 128-bit tag through the JDK provider, whose AES and GHASH run on hardware
 * intrinsics. Takes AES-128, -192 and -256 keys and any non-empty IV, as the Wycheproof vectors
 * exercise; Knutpunkt's own formats use 256-bit keys and 96-bit nonces only.
 */
public final class AesGcm {
  public static final int TAG_BYTES = 16;

  private AesGcm() {}

  /** Returns ciphertext ‖ tag. */
  public static byte[] seal(byte[] key, byte[] iv, byte[] aad, byte[] plaintext)
      throws GeneralSecurityException {
    Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, iv);
    cipher.updateAAD(aad);
    return cipher.doFinal(plaintext);
  }

  /**
   * Opens ciphertext ‖ tag.
   *
   * @throws AEADBadTagException when the tag does not match: wrong key, IV or AAD, or a modified
   *     ciphertext
   */
  public static byte[] open(byte[] key, byte[] iv, byte[] aad, byte[] ciphertextAndTag)
      throws GeneralSecurityException {
    if (ciphertextAndTag.length < TAG_BYTES) {
      throw new AEADBadTagException("shorter than an authentication tag");
    }
    Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, iv);
    cipher.updateAAD(aad);
    return cipher.doFinal(ciphertextAndTag);
  }

  private static Cipher cipher(int mode, byte[] key, byte[] iv) throws GeneralSecurityException {
    if (key.length != 16 && key.length != 24 && key.length != 32) {
      throw new java.security.InvalidKeyException("AES keys are 16, 24 or 32 bytes");
    }
    if (iv.length == 0) {
      throw new java.security.InvalidAlgorithmParameterException("GCM needs a non-empty IV");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BYTES * 8, iv));
    return cipher;
  }
}
