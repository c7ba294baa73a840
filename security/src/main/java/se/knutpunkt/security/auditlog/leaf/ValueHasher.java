package se.knutpunkt.security.auditlog.leaf;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stands in for a changed value in an audit entry: HMAC-SHA-256 under a server secret, so the
 * public log never holds the value, yet whoever holds the secret (and the value) can show that an
 * entry recorded exactly that change. A plain or publicly salted hash would not do: a personnummer
 * has few enough possible values to try them all.
 *
 * <p>The field path goes into the hash too, so equal values in different fields do not look alike.
 */
public final class ValueHasher {

  private static final String PREFIX = "hmac-sha256:";
  private static final int MIN_KEY_BYTES = 32;

  private final SecretKeySpec key;

  public ValueHasher(byte[] secret) {
    if (secret.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("the value-hash secret has at least 32 bytes");
    }
    this.key = new SecretKeySpec(Arrays.copyOf(secret, secret.length), "HmacSHA256");
  }

  /** {@code hmac-sha256:<base64>} of the field path, a zero byte, and the value, in UTF-8. */
  public String hash(String fieldPath, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(fieldPath.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return PREFIX
          + Base64.getEncoder().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java platform has HMAC-SHA-256", e);
    }
  }
}
