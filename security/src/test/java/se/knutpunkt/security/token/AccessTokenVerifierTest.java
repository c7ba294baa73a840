package se.knutpunkt.security.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessTokenVerifierTest {

  private static final String ISSUER = "http://127.0.0.1:8180/realms/knutpunkt";
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private static final KeyPair REALM = rsa();
  private static final KeyPair STRANGER = rsa();

  private final AccessTokenVerifier verifier =
      new AccessTokenVerifier(
          kid ->
              "k1".equals(kid) ? Optional.of((RSAPublicKey) REALM.getPublic()) : Optional.empty(),
          ISSUER,
          "knutpunkt-api",
          Clock.fixed(NOW, ZoneOffset.UTC),
          Duration.ofSeconds(60));

  private static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String claims(String... overrides) {
    Map<String, String> c =
        new java.util.LinkedHashMap<>(
            Map.of(
                "iss", "\"" + ISSUER + "\"",
                "typ", "\"Bearer\"",
                "aud", "[\"knutpunkt-api\",\"account\"]",
                "exp", Long.toString(NOW.getEpochSecond() + 300),
                "preferred_username", "\"anna.pmy\"",
                "groups", "[\"INVESTIGATOR\"]",
                "jti", "\"id-1\""));
    for (int i = 0; i < overrides.length; i += 2) {
      if (overrides[i + 1] == null) {
        c.remove(overrides[i]);
      } else {
        c.put(overrides[i], overrides[i + 1]);
      }
    }
    StringBuilder json = new StringBuilder("{");
    c.forEach(
        (k, v) ->
            json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v));
    return json.append('}').toString();
  }

  private static String token(String header, String claims, KeyPair key) {
    String signed = b64(header) + "." + b64(claims);
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key.getPrivate());
      rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
      return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token(String claims) {
    return token("{\"alg\":\"RS256\",\"kid\":\"k1\",\"typ\":\"JWT\"}", claims, REALM);
  }

  private void refused(String token, String why) {
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining(why);
  }

  @Test
  void aTokenOfTheRealmForThisApiIsAccepted() {
    VerifiedToken verified = verifier.verify(token(claims()));
    assertThat(verified.string("preferred_username")).hasValue("anna.pmy");
    assertThat(verified.strings("groups")).containsExactly("INVESTIGATOR");
    assertThat(verified.id()).hasValue("id-1");
    assertThat(verified.expiresAt()).isEqualTo(NOW.plusSeconds(300));
    assertThat(verifier.verify(token(claims("aud", "\"knutpunkt-api\"")))).isNotNull();
  }

  @Test
  void aForgedOrAlteredTokenIsRefused() {
    refused(
        token("{\"alg\":\"RS256\",\"kid\":\"k1\"}", claims(), STRANGER), "signature does not hold");
    String good = token(claims());
    String[] parts = good.split("\\.");
    refused(
        parts[0] + "." + b64(claims("preferred_username", "\"petter.pmy\"")) + "." + parts[2],
        "signature");
    refused(token("{\"alg\":\"RS256\",\"kid\":\"k9\"}", claims(), REALM), "unknown key");
  }

  @Test
  void onlyRs256IsAccepted() {
    refused(
        b64("{\"alg\":\"none\",\"kid\":\"k1\"}") + "." + b64(claims()) + ".", "not a signed JWT");
    refused(b64("{\"alg\":\"none\",\"kid\":\"k1\"}") + "." + b64(claims()) + ".AAAA", "RS256");
    refused(token("{\"alg\":\"HS256\",\"kid\":\"k1\"}", claims(), REALM), "RS256");
  }

  @Test
  void issuerAudienceAndTypeMustBeOurs() {
    refused(token(claims("iss", "\"http://evil/realms/knutpunkt\"")), "another issuer");
    refused(token(claims("aud", "[\"account\"]")), "audience");
    refused(token(claims("aud", null)), "audience");
    refused(token(claims("typ", "\"ID\"")), "not an access token");
  }

  @Test
  void expiryAndNotBeforeAllowAMinuteOfSkewAndNoMore() {
    assertThat(verifier.verify(token(claims("exp", Long.toString(NOW.getEpochSecond() - 59)))))
        .isNotNull();
    refused(token(claims("exp", Long.toString(NOW.getEpochSecond() - 60))), "expired");
    refused(token(claims("exp", null)), "expired");
    refused(token(claims("exp", "\"tomorrow\"")), "not a time");
    refused(token(claims("nbf", Long.toString(NOW.getEpochSecond() + 61))), "not valid yet");
    assertThat(verifier.verify(token(claims("nbf", Long.toString(NOW.getEpochSecond() + 59)))))
        .isNotNull();
  }

  @Test
  void garbageIsRefusedWithoutATrace() {
    refused("not-a-token", "not a signed JWT");
    refused("a.b.c", "not a JWT");
    refused(b64("[1]") + "." + b64("{}") + ".c2ln", "not a JWT");
    refused("x".repeat(20_000), "not a signed JWT");
  }

  @Test
  void readsTheRealmsRsaSigningKeysFromItsKeySet() {
    RSAPublicKey key = (RSAPublicKey) REALM.getPublic();
    Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
    String jwks =
        "{\"keys\":[{\"kid\":\"k1\",\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\""
            + b.encodeToString(key.getModulus().toByteArray())
            + "\",\"e\":\""
            + b.encodeToString(key.getPublicExponent().toByteArray())
            + "\"},{\"kid\":\"enc\",\"kty\":\"RSA\",\"use\":\"enc\",\"n\":\"AQAB\",\"e\":\"AQAB\"},"
            + "{\"kid\":\"ec\",\"kty\":\"EC\",\"crv\":\"P-256\"}]}";
    Map<String, RSAPublicKey> keys = JsonWebKeys.rsaSigningKeys(jwks);
    assertThat(keys).containsOnlyKeys("k1");
    assertThat(keys.get("k1").getModulus()).isEqualTo(key.getModulus());
  }
}
