package se.knutpunkt.security.crypto.chunked;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import se.knutpunkt.security.crypto.FileKey;

/**
 * Streaming Cobblestone-256 decryption in constant memory. The commitment is checked before any
 * chunk is decrypted; a chunk's plaintext is handed out only after its tag has verified; the end of
 * the stream is reported only after the final short chunk has verified. A failure is thrown again
 * on every later read, never turned into a clean end of stream.
 */
final class ChunkedDecryptingInputStream extends InputStream {
  private final InputStream in;
  private final FileKey key;
  private final EncryptionContext context;
  private final byte[] encrypted = new byte[Cobblestone256.ENCRYPTED_CHUNK_SIZE];
  private final byte[] plain = new byte[Cobblestone256.ENCRYPTED_CHUNK_SIZE];
  private ChunkCipher cipher;
  private int plainStart;
  private int plainEnd;
  private long chunkIndex;
  private boolean ended;
  private CiphertextException failure;

  ChunkedDecryptingInputStream(InputStream in, FileKey key, EncryptionContext context) {
    this.in = Objects.requireNonNull(in, "ciphertext stream");
    this.key = Objects.requireNonNull(key, "key");
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length == 0) {
      return 0;
    }
    while (plainStart == plainEnd) {
      if (failure != null) {
        throw failure;
      }
      if (ended) {
        return -1;
      }
      try {
        nextChunk();
      } catch (CiphertextException e) {
        failure = e;
        throw e;
      }
    }
    int n = Math.min(length, plainEnd - plainStart);
    System.arraycopy(plain, plainStart, target, offset, n);
    plainStart += n;
    return n;
  }

  @Override
  public int available() {
    return plainEnd - plainStart;
  }

  private void nextChunk() throws IOException {
    if (cipher == null) {
      cipher = new ChunkCipher(checkHeader());
    }
    int length = in.readNBytes(encrypted, 0, encrypted.length);
    boolean finalChunk = length < encrypted.length;
    if (length == 0) {
      throw new TruncatedCiphertextException(
          chunkIndex == 0
              ? "the ciphertext ends after its header, with no chunk at all"
              : "the ciphertext ends after chunk "
                  + (chunkIndex - 1)
                  + " without its final short chunk: it was truncated");
    }
    if (length < Cobblestone256.TAG_SIZE) {
      throw new TruncatedCiphertextException(
          "the final chunk is "
              + length
              + " bytes, shorter than its 16-byte tag: the ciphertext was truncated or extended");
    }
    try {
      plainEnd = cipher.decrypt(chunkIndex, encrypted, 0, length, plain);
      plainStart = 0;
    } catch (AEADBadTagException e) {
      plainStart = plainEnd = 0;
      throw FailureDiagnosis.explain(cipher, chunkIndex, encrypted, length, finalChunk, -1);
    }
    chunkIndex++;
    ended = finalChunk;
  }

  private MessageKeys checkHeader() throws IOException {
    byte[] header = in.readNBytes(Cobblestone256.HEADER_SIZE);
    if (header.length < Cobblestone256.HEADER_SIZE) {
      throw new TruncatedCiphertextException(
          "the ciphertext is "
              + header.length
              + " bytes, shorter than its 56-byte header (salt and key commitment)");
    }
    byte[] salt = java.util.Arrays.copyOf(header, Cobblestone256.SALT_SIZE);
    MessageKeys keys = MessageKeys.derive(key, salt, context);
    if (!keys.commitmentMatches(header)) {
      throw new WrongKeyOrContextException();
    }
    return keys;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
