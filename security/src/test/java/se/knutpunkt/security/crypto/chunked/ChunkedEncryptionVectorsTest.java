package se.knutpunkt.security.crypto.chunked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.knutpunkt.security.crypto.Bytes;
import se.knutpunkt.security.crypto.FileKey;
import se.knutpunkt.security.crypto.InvalidKeySizeException;
import se.knutpunkt.security.crypto.vectors.SharedVectors;

/**
 * Every vector of c2sp_chunked_encryption_aes_256_gcm_test.json, applied as Wycheproof's
 * doc/c2sp_chunked_encryption.md says: streaming decryption, random-access decryption, length
 * authentication, the raw-mode key and nonce, and encryption with the vector's salt.
 */
class ChunkedEncryptionVectorsTest {
  static final String FILE = "c2sp_chunked_encryption_aes_256_gcm_test.json";

  record Vector(
      int id,
      String comment,
      byte[] key,
      byte[] context,
      byte[] ciphertext,
      boolean valid,
      List<String> flags,
      long msgLength,
      String msgSha512,
      String aeadKey,
      String baseNonce) {
    boolean has(String flag) {
      return flags.contains(flag);
    }

    @Override
    public String toString() {
      return "tc " + id + " " + comment + " " + flags;
    }
  }

  static Stream<Arguments> vectors() throws IOException {
    JsonObject file = SharedVectors.wycheproof(FILE);
    List<JsonObject> tests =
        file.getJsonArray("testGroups").getValuesAs(JsonObject.class).stream()
            .flatMap(g -> g.getJsonArray("tests").getValuesAs(JsonObject.class).stream())
            .toList();
    assertThat(tests).hasSize(file.getInt("numberOfTests"));
    return tests.stream().map(ChunkedEncryptionVectorsTest::vector).map(Arguments::of);
  }

  private static Vector vector(JsonObject t) {
    try {
      return new Vector(
          t.getInt("tcId"),
          t.getString("comment"),
          Bytes.fromHex(t.getString("key")),
          Bytes.fromHex(t.getString("ctx")),
          new InflaterInputStream(new ByteArrayInputStream(Bytes.fromHex(t.getString("ct"))))
              .readAllBytes(),
          t.getString("result").equals("valid"),
          t.getJsonArray("flags").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList(),
          t.containsKey("msgLength") ? t.getJsonNumber("msgLength").longValue() : 0,
          t.getString("msgSha512", null),
          t.getString("aeadKey", null),
          t.getString("baseNonce", null));
    } catch (IOException e) {
      throw new IllegalStateException("vector " + t.getInt("tcId") + " does not inflate", e);
    }
  }

  @Test
  void allThirtyFiveVectorsAreThere() throws IOException {
    assertThat(vectors().count()).isEqualTo(35);
  }

  @ParameterizedTest(name = "streaming {0}")
  @MethodSource("vectors")
  void streamingDecryption(Vector v) throws Exception {
    if (v.has("InvalidKeySize")) {
      assertThatThrownBy(() -> FileKey.of(v.key())).isInstanceOf(InvalidKeySizeException.class);
      return;
    }
    InputStream plain =
        Cobblestone256.decrypting(
            new ByteArrayInputStream(v.ciphertext()),
            FileKey.of(v.key()),
            EncryptionContext.ofBytes(v.context()));
    MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
    long produced = 0;
    byte[] buffer = new byte[5000];
    Throwable failure = null;
    try {
      for (int n; (n = plain.read(buffer)) >= 0; ) {
        sha512.update(buffer, 0, n);
        produced += n;
      }
    } catch (CiphertextException e) {
      failure = e;
    }
    if (v.valid()) {
      assertThat(failure).isNull();
      assertThat(produced).isEqualTo(v.msgLength());
      assertThat(Bytes.hex(sha512.digest())).isEqualTo(v.msgSha512());
      return;
    }
    assertThat(failure).as("an invalid message must fail").isInstanceOf(CiphertextException.class);
    if (v.has("PartialPlaintext")) {
      // never more than the valid prefix; this implementation releases exactly that prefix
      assertThat(produced).isEqualTo(v.msgLength());
      assertThat(Bytes.hex(sha512.digest())).isEqualTo(v.msgSha512());
    } else {
      assertThat(produced).isZero();
    }
    if (v.has("HeaderFailure")) {
      assertThat(failure)
          .isInstanceOfAny(WrongKeyOrContextException.class, TruncatedCiphertextException.class);
    }
    if (v.has("WrongKey") || v.has("WrongContext")) {
      assertThat(failure).isInstanceOf(WrongKeyOrContextException.class);
    }
    if (v.has("ChunkReordering")) {
      assertThat(failure).isInstanceOf(ReorderedChunkException.class);
    }
    // and it keeps failing rather than turning into a clean end of stream
    assertThatThrownBy(() -> plain.read(buffer)).isInstanceOf(CiphertextException.class);
    assertThatThrownBy(plain::read).isInstanceOf(CiphertextException.class);
  }

