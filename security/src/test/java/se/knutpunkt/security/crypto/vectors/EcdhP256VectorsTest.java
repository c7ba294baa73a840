package se.knutpunkt.security.crypto.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.knutpunkt.security.crypto.Bytes;
import se.knutpunkt.security.crypto.keys.InvalidPublicKeyException;
import se.knutpunkt.security.crypto.keys.P256PrivateKey;
import se.knutpunkt.security.crypto.keys.P256PublicKey;

/**
 * All of ecdh_secp256r1_webcrypto_test.json through the key classes HPKE relies on: a public key
 * that is off the curve or on another curve must be refused on import, every valid pair must agree
 * on the published secret.
 */
class EcdhP256VectorsTest {

  static Stream<Arguments> vectors() {
    JsonObject file = SharedVectors.wycheproof("ecdh_secp256r1_webcrypto_test.json");
    Stream<Arguments> all =
        file.getJsonArray("testGroups").getValuesAs(JsonObject.class).stream()
            .flatMap(group -> group.getJsonArray("tests").getValuesAs(JsonObject.class).stream())
            .map(
                test ->
                    Arguments.of(
                        "tc " + test.getInt("tcId") + " " + test.getString("comment"), test));
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void ecdh(String name, JsonObject test) throws GeneralSecurityException {
    if (test.getString("result").equals("valid")) {
      P256PublicKey peer = publicKey(test.getJsonObject("public"));
      P256PrivateKey own = privateKey(test.getJsonObject("private"));
      assertThat(Bytes.hex(own.agree(peer))).isEqualTo(test.getString("shared"));
    } else {
      assertThatThrownBy(
              () ->
                  privateKey(test.getJsonObject("private"))
                      .agree(publicKey(test.getJsonObject("public"))))
          .isInstanceOf(InvalidPublicKeyException.class);
    }
  }

  @org.junit.jupiter.api.Test
  void theFileHoldsEveryVectorItClaims() {
    JsonObject file = SharedVectors.wycheproof("ecdh_secp256r1_webcrypto_test.json");
    assertThat(vectors().count()).isEqualTo(file.getInt("numberOfTests")).isEqualTo(353);
  }

  static P256PublicKey publicKey(JsonObject jwk) throws InvalidPublicKeyException {
    if (!"EC".equals(jwk.getString("kty")) || !"P-256".equals(jwk.getString("crv"))) {
      throw new InvalidPublicKeyException("not a P-256 key: " + jwk.getString("crv"));
    }
    return P256PublicKey.fromAffine(base64url(jwk, "x"), base64url(jwk, "y"));
  }

  private static P256PrivateKey privateKey(JsonObject jwk) throws GeneralSecurityException {
    return P256PrivateKey.fromScalar(base64url(jwk, "d"));
  }

  private static byte[] base64url(JsonObject jwk, String name) {
    return Base64.getUrlDecoder().decode(jwk.getString(name));
  }
}
