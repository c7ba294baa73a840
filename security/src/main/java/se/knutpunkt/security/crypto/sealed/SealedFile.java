package se.knutpunkt.security.crypto.sealed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import se.knutpunkt.security.crypto.FileKey;
import se.knutpunkt.security.crypto.chunked.ChunkedEncryptingOutputStream;
import se.knutpunkt.security.crypto.chunked.Cobblestone256;
import se.knutpunkt.security.crypto.chunked.EncryptionContext;
import se.knutpunkt.security.crypto.hpke.Hpke;
import se.knutpunkt.security.crypto.hpke.HpkeInfo;
import se.knutpunkt.security.crypto.hpke.KeyUnwrapException;
import se.knutpunkt.security.crypto.hpke.WrappedKey;
import se.knutpunkt.security.crypto.keys.P256PrivateKey;
import se.knutpunkt.security.crypto.keys.P256PublicKey;

/**
 * The sealed file: one recipient, no server. "KNPTSEAL" ‖ 0x01 ‖ HPKE enc (65) ‖ HPKE seal of the
 * 32-byte file key (48; info "knutpunkt/sealed-file/v1", empty AAD) ‖ the Cobblestone-256
 * ciphertext of the content under the file key with context "knutpunkt/sealed-file/v1". Any RFC
 * 9180 HPKE and any c2sp.org/chunked-encryption implementation can open it.
 */
public final class SealedFile {
  static final byte[] MAGIC = "KNPTSEAL".getBytes(StandardCharsets.US_ASCII);
  static final byte VERSION = 0x01;
  static final int SEALED_KEY_BYTES = FileKey.LENGTH + 16;
  public static final int HEADER_BYTES = MAGIC.length + 1 + WrappedKey.ENC_BYTES + SEALED_KEY_BYTES;

  private SealedFile() {}

  /** The length of the sealed file of a content of the given length. */
  public static long sealedLength(long contentLength) {
    return HEADER_BYTES + Cobblestone256.ciphertextLength(contentLength);
  }

  /** Seals everything {@code content} holds for {@code recipient} into {@code sealed}. */
  public static void seal(InputStream content, OutputStream sealed, P256PublicKey recipient)
      throws IOException {
    try (OutputStream encrypting = sealing(sealed, recipient)) {
      content.transferTo(encrypting);
    }
  }

  /**
   * A stream whose content is sealed for {@code recipient}; closing it completes the sealed file
   * and closes {@code sealed}.
   */
  public static ChunkedEncryptingOutputStream sealing(OutputStream sealed, P256PublicKey recipient)
      throws IOException {
    FileKey fileKey = FileKey.random();
    WrappedKey wrapped = Hpke.seal(recipient, HpkeInfo.SEALED_FILE, fileKey.bytes());
    sealed.write(MAGIC);
    sealed.write(VERSION);
    sealed.write(wrapped.enc());
    sealed.write(wrapped.ciphertext());
    return Cobblestone256.encrypting(sealed, fileKey, EncryptionContext.SEALED_FILE);
  }

  /**
   * The content of a sealed file, as a stream that hands out only authenticated bytes and ends only
   * when the whole file has authenticated (see {@link Cobblestone256#decrypting}).
   *
   * @throws NotASealedFileException the input is no sealed file of version 1
   * @throws NotSealedForThisKeyException the file key does not open with {@code recipient}
   */
  public static InputStream opening(InputStream sealed, P256PrivateKey recipient)
      throws IOException {
    byte[] header = sealed.readNBytes(HEADER_BYTES);
    if (header.length < MAGIC.length
        || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new NotASealedFileException(
          "not a Knutpunkt sealed file (it does not start with KNPTSEAL)");
    }
    if (header.length <= MAGIC.length || header[MAGIC.length] != VERSION) {
      throw new NotASealedFileException(
          header.length <= MAGIC.length
              ? "the sealed file ends after its magic"
              : "sealed file version "
                  + (header[MAGIC.length] & 0xff)
                  + " is not supported (only 1)");
    }
    if (header.length < HEADER_BYTES) {
      throw new NotASealedFileException(
          "the sealed file ends inside its " + HEADER_BYTES + "-byte header: it was truncated");
    }
    int encStart = MAGIC.length + 1;
    WrappedKey wrapped =
        new WrappedKey(
            Arrays.copyOfRange(header, encStart, encStart + WrappedKey.ENC_BYTES),
            Arrays.copyOfRange(header, encStart + WrappedKey.ENC_BYTES, HEADER_BYTES));
    FileKey fileKey;
    try {
      fileKey = FileKey.of(Hpke.open(recipient, HpkeInfo.SEALED_FILE, wrapped));
    } catch (KeyUnwrapException e) {
      throw new NotSealedForThisKeyException();
    }
    return Cobblestone256.decrypting(sealed, fileKey, EncryptionContext.SEALED_FILE);
  }

  /** Opens a whole sealed file into {@code content}; see {@link #opening}. */
  public static void open(InputStream sealed, OutputStream content, P256PrivateKey recipient)
      throws IOException {
    try (InputStream opened = opening(sealed, recipient)) {
      opened.transferTo(content);
    }
  }
}
