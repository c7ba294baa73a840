package se.knutpunkt.security.matching;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import se.knutpunkt.domain.misuse.Matchable;

/** Makes match keys under the server's matching secret (its own, not the audit log's). */
public final class MatchKeys {

  private static final int MIN_KEY_BYTES = 32;
  private final SecretKeySpec key;

  public MatchKeys(byte[] secret) {
    if (secret.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("the matching secret has at least 32 bytes");
    }
    this.key = new SecretKeySpec(Arrays.copyOf(secret, secret.length), "HmacSHA256");
  }

  public MatchKey of(Matchable matchable) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(matchable.canonical().getBytes(StandardCharsets.UTF_8));
      return MatchKey.of(Arrays.copyOf(digest, MatchKey.BYTES));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java platform has HMAC-SHA-256", e);
    }
  }
}
