package se.knutpunkt.security.token;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The claims of an access token whose signature, issuer, audience, type and times were checked. */
public final class VerifiedToken {

  private final JsonObject claims;

  VerifiedToken(JsonObject claims) {
    this.claims = claims;
  }

  public Optional<String> string(String name) {
    JsonValue value = claims.get(name);
    return value instanceof JsonString text ? Optional.of(text.getString()) : Optional.empty();
  }

  /** A claim holding a list of strings (a single string counts as a list of one). */
  public List<String> strings(String name) {
    JsonValue value = claims.get(name);
    if (value instanceof JsonString text) {
      return List.of(text.getString());
    }
    if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
      return value.asJsonArray().stream()
          .filter(JsonString.class::isInstance)
          .map(v -> ((JsonString) v).getString())
          .toList();
    }
    return List.of();
  }

  public Instant expiresAt() {
    return Instant.ofEpochSecond(claims.getJsonNumber("exp").longValueExact());
  }

  /** The token's id (jti), if it has one. */
  public Optional<String> id() {
    return string("jti");
  }
}
