package se.knutpunkt.security.crypto.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.knutpunkt.security.crypto.AesGcm;
import se.knutpunkt.security.crypto.Bytes;

/** Every group of Wycheproof's aes_gcm_test.json, 128-, 192- and 256-bit keys alike. */
class AesGcmVectorsTest {

  static Stream<Arguments> vectors() {
    JsonObject file = SharedVectors.wycheproof("aes_gcm_test.json");
    List<Arguments> all = new ArrayList<>();
    for (JsonObject group : file.getJsonArray("testGroups").getValuesAs(JsonObject.class)) {
      for (JsonObject test : group.getJsonArray("tests").getValuesAs(JsonObject.class)) {
        all.add(
            Arguments.of(
                "tc "
                    + test.getInt("tcId")
                    + " key "
                    + group.getInt("keySize")
                    + " iv "
                    + group.getInt("ivSize"),
                test));
      }
    }
    assertThat(all).hasSize(file.getInt("numberOfTests"));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void aesGcm(String name, JsonObject test) throws GeneralSecurityException {
    byte[] key = hex(test, "key");
    byte[] iv = hex(test, "iv");
    byte[] aad = hex(test, "aad");
    byte[] msg = hex(test, "msg");
    byte[] sealed = Bytes.concat(hex(test, "ct"), hex(test, "tag"));
    if (test.getString("result").equals("valid")) {
      assertThat(AesGcm.seal(key, iv, aad, msg)).isEqualTo(sealed);
      assertThat(AesGcm.open(key, iv, aad, sealed)).isEqualTo(msg);
    } else {
      assertThatThrownBy(() -> AesGcm.open(key, iv, aad, sealed))
          .isInstanceOf(GeneralSecurityException.class);
    }
  }

  private static byte[] hex(JsonObject test, String name) {
    return Bytes.fromHex(test.getString(name));
  }
}
