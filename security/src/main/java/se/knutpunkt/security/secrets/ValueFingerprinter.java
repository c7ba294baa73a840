package se.knutpunkt.security.secrets;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed fingerprints of values (HMAC-SHA-256 under a server secret) for the audit trail: two
 * entries can be compared ("was this the value she saw?") without the trail holding the value, and
 * without anyone lacking the secret being able to guess short values from it.
 */
public final class ValueFingerprinter {

  private static final String ALGORITHM = "HmacSHA256";
  private final SecretKeySpec key;

  public ValueFingerprinter(byte[] secret) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("the fingerprint secret needs at least 32 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  /** The fingerprint of a value in the context of its field, base64url without padding. */
  public String fingerprint(String context, String value) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(context.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }
}
