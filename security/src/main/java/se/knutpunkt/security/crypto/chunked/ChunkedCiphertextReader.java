package se.knutpunkt.security.crypto.chunked;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import javax.crypto.AEADBadTagException;
import se.knutpunkt.security.crypto.FileKey;

/**
 * Random-access Cobblestone-256 decryption: any byte range is read by decrypting only the chunks
 * that cover it. Opening checks the key commitment and that the ciphertext length is possible;
 * {@link #plaintextLength()} authenticates the length by decrypting the final chunk, as the spec
 * demands before anything is located relative to the end.
 */
public final class ChunkedCiphertextReader implements Closeable {
  private final SeekableByteChannel channel;
  private final ChunkLayout layout;
  private final ChunkCipher cipher;
  private final byte[] encrypted = new byte[Cobblestone256.ENCRYPTED_CHUNK_SIZE];
  private final byte[] plain = new byte[Cobblestone256.ENCRYPTED_CHUNK_SIZE];
  private long authenticatedLength = -1;

  private ChunkedCiphertextReader(
      SeekableByteChannel channel, ChunkLayout layout, ChunkCipher cipher) {
    this.channel = channel;
    this.layout = layout;
    this.cipher = cipher;
  }

  static ChunkedCiphertextReader open(
      SeekableByteChannel channel, FileKey key, EncryptionContext context) throws IOException {
    ChunkLayout layout = ChunkLayout.of(channel.size());
    byte[] header = new byte[Cobblestone256.HEADER_SIZE];
    readFully(channel, 0, header, header.length);
    MessageKeys keys =
        MessageKeys.derive(key, java.util.Arrays.copyOf(header, Cobblestone256.SALT_SIZE), context);
    if (!keys.commitmentMatches(header)) {
      throw new WrongKeyOrContextException();
    }
    return new ChunkedCiphertextReader(channel, layout, new ChunkCipher(keys));
  }

  /** The plaintext length, authenticated by decrypting the final chunk. */
  public synchronized long plaintextLength() throws IOException {
    if (authenticatedLength < 0) {
      decryptChunk(layout.fullChunks());
      authenticatedLength = layout.claimedPlaintextLength();
    }
    return authenticatedLength;
  }

  /**
   * Decrypts {@code length} plaintext bytes from {@code offset} into {@code out}. Only the chunks
   * covering the range are decrypted, each authenticated before any of its bytes are written.
   *
   * @throws IllegalArgumentException when the range reaches past the end of the message
   */
  public synchronized void readRange(long offset, long length, OutputStream out)
      throws IOException {
    if (offset < 0 || length < 0 || offset + length > layout.claimedPlaintextLength()) {
      throw new IllegalArgumentException(
          "range "
              + offset
              + "+"
              + length
              + " reaches past the end of a "
              + layout.claimedPlaintextLength()
              + "-byte message");
    }
    long position = offset;
    long end = offset + length;
    while (position < end) {
      long index = position / Cobblestone256.CHUNK_SIZE;
      int plainLength = decryptChunk(index);
      int from = (int) (position % Cobblestone256.CHUNK_SIZE);
      int n = (int) Math.min(plainLength - from, end - position);
      out.write(plain, from, n);
      position += n;
    }
    if (end == layout.claimedPlaintextLength()) {
      // a range ending at the end of the message must prove that the end is genuine
      plaintextLength();
    }
  }

  /** The bytes of a range, for small ranges. */
  public byte[] readRange(long offset, int length) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(length);
    readRange(offset, (long) length, out);
    return out.toByteArray();
  }

  private int decryptChunk(long index) throws IOException {
    int length = layout.encryptedLength(index);
    readFully(channel, layout.chunkOffset(index), encrypted, length);
    try {
      return cipher.decrypt(index, encrypted, 0, length, plain);
    } catch (AEADBadTagException e) {
      throw FailureDiagnosis.explain(
          cipher, index, encrypted, length, layout.isFinal(index), layout.chunkCount());
    }
  }

  private static void readFully(SeekableByteChannel channel, long position, byte[] into, int length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(into, 0, length);
    channel.position(position);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        throw new TruncatedCiphertextException("the ciphertext shrank while it was being read");
      }
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
