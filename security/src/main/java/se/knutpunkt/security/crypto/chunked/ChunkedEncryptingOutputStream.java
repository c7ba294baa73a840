package se.knutpunkt.security.crypto.chunked;

import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Objects;
import se.knutpunkt.security.crypto.FileKey;

/**
 * Streaming Cobblestone-256 encryption in constant memory: buffers at most one 16 KiB chunk. A full
 * chunk is written as soon as it fills, because the final chunk is always short; {@link #finish()}
 * (or {@link #close()}) writes that final short chunk, empty if need be.
 */
public final class ChunkedEncryptingOutputStream extends OutputStream {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final OutputStream out;
  private final ChunkCipher cipher;
  private final byte[] buffer = new byte[Cobblestone256.CHUNK_SIZE];
  private final byte[] encrypted = new byte[Cobblestone256.ENCRYPTED_CHUNK_SIZE];
  private int buffered;
  private long chunkIndex;
  private boolean finished;

  ChunkedEncryptingOutputStream(OutputStream out, FileKey key, EncryptionContext context)
      throws IOException {
    this(out, key, context, randomSalt());
  }

  /** With a given salt: only for reproducing published vectors; a salt must never repeat. */
  ChunkedEncryptingOutputStream(
      OutputStream out, FileKey key, EncryptionContext context, byte[] salt) throws IOException {
    this.out = Objects.requireNonNull(out, "ciphertext stream");
    MessageKeys keys = MessageKeys.derive(key, salt, context);
    this.cipher = new ChunkCipher(keys);
    out.write(salt);
    out.write(keys.commitment);
  }

  private static byte[] randomSalt() {
    byte[] salt = new byte[Cobblestone256.SALT_SIZE];
    RANDOM.nextBytes(salt);
    return salt;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] data, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, data.length);
    ensureOpen();
    while (length > 0) {
      if (buffered == 0 && length > Cobblestone256.CHUNK_SIZE) {
        // a whole chunk straight from the caller's array, no copy; strictly more must follow
        // for it to be a non-final chunk, which "length >" guarantees
        writeChunk(data, offset, Cobblestone256.CHUNK_SIZE);
        offset += Cobblestone256.CHUNK_SIZE;
        length -= Cobblestone256.CHUNK_SIZE;
        continue;
      }
      if (buffered == Cobblestone256.CHUNK_SIZE) {
        writeChunk(buffer, 0, buffered);
        buffered = 0;
      }
      int n = Math.min(length, Cobblestone256.CHUNK_SIZE - buffered);
      System.arraycopy(data, offset, buffer, buffered, n);
      buffered += n;
      offset += n;
      length -= n;
    }
  }

  /**
   * Completes the message: writes the buffered full chunk if any and the final short chunk. The
   * underlying stream stays open.
   */
  public void finish() throws IOException {
    if (finished) {
      return;
    }
    if (buffered == Cobblestone256.CHUNK_SIZE) {
      writeChunk(buffer, 0, buffered);
      buffered = 0;
    }
    writeChunk(buffer, 0, buffered);
    buffered = 0;
    finished = true;
    out.flush();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      finish();
    } finally {
      out.close();
    }
  }

  private void writeChunk(byte[] data, int offset, int length) throws IOException {
    int n = cipher.encrypt(chunkIndex, data, offset, length, encrypted);
    chunkIndex++;
    out.write(encrypted, 0, n);
  }

  private void ensureOpen() throws IOException {
    if (finished) {
      throw new IOException("the message is finished: nothing more can be written");
    }
  }
}
