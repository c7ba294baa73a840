package se.knutpunkt.security.token;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the RSA signing keys of a JSON Web Key Set (RFC 7517), as Keycloak publishes them at {@code
 * /protocol/openid-connect/certs}. Keys for other uses or types are left out.
 */
public final class JsonWebKeys {

  private JsonWebKeys() {}

  public static Map<String, RSAPublicKey> rsaSigningKeys(String jwksJson) {
    Map<String, RSAPublicKey> keys = new HashMap<>();
    try (JsonReader reader = Json.createReader(new StringReader(jwksJson))) {
      for (JsonValue value : reader.readObject().getJsonArray("keys")) {
        JsonObject jwk = value.asJsonObject();
        if (!"RSA".equals(jwk.getString("kty", null))
            || !"sig".equals(jwk.getString("use", "sig"))
            || !jwk.containsKey("kid")) {
          continue;
        }
        keys.put(jwk.getString("kid"), rsaKey(jwk.getString("n"), jwk.getString("e")));
      }
    } catch (JsonException | ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("not a JSON Web Key Set", e);
    }
    return keys;
  }

  private static RSAPublicKey rsaKey(String modulus, String exponent) {
    Base64.Decoder base64url = Base64.getUrlDecoder();
    try {
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA")
              .generatePublic(
                  new RSAPublicKeySpec(
                      new BigInteger(1, base64url.decode(modulus)),
                      new BigInteger(1, base64url.decode(exponent))));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an RSA key", e);
    }
  }
}
