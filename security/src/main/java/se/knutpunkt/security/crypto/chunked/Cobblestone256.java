package se.knutpunkt.security.crypto.chunked;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import se.knutpunkt.security.crypto.FileKey;

/**
 * c2sp.org/chunked-encryption instantiated as Cobblestone-256: HKDF-Expand with SHA-512 and
 * AES-256-GCM, 16 KiB chunks, a 24-byte salt and a 32-byte key commitment, the final chunk always
 * shorter than 16 KiB. Ciphertext = salt ‖ commitment ‖ encrypted chunks.
 */
public final class Cobblestone256 {
  public static final int CHUNK_SIZE = 16 * 1024;
  public static final int TAG_SIZE = 16;
  public static final int ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE;
  public static final int SALT_SIZE = 24;
  public static final int COMMITMENT_SIZE = 32;
  public static final int HEADER_SIZE = SALT_SIZE + COMMITMENT_SIZE;

  /** The spec's ceiling: the chunk counter must stay below 2^38 (4 PiB). */
  static final long MAX_CHUNKS = 1L << 38;

  private Cobblestone256() {}

  /** The ciphertext length of a message of the given length: 56 bytes plus 16 per chunk. */
  public static long ciphertextLength(long plaintextLength) {
    long chunks = plaintextLength / CHUNK_SIZE + 1;
    return HEADER_SIZE + plaintextLength + chunks * TAG_SIZE;
  }

  /**
   * A stream that encrypts what is written to it into {@code ciphertext}. Closing it writes the
   * final short chunk: a message is not complete until the stream is closed (or {@link
   * ChunkedEncryptingOutputStream#finish() finished}).
   */
  public static ChunkedEncryptingOutputStream encrypting(
      OutputStream ciphertext, FileKey key, EncryptionContext context) throws IOException {
    return new ChunkedEncryptingOutputStream(ciphertext, key, context);
  }

  /**
   * A stream of the plaintext of {@code ciphertext}. It hands out only authenticated chunks, and
   * reports the end of the stream only after the final chunk has authenticated; every failure is a
   * {@link CiphertextException}, repeated on every later read.
   */
  public static InputStream decrypting(
      InputStream ciphertext, FileKey key, EncryptionContext context) {
    return new ChunkedDecryptingInputStream(ciphertext, key, context);
  }

  /** Random-access decryption of a ciphertext held in a seekable channel (a file, say). */
  public static ChunkedCiphertextReader randomAccess(
      SeekableByteChannel ciphertext, FileKey key, EncryptionContext context) throws IOException {
    return ChunkedCiphertextReader.open(ciphertext, key, context);
  }
}
