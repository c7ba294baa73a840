package se.knutpunkt.security.crypto.sealed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.knutpunkt.security.crypto.FileKey;
import se.knutpunkt.security.crypto.chunked.Cobblestone256;
import se.knutpunkt.security.crypto.chunked.EncryptionContext;
import se.knutpunkt.security.crypto.chunked.ModifiedChunkException;
import se.knutpunkt.security.crypto.chunked.TruncatedCiphertextException;
import se.knutpunkt.security.crypto.hpke.Hpke;
import se.knutpunkt.security.crypto.hpke.HpkeInfo;
import se.knutpunkt.security.crypto.hpke.WrappedKey;
import se.knutpunkt.security.crypto.keys.P256PrivateKey;

class SealedFileTest {
  private final P256PrivateKey recipient = P256PrivateKey.generate();
  private final byte[] content = random(40_000);

  @Test
  void roundTrip() throws IOException {
    byte[] sealed = seal(content);
    assertThat((long) sealed.length).isEqualTo(SealedFile.sealedLength(content.length));
    assertThat(open(sealed, recipient)).isEqualTo(content);
  }

  @Test
  void theLayoutIsMagicVersionEncSealedKeyThenCobblestone() throws Exception {
    byte[] sealed = seal(content);
    assertThat(Arrays.copyOf(sealed, 8)).isEqualTo("KNPTSEAL".getBytes(StandardCharsets.US_ASCII));
    assertThat(sealed[8]).isEqualTo((byte) 1);
    assertThat(sealed[9]).isEqualTo((byte) 0x04);
    // a generic HPKE and a generic Cobblestone-256 open it, with no Knutpunkt code in between
    WrappedKey wrapped =
        new WrappedKey(Arrays.copyOfRange(sealed, 9, 74), Arrays.copyOfRange(sealed, 74, 122));
    FileKey fileKey = FileKey.of(Hpke.open(recipient, HpkeInfo.SEALED_FILE, wrapped));
    byte[] opened =
        Cobblestone256.decrypting(
                new ByteArrayInputStream(sealed, 122, sealed.length - 122),
                fileKey,
                EncryptionContext.SEALED_FILE)
            .readAllBytes();
    assertThat(opened).isEqualTo(content);
  }

  @Test
  void anotherKeyCannotOpen() throws IOException {
    byte[] sealed = seal(content);
    assertThatThrownBy(() -> open(sealed, P256PrivateKey.generate()))
        .isInstanceOf(NotSealedForThisKeyException.class)
        .hasMessageContaining("not sealed for this key");
  }

  @Test
  void somethingElseIsNotASealedFile() {
    assertThatThrownBy(() -> open("hello, world".getBytes(), recipient))
        .isInstanceOf(NotASealedFileException.class)
        .hasMessageContaining("KNPTSEAL");
  }

  @Test
  void anUnknownVersionIsRefused() throws IOException {
    byte[] sealed = seal(content);
    sealed[8] = 2;
    assertThatThrownBy(() -> open(sealed, recipient))
        .isInstanceOf(NotASealedFileException.class)
        .hasMessageContaining("version 2");
  }

  @Test
  void aModifiedKeyBlockIsRefused() throws IOException {
    byte[] sealed = seal(content);
    sealed[100] ^= 1;
    assertThatThrownBy(() -> open(sealed, recipient))
        .isInstanceOf(NotSealedForThisKeyException.class);
  }

  @Test
  void aTruncatedOrModifiedBodyIsRefused() throws IOException {
    byte[] sealed = seal(content);
    assertThatThrownBy(() -> open(Arrays.copyOf(sealed, sealed.length - 1), recipient))
        .isInstanceOf(ModifiedChunkException.class);
    assertThatThrownBy(() -> open(Arrays.copyOf(sealed, 122 + 56 + 16400), recipient))
        .isInstanceOf(TruncatedCiphertextException.class);
    assertThatThrownBy(() -> open(Arrays.copyOf(sealed, 60), recipient))
        .isInstanceOf(NotASealedFileException.class)
        .hasMessageContaining("truncated");
  }

  private byte[] seal(byte[] plain) throws IOException {
    ByteArrayOutputStream sealed = new ByteArrayOutputStream();
    SealedFile.seal(new ByteArrayInputStream(plain), sealed, recipient.publicKey());
    return sealed.toByteArray();
  }

  private static byte[] open(byte[] sealed, P256PrivateKey key) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SealedFile.open(new ByteArrayInputStream(sealed), out, key);
    return out.toByteArray();
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(1).nextBytes(bytes);
    return bytes;
  }
}
