package se.knutpunkt.web.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.security.crypto.FileKey;
import se.knutpunkt.security.crypto.casekey.AttachmentKeyWrap;
import se.knutpunkt.security.crypto.casekey.CaseKey;
import se.knutpunkt.security.crypto.casekey.CaseKeyEpoch;
import se.knutpunkt.security.crypto.chunked.EncryptionContext;
import se.knutpunkt.security.crypto.keys.EncryptedKeyFile;
import se.knutpunkt.security.crypto.keys.P256PrivateKey;
import se.knutpunkt.security.crypto.keys.P256PublicKey;
import se.knutpunkt.security.crypto.keys.Passphrase;
import se.knutpunkt.security.crypto.keys.WrongPassphraseException;
import se.knutpunkt.security.crypto.sealed.SealedFile;

/**
 * Java and the browser open each other's output: key files both ways, sealed files both ways at the
 * chunk boundaries and at 10 MiB (1 GiB in the slow run), attachment keys wrapped under a case key.
 */
@ExtendWith(BrowserExtension.class)
class CrossImplementationTest {
  private static final String PASSPHRASE = "lösenfras för test";
  private static final int CHUNK = 16 * 1024;

  private static P256PrivateKey javaKey;
  private static BrowserSession browser;

  @BeforeAll
  static void keys(BrowserSession session) throws Exception {
    browser = session;
    // the browser holds the private key that Java wrote; Java holds its own
    javaKey = P256PrivateKey.generate();
    String keyFile = EncryptedKeyFile.write(javaKey, Passphrase.of(PASSPHRASE));
    JsonObject opened = browser.call("openKeyFile", keyFile, PASSPHRASE);
    assertThat(opened.getString("publicPem")).isEqualTo(javaKey.publicKey().toPem());
  }

  @Test
  void javaOpensAKeyFileTheBrowserWrote() throws Exception {
    JsonObject made = browser.call("newKeyFile", PASSPHRASE);
    P256PrivateKey key =
        EncryptedKeyFile.read(made.getString("keyFile"), Passphrase.of(PASSPHRASE));
    assertThat(key.publicKey()).isEqualTo(P256PublicKey.fromPem(made.getString("publicPem")));
    assertThatThrownBy(() -> EncryptedKeyFile.read(made.getString("keyFile"), Passphrase.of("fel")))
        .isInstanceOf(WrongPassphraseException.class);
  }

