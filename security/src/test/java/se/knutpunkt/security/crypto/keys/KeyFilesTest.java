package se.knutpunkt.security.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeyFilesTest {
  private static P256PrivateKey key;
  private static String keyFile;

  @BeforeAll
  static void writeOnce() {
    // 600 000 PBKDF2 iterations take a moment: one key file serves the whole class
    key = P256PrivateKey.generate();
    keyFile = EncryptedKeyFile.write(key, Passphrase.of("korrekt hästbatteri"));
  }

  @Test
  void theRightPassphraseOpensTheKeyFile() throws Exception {
    assertThat(keyFile).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    P256PrivateKey opened = EncryptedKeyFile.read(keyFile, Passphrase.of("korrekt hästbatteri"));
    assertThat(opened.publicKey()).isEqualTo(key.publicKey());
    assertThat(opened.scalar()).isEqualTo(key.scalar());
  }

  @Test
  void aWrongPassphraseIsReportedAsSuch() {
    assertThatThrownBy(() -> EncryptedKeyFile.read(keyFile, Passphrase.of("korrekt hastbatteri")))
        .isInstanceOf(WrongPassphraseException.class)
        .hasMessage("wrong passphrase for this key file");
  }

  @Test
  void aPublicKeyFileIsNotAPrivateKeyFile() {
    assertThatThrownBy(() -> EncryptedKeyFile.read(key.publicKey().toPem(), Passphrase.of("x")))
        .isInstanceOf(MalformedKeyFileException.class)
        .hasMessageContaining("\"PUBLIC KEY\"");
  }

  @Test
  void garbageIsAMalformedKeyFile() {
    assertThatThrownBy(() -> EncryptedKeyFile.read("hello", Passphrase.of("x")))
        .isInstanceOf(MalformedKeyFileException.class);
    String damaged =
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
            + Base64.getEncoder().encodeToString(new byte[] {0x30, 0x03, 0x02, 0x01, 0x00})
            + "\n-----END ENCRYPTED PRIVATE KEY-----\n";
    assertThatThrownBy(() -> EncryptedKeyFile.read(damaged, Passphrase.of("x")))
        .isInstanceOf(MalformedKeyFileException.class);
  }

  @Test
  void tooFewIterationsAreRefused() {
    // made by openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -iter 2048 (its default)
    String weak =
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
            + "MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAi6BpnK5RYINwICCAAw\n"
            + "DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEELWCJNEic1nirubk+fS0MmYEgZB2\n"
            + "V0sd3o5C6Rdl77Nu0lyaTyecxtFTzxPPa8k6+3MfyoCfhHfu11cVo8abvsUlPvKK\n"
            + "1J1xInt2EWQWY1GovOby87nNeIrvBWuP4cfQXDLqKe3c1LpGDbneADEn/GjvzOL0\n"
            + "zsbmejmWE2AHWj97jweCW+Z/wrazhlL18I2kx7d1oToUi6Z8VTMwx858+64KjWQ=\n"
            + "-----END ENCRYPTED PRIVATE KEY-----\n";
    assertThatThrownBy(() -> EncryptedKeyFile.read(weak, Passphrase.of("x")))
        .isInstanceOf(UnsupportedKeyFileException.class)
        .hasMessageContaining("2048 PBKDF2 iterations");
  }

  @Test
  void anEmptyPassphraseProtectsNothing() {
    assertThatThrownBy(() -> EncryptedKeyFile.write(key, Passphrase.of("")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void publicKeysRoundTripThroughPem() throws Exception {
    String pem = key.publicKey().toPem();
    assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----");
    assertThat(P256PublicKey.fromPem(pem)).isEqualTo(key.publicKey());
    // SPKI: id-ecPublicKey, prime256v1, 65-byte point: 91 bytes in all
    assertThat(key.publicKey().toSpki()).hasSize(91);
  }

  @Test
  void pkcs8RoundTripsAndRejectsAForeignPublicKey() throws Exception {
    byte[] pkcs8 = key.toPkcs8();
    assertThat(P256PrivateKey.fromPkcs8(pkcs8).publicKey()).isEqualTo(key.publicKey());
    byte[] inconsistent = pkcs8.clone();
    inconsistent[inconsistent.length - 1] ^= 1; // last byte of the embedded public point
    assertThatThrownBy(() -> P256PrivateKey.fromPkcs8(inconsistent))
        .isInstanceOf(MalformedKeyFileException.class);
  }

  @Test
  void aPointOffTheCurveIsNoPublicKey() {
    byte[] point = key.publicKey().uncompressed();
    point[64] ^= 1;
    assertThatThrownBy(() -> P256PublicKey.fromUncompressed(point))
        .isInstanceOf(InvalidPublicKeyException.class);
  }
}
