package se.knutpunkt.security.crypto.hpke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.util.stream.Stream;
import org.bouncycastle.crypto.hpke.HPKEContext;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.knutpunkt.security.crypto.Bytes;
import se.knutpunkt.security.crypto.keys.P256PrivateKey;

/**
 * RFC 9180's base-mode vectors for DHKEM(P-256, HKDF-SHA256) / HKDF-SHA256 with AES-256-GCM (our
 * suite) and AES-128-GCM (Appendix A.3.1), sources named in the resource file: with the vector's
 * ephemeral key our sender produces its enc and ciphertexts, and our receiver opens them.
 */
class HpkeRfc9180VectorsTest {
  private static final String RESOURCE = "/crypto/hpke_rfc9180_p256_base.json";

  static JsonObject file() throws Exception {
    try (InputStream in = HpkeRfc9180VectorsTest.class.getResourceAsStream(RESOURCE);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }

  static Stream<JsonObject> vectors() throws Exception {
    return file().getJsonArray("vectors").getValuesAs(JsonObject.class).stream();
  }

  @ParameterizedTest(name = "{index}: aead {0}")
  @MethodSource("vectors")
  void senderReproducesEncAndEveryCiphertext(JsonObject v) throws Exception {
    JsonObject file = file();
    P256PrivateKey recipient = P256PrivateKey.fromScalar(hex(v, "skRm"));
    P256PrivateKey ephemeral = P256PrivateKey.fromScalar(hex(v, "skEm"));
    assertThat(Bytes.hex(recipient.publicKey().uncompressed())).isEqualTo(v.getString("pkRm"));

    HPKEContextWithEncapsulation sender =
        Hpke.senderContext(
            (short) v.getInt("aead_id"),
            recipient.publicKey(),
            HpkeInfo.ofBytes(hex(file, "info")),
            ephemeral);
    assertThat(Bytes.hex(sender.getEncapsulation())).isEqualTo(v.getString("enc"));
    for (JsonObject encryption : v.getJsonArray("encryptions").getValuesAs(JsonObject.class)) {
      assertThat(Bytes.hex(sender.seal(hex(encryption, "aad"), hex(file, "pt"))))
          .as("sequence %d", encryption.getInt("seq"))
          .isEqualTo(encryption.getString("ct"));
    }
  }

  @ParameterizedTest(name = "{index}: aead {0}")
  @MethodSource("vectors")
  void receiverOpensEveryCiphertext(JsonObject v) throws Exception {
    JsonObject file = file();
    HPKEContext receiver =
        Hpke.receiverContext(
            (short) v.getInt("aead_id"),
            P256PrivateKey.fromScalar(hex(v, "skRm")),
            HpkeInfo.ofBytes(hex(file, "info")),
            hex(v, "enc"));
    for (JsonObject encryption : v.getJsonArray("encryptions").getValuesAs(JsonObject.class)) {
      assertThat(Bytes.hex(receiver.open(hex(encryption, "aad"), hex(encryption, "ct"))))
          .isEqualTo(file.getString("pt"));
    }
  }

  @Test
  void ourSuiteVectorIsThere() throws Exception {
    assertThat(vectors().map(v -> v.getInt("aead_id"))).contains((int) Hpke.AES_256_GCM);
  }

  @Test
  void theSingleShotOpenAuthenticatesTheAad() throws Exception {
    // our wrapped keys are sequence 0 with empty AAD; the vector's sequence 0 has AAD "Count-0"
    JsonObject file = file();
    JsonObject v = vectors().filter(x -> x.getInt("aead_id") == Hpke.AES_256_GCM).findFirst().get();
    JsonObject first = v.getJsonArray("encryptions").getJsonObject(0);
    WrappedKey asWrapped = new WrappedKey(hex(v, "enc"), hex(first, "ct"));
    assertThatThrownBy(
            () ->
                Hpke.open(
                    P256PrivateKey.fromScalar(hex(v, "skRm")),
                    HpkeInfo.ofBytes(hex(file, "info")),
                    asWrapped))
        .isInstanceOf(KeyUnwrapException.class);
  }

  private static byte[] hex(JsonObject object, String name) {
    return Bytes.fromHex(object.getString(name));
  }
}
