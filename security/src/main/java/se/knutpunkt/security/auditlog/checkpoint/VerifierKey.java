package se.knutpunkt.security.auditlog.checkpoint;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * A public key that verifies signed notes, in the signed-note text form {@code <name>+<key ID as 8
 * hex digits>+<base64(0x01 ‖ 32-byte Ed25519 public key)>} — what {@code GET /audit/public-key}
 * serves and what an auditor pins.
 */
public final class VerifierKey {

  private static final int PUBLIC_KEY_LENGTH = 32;

  private final KeyName name;
  private final KeyId id;
  private final byte[] publicKey;

  private VerifierKey(KeyName name, byte[] publicKey) {
    this.name = Objects.requireNonNull(name, "name");
    if (publicKey.length != PUBLIC_KEY_LENGTH) {
      throw new MalformedNoteException(
          "an Ed25519 public key has 32 bytes, not " + publicKey.length);
    }
    this.publicKey = publicKey.clone();
    this.id = KeyId.forEd25519(name, this.publicKey);
  }

  public static VerifierKey ed25519(KeyName name, byte[] publicKey) {
    return new VerifierKey(name, publicKey);
  }

  public static VerifierKey parse(String encoded) {
    Objects.requireNonNull(encoded, "verifier key");
    String trimmed = encoded.strip();
    KeyText text =
        KeyText.parse(
            trimmed,
            "a verifier key is <name>+<key id>+<base64 key>",
            name -> "the key of verifier " + name);
    KeyName name = text.name();
    KeyId claimedId = text.claimedId();
    byte[] typed = text.typed();
    if (!text.canonicalBase64()) {
      throw new MalformedNoteException("the key of verifier " + name + " is not canonical base64");
    }
    if (typed.length != 1 + PUBLIC_KEY_LENGTH || typed[0] != KeyId.ED25519) {
      throw new MalformedNoteException(
          "verifier " + name + " is not an Ed25519 key (type 0x01 and 32 bytes)");
    }
    VerifierKey key = new VerifierKey(name, Arrays.copyOfRange(typed, 1, typed.length));
    if (!key.id.equals(claimedId)) {
      throw new MalformedNoteException(
          "verifier " + name + " claims key ID " + claimedId + " but its key has ID " + key.id);
    }
    return key;
  }

  public KeyName name() {
    return name;
  }

  public KeyId id() {
    return id;
  }

  public byte[] publicKey() {
    return publicKey.clone();
  }

  public String encoded() {
    byte[] typed = new byte[1 + PUBLIC_KEY_LENGTH];
    typed[0] = KeyId.ED25519;
    System.arraycopy(publicKey, 0, typed, 1, PUBLIC_KEY_LENGTH);
    return name + "+" + id.hex() + "+" + Base64.getEncoder().encodeToString(typed);
  }

  /**
   * Checks the note by the rules of C2SP signed-note: signatures by other keys are ignored (they
   * may be witnesses' or a rotated key's), every signature by this key must verify, and at least
   * one must be there.
   *
   * @return the signed text, now trustworthy
   * @throws NoteVerificationException if no signature by this key verifies, or one fails
   */
  public String verify(SignedNote note) {
    byte[] message = note.text().getBytes(StandardCharsets.UTF_8);
    int verified = 0;
    for (NoteSignature signature : note.signatures()) {
      if (!signature.keyName().equals(name) || !signature.keyId().equals(id)) {
        continue;
      }
      if (!verifies(message, signature.signature())) {
        throw new NoteVerificationException(
            "the signature of "
                + name
                + "+"
                + id
                + " does not verify: the note was changed or forged");
      }
      verified++;
    }
    if (verified == 0) {
      throw new NoteVerificationException("the note has no signature by " + name + "+" + id);
    }
    return note.text();
  }

  private boolean verifies(byte[] message, byte[] signature) {
    if (signature.length != 64) {
      return false;
    }
    Ed25519PublicKeyParameters key;
    try {
      key = new Ed25519PublicKeyParameters(publicKey, 0);
    } catch (IllegalArgumentException notOnCurve) {
      return false;
    }
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, key);
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(signature);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VerifierKey that
        && name.equals(that.name)
        && Arrays.equals(publicKey, that.publicKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(publicKey));
  }

  @Override
  public String toString() {
    return encoded();
  }
}
