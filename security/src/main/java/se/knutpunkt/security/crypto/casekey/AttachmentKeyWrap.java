package se.knutpunkt.security.crypto.casekey;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import se.knutpunkt.security.crypto.AesGcm;
import se.knutpunkt.security.crypto.Bytes;
import se.knutpunkt.security.crypto.FileKey;
import se.knutpunkt.security.crypto.hpke.KeyUnwrapException;

/**
 * An attachment's file key wrapped under its case key: nonce (12) ‖ AES-256-GCM(wrapping key,
 * nonce, file key, AAD) (48), 60 bytes. The wrapping key is HKDF-SHA256(salt = empty, ikm = case
 * key, info = "knutpunkt/attachment-key-wrap/v1"), so the case key itself encrypts nothing; the AAD
 * binds case, epoch and attachment id, so a wrapped key cannot be moved to another attachment.
 */
public final class AttachmentKeyWrap {
  public static final int WRAPPED_BYTES = 12 + FileKey.LENGTH + AesGcm.TAG_BYTES;
  private static final byte[] KDF_INFO = ascii("knutpunkt/attachment-key-wrap/v1");
  private static final byte[] AAD_LABEL = ascii("knutpunkt/attachment-key/v1");
  private static final SecureRandom RANDOM = new SecureRandom();

  private AttachmentKeyWrap() {}

  public static byte[] wrap(CaseKey caseKey, UUID attachmentId, FileKey fileKey) {
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    try {
      return Bytes.concat(
          nonce,
          AesGcm.seal(wrappingKey(caseKey), nonce, aad(caseKey, attachmentId), fileKey.bytes()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed", e);
    }
  }

  /**
   * @throws KeyUnwrapException when the wrapped key belongs to another case key or attachment, or
   *     was modified
   */
  public static FileKey unwrap(CaseKey caseKey, UUID attachmentId, byte[] wrapped)
      throws KeyUnwrapException {
    if (wrapped.length != WRAPPED_BYTES) {
      throw new KeyUnwrapException("a wrapped attachment key is " + WRAPPED_BYTES + " bytes");
    }
    try {
      return FileKey.of(
          AesGcm.open(
              wrappingKey(caseKey),
              Arrays.copyOf(wrapped, 12),
              aad(caseKey, attachmentId),
              Arrays.copyOfRange(wrapped, 12, wrapped.length)));
    } catch (GeneralSecurityException e) {
      throw new KeyUnwrapException(
          "the attachment key does not open under this case key: another case, epoch or"
              + " attachment, or modified");
    }
  }

  /**
   * "knutpunkt/attachment-key/v1" ‖ 0x00 ‖ case id (16) ‖ epoch (4, big-endian) ‖ attachment id
   * (16).
   */
  static byte[] aad(CaseKey caseKey, UUID attachmentId) {
    UUID caseId = caseKey.caseId().value();
    return ByteBuffer.allocate(AAD_LABEL.length + 1 + 16 + 4 + 16)
        .put(AAD_LABEL)
        .put((byte) 0)
        .putLong(caseId.getMostSignificantBits())
        .putLong(caseId.getLeastSignificantBits())
        .putInt(caseKey.epoch().number())
        .putLong(attachmentId.getMostSignificantBits())
        .putLong(attachmentId.getLeastSignificantBits())
        .array();
  }

  private static byte[] wrappingKey(CaseKey caseKey) {
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(new HKDFParameters(caseKey.bytes(), new byte[0], KDF_INFO));
    byte[] key = new byte[32];
    hkdf.generateBytes(key, 0, key.length);
    return key;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
