package se.knutpunkt.security.crypto.chunked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.knutpunkt.security.crypto.FileKey;

class ChunkedEncryptionTest {
  private static final int CHUNK = Cobblestone256.CHUNK_SIZE;
  private static final int ENCRYPTED = Cobblestone256.ENCRYPTED_CHUNK_SIZE;
  private final FileKey key = FileKey.random();
  private final EncryptionContext context = EncryptionContext.of("attachment 42");

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 5})
  void roundTripsAtEveryBoundary(int size) throws IOException {
    byte[] message = random(size);
    byte[] ciphertext = encrypt(message);
    assertThat((long) ciphertext.length).isEqualTo(Cobblestone256.ciphertextLength(size));
    assertThat(decrypt(ciphertext)).isEqualTo(message);
  }

  @Test
  void theFinalChunkIsAlwaysShort() throws IOException {
    // 16 KiB of plaintext becomes one full chunk and one empty final chunk
    assertThat(encrypt(random(CHUNK))).hasSize(56 + ENCRYPTED + 16);
    assertThat(encrypt(new byte[0])).hasSize(56 + 16);
  }

  @Test
  void writePatternsDoNotChangeTheMessage() throws IOException {
    byte[] message = random(3 * CHUNK + 123);
    ByteArrayOutputStream ciphertext = new ByteArrayOutputStream();
    try (ChunkedEncryptingOutputStream out = Cobblestone256.encrypting(ciphertext, key, context)) {
      Random sizes = new Random(7);
      int position = 0;
      while (position < message.length) {
        int n = Math.min(message.length - position, sizes.nextInt(3 * CHUNK));
        if (n == 1) {
          out.write(message[position]);
        } else {
          out.write(message, position, n);
        }
        position += n;
      }
    }
    assertThat(decrypt(ciphertext.toByteArray())).isEqualTo(message);
  }

  @Test
  void everyMessageGetsAFreshSalt() throws IOException {
    byte[] message = random(100);
    assertThat(encrypt(message)).isNotEqualTo(encrypt(message));
  }

  @Test
  void theWrongKeyIsRejectedBeforeAnyChunk() throws IOException {
    byte[] ciphertext = encrypt(random(100));
    assertThatThrownBy(
            () ->
                Cobblestone256.decrypting(
                        new ByteArrayInputStream(ciphertext), FileKey.random(), context)
                    .read())
        .isInstanceOf(WrongKeyOrContextException.class)
        .hasMessageContaining("wrong key or wrong context");
  }

  @Test
  void theWrongContextIsRejected() throws IOException {
    byte[] ciphertext = encrypt(random(100));
    assertThatThrownBy(
            () ->
                Cobblestone256.decrypting(
                        new ByteArrayInputStream(ciphertext),
                        key,
                        EncryptionContext.of("attachment 43"))
                    .read())
        .isInstanceOf(WrongKeyOrContextException.class);
  }

  @Test
  void aTamperedChunkStopsTheStreamAtThatChunk() throws IOException {
    byte[] message = random(5 * CHUNK + 10);
    byte[] ciphertext = encrypt(message);
    ciphertext[56 + 2 * ENCRYPTED + 100] ^= 0x20; // inside chunk 2
    InputStream plain =
        Cobblestone256.decrypting(new ByteArrayInputStream(ciphertext), key, context);
    ByteArrayOutputStream released = new ByteArrayOutputStream();
    assertThatThrownBy(() -> plain.transferTo(released))
        .isInstanceOf(ModifiedChunkException.class)
        .hasMessageContaining("chunk 2 failed authentication");
    // exactly the two authenticated chunks came out, not one byte of chunk 2
    assertThat(released.toByteArray()).isEqualTo(Arrays.copyOf(message, 2 * CHUNK));
    assertThatThrownBy(plain::read).isInstanceOf(ModifiedChunkException.class);
  }

  @Test
  void truncationAtAChunkBoundaryIsReported() throws IOException {
    byte[] ciphertext = encrypt(random(3 * CHUNK + 10));
    byte[] truncated = Arrays.copyOf(ciphertext, 56 + 2 * ENCRYPTED);
    assertThatThrownBy(() -> decrypt(truncated))
        .isInstanceOf(TruncatedCiphertextException.class)
        .hasMessageContaining("without its final short chunk");
  }

  @Test
  void truncationInsideTheHeaderIsReported() throws IOException {
    byte[] truncated = Arrays.copyOf(encrypt(random(10)), 40);
    assertThatThrownBy(() -> decrypt(truncated))
        .isInstanceOf(TruncatedCiphertextException.class)
        .hasMessageContaining("56-byte header");
  }

  @Test
  void dataAppendedAfterTheFinalChunkIsReported() throws IOException {
    byte[] ciphertext = encrypt(random(CHUNK + 500));
    byte[] extended = Arrays.copyOf(ciphertext, ciphertext.length + 30);
    assertThatThrownBy(() -> decrypt(extended))
        .isInstanceOf(AppendedDataException.class)
        .hasMessageContaining("30 more bytes follow");
  }

  @Test
  void aWholeChunkAppendedAfterTheEndIsReported() throws IOException {
    byte[] ciphertext = encrypt(random(CHUNK + 500));
    byte[] extended = Arrays.copyOf(ciphertext, ciphertext.length + ENCRYPTED);
    System.arraycopy(ciphertext, 56, extended, ciphertext.length, ENCRYPTED);
    assertThatThrownBy(() -> decrypt(extended)).isInstanceOf(AppendedDataException.class);
  }

  @Test
  void swappedChunksAreReportedAsReordered() throws IOException {
    byte[] ciphertext = encrypt(random(4 * CHUNK + 1));
    byte[] swapped = ciphertext.clone();
    System.arraycopy(ciphertext, 56 + ENCRYPTED, swapped, 56 + 3 * ENCRYPTED, ENCRYPTED);
    System.arraycopy(ciphertext, 56 + 3 * ENCRYPTED, swapped, 56 + ENCRYPTED, ENCRYPTED);
    assertThatThrownBy(() -> decrypt(swapped))
        .isInstanceOf(ReorderedChunkException.class)
        .hasMessageContaining("chunk 1 is chunk 3 of this message");
  }

  @Test
  void randomAccessDecryptsOnlyTheChunksOfTheRange() throws IOException {
    byte[] message = random(50 * CHUNK + 77);
    InMemoryChannel channel = new InMemoryChannel(encrypt(message));
    try (ChunkedCiphertextReader reader = Cobblestone256.randomAccess(channel, key, context)) {
      long before = channel.bytesRead;
      assertThat(reader.readRange(20L * CHUNK + 5, 100))
          .isEqualTo(Arrays.copyOfRange(message, 20 * CHUNK + 5, 20 * CHUNK + 105));
      assertThat(channel.bytesRead - before).isEqualTo(ENCRYPTED);
      assertThat(reader.plaintextLength()).isEqualTo(message.length);
      assertThat(reader.readRange(message.length - 10, 10))
          .isEqualTo(Arrays.copyOfRange(message, message.length - 10, message.length));
      assertThatThrownBy(() -> reader.readRange(message.length - 10, 11))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void randomAccessRefusesATamperedChunkInTheRange() throws IOException {
    byte[] ciphertext = encrypt(random(4 * CHUNK));
    ciphertext[56 + ENCRYPTED + 7] ^= 1;
    try (ChunkedCiphertextReader reader =
        Cobblestone256.randomAccess(new InMemoryChannel(ciphertext), key, context)) {
      assertThat(reader.readRange(0, 10)).hasSize(10);
      assertThatThrownBy(() -> reader.readRange(CHUNK + 1, 10))
          .isInstanceOf(ModifiedChunkException.class);
    }
  }

  private byte[] encrypt(byte[] message) throws IOException {
    ByteArrayOutputStream ciphertext = new ByteArrayOutputStream();
    try (ChunkedEncryptingOutputStream out = Cobblestone256.encrypting(ciphertext, key, context)) {
      out.write(message);
    }
    return ciphertext.toByteArray();
  }

  private byte[] decrypt(byte[] ciphertext) throws IOException {
    return Cobblestone256.decrypting(new ByteArrayInputStream(ciphertext), key, context)
        .readAllBytes();
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }
}
