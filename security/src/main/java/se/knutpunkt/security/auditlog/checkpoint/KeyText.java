package se.knutpunkt.security.auditlog.checkpoint;

import java.util.Base64;
import java.util.function.Function;

/**
 * The text form both signed-note key kinds share: {@code <name>+<key id hex>+<base64 of type byte ‖
 * key>}. What the key bytes must be is left to {@link SignerKey} and {@link VerifierKey}.
 *
 * @param typed the decoded base64 part; the caller wipes it when it is secret
 * @param base64 the base64 part as written, for the caller's canonical-encoding check
 */
record KeyText(KeyName name, KeyId claimedId, byte[] typed, String base64) {

  /**
   * @param shape the expected form, named in the error when the text has another
   * @param keyOf names the key part in errors, such as "the seed of signer NAME"
   */
  static KeyText parse(String text, String shape, Function<KeyName, String> keyOf) {
    // The base64 part may itself hold '+', so split only twice.
    String[] parts = text.split("\\+", 3);
    if (parts.length != 3 || !KeyName.isValid(parts[0])) {
      throw new MalformedNoteException(shape);
    }
    KeyName name = KeyName.of(parts[0]);
    KeyId claimedId = KeyId.fromHex(parts[1]);
    try {
      return new KeyText(name, claimedId, Base64.getDecoder().decode(parts[2]), parts[2]);
    } catch (IllegalArgumentException e) {
      throw new MalformedNoteException(keyOf.apply(name) + " is not base64", e);
    }
  }

  boolean canonicalBase64() {
    return Base64.getEncoder().encodeToString(typed).equals(base64);
  }
}
