package se.knutpunkt.security.crypto.chunked;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import se.knutpunkt.security.crypto.Bytes;
import se.knutpunkt.security.crypto.FileKey;

/** The per-message AEAD key, base nonce and commitment, derived from the file key and salt. */
final class MessageKeys {
  static final int AEAD_KEY_SIZE = 32;
  static final int NONCE_SIZE = 12;
  private static final byte[] LABEL =
      "c2sp.org/chunked-encryption@v1+AEAD_AES_256_GCM\0".getBytes(StandardCharsets.US_ASCII);

  final SecretKeySpec aeadKey;
  final byte[] baseNonce;
  final byte[] commitment;

  private MessageKeys(SecretKeySpec aeadKey, byte[] baseNonce, byte[] commitment) {
    this.aeadKey = aeadKey;
    this.baseNonce = baseNonce;
    this.commitment = commitment;
  }

  /**
   * HKDF-Expand(prk = file key, info = label ‖ salt ‖ context), without Extract: the spec takes the
   * input key as uniformly random already.
   */
  static MessageKeys derive(FileKey key, byte[] salt, EncryptionContext context) {
    byte[] info = Bytes.concat(LABEL, salt, context.bytes());
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA512Digest());
    byte[] prk = key.bytes();
    hkdf.init(HKDFParameters.skipExtractParameters(prk, info));
    byte[] okm = new byte[AEAD_KEY_SIZE + NONCE_SIZE + Cobblestone256.COMMITMENT_SIZE];
    hkdf.generateBytes(okm, 0, okm.length);
    SecretKeySpec aeadKey = new SecretKeySpec(okm, 0, AEAD_KEY_SIZE, "AES");
    byte[] baseNonce = Arrays.copyOfRange(okm, AEAD_KEY_SIZE, AEAD_KEY_SIZE + NONCE_SIZE);
    byte[] commitment = Arrays.copyOfRange(okm, AEAD_KEY_SIZE + NONCE_SIZE, okm.length);
    Bytes.wipe(okm);
    Bytes.wipe(prk);
    return new MessageKeys(aeadKey, baseNonce, commitment);
  }

  boolean commitmentMatches(byte[] header) {
    byte[] found = Arrays.copyOfRange(header, Cobblestone256.SALT_SIZE, Cobblestone256.HEADER_SIZE);
    return Bytes.constantTimeEquals(commitment, found);
  }
}