  @ParameterizedTest(name = "random access {0}")
  @MethodSource("vectors")
  void randomAccessDecryption(Vector v) throws Exception {
    if (v.has("InvalidKeySize")) {
      return; // rejected when the key is made, above
    }
    FileKey key = FileKey.of(v.key());
    EncryptionContext context = EncryptionContext.ofBytes(v.context());
    if (v.valid()) {
      byte[] whole = streamed(v);
      try (ChunkedCiphertextReader reader =
          Cobblestone256.randomAccess(new InMemoryChannel(v.ciphertext()), key, context)) {
        assertThat(reader.plaintextLength()).isEqualTo(v.msgLength());
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        reader.readRange(0, v.msgLength(), all);
        assertThat(Bytes.hex(MessageDigest.getInstance("SHA-512").digest(all.toByteArray())))
            .isEqualTo(v.msgSha512());
        for (long[] range : ranges(v.msgLength())) {
          assertThat(reader.readRange(range[0], (int) range[1]))
              .isEqualTo(Arrays.copyOfRange(whole, (int) range[0], (int) (range[0] + range[1])));
        }
      }
      return;
    }
    Throwable whole =
        catchThrowable(
            () -> {
              try (ChunkedCiphertextReader reader =
                  Cobblestone256.randomAccess(new InMemoryChannel(v.ciphertext()), key, context)) {
                long claimed = ChunkLayout.of(v.ciphertext().length).claimedPlaintextLength();
                reader.readRange(0, claimed, new ByteArrayOutputStream());
              }
            });
    assertThat(whole)
        .as("reading the whole message must fail")
        .isInstanceOf(CiphertextException.class);
    Throwable length =
        catchThrowable(
            () -> {
              try (ChunkedCiphertextReader reader =
                  Cobblestone256.randomAccess(new InMemoryChannel(v.ciphertext()), key, context)) {
                reader.plaintextLength();
              }
            });
    if (v.has("ValidFinalChunk")) {
      assertThat(length).isNull();
    } else {
      assertThat(length)
          .as("authenticating the length must fail")
          .isInstanceOf(CiphertextException.class);
    }
  }

  @ParameterizedTest(name = "raw mode key and nonce {0}")
  @MethodSource("vectors")
  void derivesTheRawModeKeyAndNonce(Vector v) {
    if (v.has("HeaderFailure")) {
      return; // the vectors omit aeadKey and baseNonce there
    }
    MessageKeys keys =
        MessageKeys.derive(
            FileKey.of(v.key()),
            Arrays.copyOf(v.ciphertext(), Cobblestone256.SALT_SIZE),
            EncryptionContext.ofBytes(v.context()));
    assertThat(Bytes.hex(keys.aeadKey.getEncoded())).isEqualTo(v.aeadKey());
    assertThat(Bytes.hex(keys.baseNonce)).isEqualTo(v.baseNonce());
  }

  @ParameterizedTest(name = "encryption with the vector's salt {0}")
  @MethodSource("vectors")
  void encryptionWithTheSameSaltReproducesTheCiphertext(Vector v) throws Exception {
    if (!v.valid()) {
      return;
    }
    ByteArrayOutputStream ciphertext = new ByteArrayOutputStream();
    try (ChunkedEncryptingOutputStream out =
        new ChunkedEncryptingOutputStream(
            ciphertext,
            FileKey.of(v.key()),
            EncryptionContext.ofBytes(v.context()),
            Arrays.copyOf(v.ciphertext(), Cobblestone256.SALT_SIZE))) {
      out.write(streamed(v));
    }
    assertThat(ciphertext.toByteArray()).isEqualTo(v.ciphertext());
  }

  private static byte[] streamed(Vector v) throws IOException {
    return Cobblestone256.decrypting(
            new ByteArrayInputStream(v.ciphertext()),
            FileKey.of(v.key()),
            EncryptionContext.ofBytes(v.context()))
        .readAllBytes();
  }

  /** Ranges at the start, across chunk boundaries and at the end. */
  private static List<long[]> ranges(long length) {
    long chunk = Cobblestone256.CHUNK_SIZE;
    return Stream.of(
            new long[] {0, Math.min(length, 1)},
            new long[] {Math.max(0, chunk - 3), 7},
            new long[] {Math.max(0, 2 * chunk - 100), 16584},
            new long[] {length / 2, Math.min(length - length / 2, 1000)},
            new long[] {Math.max(0, length - 5), Math.min(length, 5)},
            new long[] {length, 0})
        .filter(r -> r[0] + r[1] <= length)
        .toList();
  }
}
