package se.knutpunkt.security.token;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks an OAuth access token of the realm (a compact JWS, RFC 7515/7519) without the identity
 * provider: RS256 signature by a key of the realm, issuer, audience, Keycloak's type {@code Bearer}
 * (an ID token is no access token), and expiry and not-before within a clock skew. Nothing else is
 * accepted: no {@code alg: none}, no HMAC, no embedded keys.
 *
 * <p>Done here rather than by Payara's access-token identity store, which keeps each token in a
 * session-scoped bean and so opened an HTTP session for every API call (ADR 0007).
 */
public final class AccessTokenVerifier {

  private static final Pattern COMPACT_JWS =
      Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
  private static final int MAX_TOKEN_LENGTH = 16_384;
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private final RealmKeys keys;
  private final String issuer;
  private final String audience;
  private final Clock clock;
  private final Duration skew;

  public AccessTokenVerifier(
      RealmKeys keys, String issuer, String audience, Clock clock, Duration skew) {
    this.keys = Objects.requireNonNull(keys);
    this.issuer = Objects.requireNonNull(issuer);
    this.audience = Objects.requireNonNull(audience);
    this.clock = Objects.requireNonNull(clock);
    this.skew = Objects.requireNonNull(skew);
  }

  public VerifiedToken verify(String token) {
    if (token.length() > MAX_TOKEN_LENGTH || !COMPACT_JWS.matcher(token).matches()) {
      throw new InvalidTokenException("The access token is not a signed JWT.");
    }
    int firstDot = token.indexOf('.');
    int secondDot = token.indexOf('.', firstDot + 1);
    JsonObject header = json(token.substring(0, firstDot));
    if (!"RS256".equals(text(header, "alg"))) {
      throw new InvalidTokenException("The access token is not signed with RS256.");
    }
    RSAPublicKey key =
        keys.key(text(header, "kid"))
            .orElseThrow(
                () ->
                    new InvalidTokenException(
                        "The access token is not valid: it is signed by an unknown key."));
    if (!signatureHolds(token.substring(0, secondDot), token.substring(secondDot + 1), key)) {
      throw new InvalidTokenException(
          "The access token is not valid: its signature does not hold.");
    }
    JsonObject claims = json(token.substring(firstDot + 1, secondDot));
    if (!issuer.equals(text(claims, "iss"))) {
      throw new InvalidTokenException("The access token is not valid: it is from another issuer.");
    }
    if (!"Bearer".equals(text(claims, "typ"))) {
      throw new InvalidTokenException("The token is not an access token.");
    }
    VerifiedToken verified = new VerifiedToken(claims);
    if (!verified.strings("aud").contains(audience)) {
      throw new InvalidTokenException("The access token is not meant for this API (audience).");
    }
    Instant now = clock.instant();
    if (!claims.containsKey("exp") || !now.isBefore(seconds(claims, "exp").plus(skew))) {
      throw new InvalidTokenException("The access token is not valid: it has expired.");
    }
    if (claims.containsKey("nbf") && now.plus(skew).isBefore(seconds(claims, "nbf"))) {
      throw new InvalidTokenException("The access token is not valid yet.");
    }
    return verified;
  }

  private static boolean signatureHolds(String signedPart, String signature, RSAPublicKey key) {
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initVerify(key);
      rs256.update(signedPart.getBytes(StandardCharsets.US_ASCII));
      return rs256.verify(Base64.getUrlDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static JsonObject json(String base64url) {
    try (JsonReader reader =
        READERS.createReader(
            new ByteArrayInputStream(Base64.getUrlDecoder().decode(base64url)),
            StandardCharsets.UTF_8)) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidTokenException("The access token is not a JWT.");
      }
      return value.asJsonObject();
    } catch (JsonException | IllegalArgumentException e) {
      throw new InvalidTokenException("The access token is not a JWT.");
    }
  }

  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof jakarta.json.JsonString s ? s.getString() : null;
  }

  private static Instant seconds(JsonObject claims, String name) {
    JsonValue value = claims.get(name);
    if (!(value instanceof JsonNumber number)) {
      throw new InvalidTokenException("The access token's '" + name + "' is not a time.");
    }
    try {
      return Instant.ofEpochSecond(number.longValueExact());
    } catch (ArithmeticException | java.time.DateTimeException e) {
      throw new InvalidTokenException("The access token's '" + name + "' is not a time.");
    }
  }
}