  @Test
  void theBrowserNamesAWrongPassphraseAndAMalformedKeyFile() {
    String keyFile = EncryptedKeyFile.write(P256PrivateKey.generate(), Passphrase.of("rätt"));
    assertThat(browser.call("openKeyFile", keyFile, "fel").getJsonObject("error").getString("code"))
        .isEqualTo("WRONG_PASSPHRASE");
    assertThat(browser.call("openKeyFile", "hello", "x").getJsonObject("error").getString("code"))
        .isEqualTo("MALFORMED_KEY_FILE");
    // restore the key the other tests rely on
    browser.call(
        "openKeyFile", EncryptedKeyFile.write(javaKey, Passphrase.of(PASSPHRASE)), PASSPHRASE);
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 10 << 20})
  void javaOpensWhatTheBrowserSealed(int size) throws IOException {
    browserSealsAndJavaOpens("b2j-" + size, size);
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 10 << 20})
  void theBrowserOpensWhatJavaSealed(int size) throws IOException {
    javaSealsAndBrowserOpens("j2b-" + size, size);
  }

  @Test
  @Tag("slow")
  void oneGibibyteBothWays() throws IOException {
    browserSealsAndJavaOpens("b2j-1g", 1L << 30);
    javaSealsAndBrowserOpens("j2b-1g", 1L << 30);
  }

  @Test
  void theBrowserRefusesATamperedSealedFileAndReleasesOnlyAuthenticatedChunks() throws IOException {
    String name = "tampered";
    Path file = browser.server.file(name);
    try (InputStream content = TestPattern.stream(5, 5 * CHUNK);
        OutputStream out = Files.newOutputStream(file)) {
      SealedFile.seal(content, out, javaKey.publicKey());
    }
    byte[] sealed = Files.readAllBytes(file);
    sealed[SealedFile.HEADER_BYTES + 56 + 3 * (CHUNK + 16) + 9] ^= 1;
    Files.write(file, sealed);
    JsonObject result = browser.call("openFromServer", name, 5 * CHUNK, 5);
    assertThat(result.getJsonObject("error").getString("code")).isEqualTo("CHUNK_MODIFIED");
    assertThat(result.getJsonNumber("released").longValue()).isEqualTo(3L * CHUNK);
  }

  @Test
  void attachmentKeysWrappedInTheBrowserOpenInJavaAndBack() throws Exception {
    JsonObject made = browser.call("attachmentKeys");
    HexFormat hex = HexFormat.of();
    CaseKey caseKey =
        CaseKey.of(
            CaseId.of(made.getString("caseId")),
            new CaseKeyEpoch(made.getInt("epoch")),
            hex.parseHex(made.getString("caseKey")));
    UUID attachment = UUID.fromString(made.getString("attachment"));
    FileKey fileKey =
        AttachmentKeyWrap.unwrap(caseKey, attachment, hex.parseHex(made.getString("wrapped")));
    assertThat(fileKey).isEqualTo(FileKey.of(hex.parseHex(made.getString("fileKey"))));
    assertThat(EncryptionContext.of(made.getString("context")))
        .isEqualTo(EncryptionContext.attachment(attachment));

    FileKey another = FileKey.random();
    byte[] wrapped = AttachmentKeyWrap.wrap(caseKey, attachment, another);
    JsonObject unwrapped =
        browser.call(
            "unwrapAttachment",
            made.getString("caseKey"),
            made.getString("caseId"),
            made.getInt("epoch"),
            made.getString("attachment"),
            hex.formatHex(wrapped));
    assertThat(unwrapped.getString("fileKey")).isEqualTo(hex.formatHex(another.bytes()));
    JsonObject wrongAttachment =
        browser.call(
            "unwrapAttachment",
            made.getString("caseKey"),
            made.getString("caseId"),
            made.getInt("epoch"),
            UUID.randomUUID().toString(),
            hex.formatHex(wrapped));
    assertThat(wrongAttachment.getJsonObject("error").getString("code"))
        .isEqualTo("KEY_UNWRAP_FAILED");
  }

  private void browserSealsAndJavaOpens(String name, long size) throws IOException {
    int seed = (int) size ^ 0x5eed;
    JsonObject sealed = browser.call("sealToServer", name, size, javaKey.publicKey().toPem(), seed);
    Path file = browser.server.file(name);
    assertThat(Files.size(file)).isEqualTo(SealedFile.sealedLength(size));
    assertThat(sealed.getJsonNumber("sealedLength").longValue()).isEqualTo(Files.size(file));
    TestPattern.Checker content = new TestPattern.Checker(seed);
    try (InputStream in = Files.newInputStream(file)) {
      SealedFile.open(in, content, javaKey);
    }
    assertThat(content.written).isEqualTo(size);
    assertThat(content.firstMismatch).isEqualTo(-1);
    Files.delete(file);
  }

  private void javaSealsAndBrowserOpens(String name, long size) throws IOException {
    int seed = (int) size ^ 0x7a11;
    Path file = browser.server.file(name);
    try (InputStream content = TestPattern.stream(seed, size);
        OutputStream out = Files.newOutputStream(file)) {
      SealedFile.seal(content, out, javaKey.publicKey());
    }
    JsonObject opened = browser.call("openFromServer", name, size, seed);
    assertThat(BrowserSession.isNull(opened, "error")).as(opened.toString()).isTrue();
    assertThat(opened.getJsonNumber("length").longValue()).isEqualTo(size);
    assertThat(opened.getJsonNumber("mismatch").longValue()).isEqualTo(-1);
    Files.delete(file);
  }
}
