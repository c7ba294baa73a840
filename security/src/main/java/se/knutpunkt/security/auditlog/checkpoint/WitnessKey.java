package se.knutpunkt.security.auditlog.checkpoint;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * A witness's public key for Ed25519 checkpoint cosignatures (c2sp.org/tlog-cosignature, {@code
 * cosignature/v1}), in the signed-note verifier key form with signature type 0x04: {@code
 * <name>+<key ID as 8 hex digits>+<base64(0x04 ‖ 32-byte Ed25519 public key)>}. The key ID is the
 * first four bytes of SHA-256(name ‖ 0x0A ‖ 0x04 ‖ public key), so the same Ed25519 key can never
 * be mistaken for a log's note signing key (type 0x01).
 *
 * <p>What {@code audit verify --witness} is given, and what a witness publishes.
 */
public final class WitnessKey {

  private static final int PUBLIC_KEY_LENGTH = 32;

  private final KeyName name;
  private final KeyId id;
  private final byte[] publicKey;

  private WitnessKey(KeyName name, byte[] publicKey) {
    this.name = Objects.requireNonNull(name, "name");
    if (publicKey.length != PUBLIC_KEY_LENGTH) {
      throw new MalformedNoteException(
          "an Ed25519 public key has 32 bytes, not " + publicKey.length);
    }
    this.publicKey = publicKey.clone();
    this.id = KeyId.forCosignatureV1(name, this.publicKey);
  }

  public static WitnessKey ed25519(KeyName name, byte[] publicKey) {
    return new WitnessKey(name, publicKey);
  }

  /**
   * Reads a witness's verifier key.
   *
   * @throws MalformedNoteException if it is not a cosignature/v1 key (a log's note key, type 0x01,
   *     is refused: it signs checkpoints, it does not cosign them)
   */
  public static WitnessKey parse(String encoded) {
    Objects.requireNonNull(encoded, "witness key");
    KeyText text =
        KeyText.parse(
            encoded.strip(),
            "a witness key is <name>+<key id>+<base64 key>",
            name -> "the key of witness " + name);
    KeyName name = text.name();
    byte[] typed = text.typed();
    if (!text.canonicalBase64()) {
      throw new MalformedNoteException("the key of witness " + name + " is not canonical base64");
    }
    if (typed.length != 1 + PUBLIC_KEY_LENGTH || typed[0] != KeyId.COSIGNATURE_V1) {
      throw new MalformedNoteException(
          "witness "
              + name
              + " is not an Ed25519 cosignature/v1 key (type 0x04 and 32 bytes)"
              + (typed.length > 0 && typed[0] == KeyId.ED25519
                  ? "; this is a note signing key (type 0x01), such as a log's"
                  : ""));
    }
    WitnessKey key = new WitnessKey(name, Arrays.copyOfRange(typed, 1, typed.length));
    if (!key.id.equals(text.claimedId())) {
      throw new MalformedNoteException(
          "witness "
              + name
              + " claims key ID "
              + text.claimedId()
              + " but its key has ID "
              + key.id);
    }
    return key;
  }

  public KeyName name() {
    return name;
  }

  public KeyId id() {
    return id;
  }

  public String encoded() {
    byte[] typed = new byte[1 + PUBLIC_KEY_LENGTH];
    typed[0] = KeyId.COSIGNATURE_V1;
    System.arraycopy(publicKey, 0, typed, 1, PUBLIC_KEY_LENGTH);
    return name + "+" + id.hex() + "+" + Base64.getEncoder().encodeToString(typed);
  }

  /** Whether a note signature line claims to be this witness's: same key name and key ID. */
  public boolean claims(NoteSignature signature) {
    return signature.keyName().equals(name) && signature.keyId().equals(id);
  }

  /**
   * This witness's cosignature in a signed checkpoint, by the signed-note rules: lines of other
   * keys are ignored (the log's own, other witnesses'), and every line that claims this key must
   * verify. Of several valid ones, the newest.
   *
   * @return empty if no line claims this key
   * @throws NoteVerificationException if a line claims this key but does not verify over the note's
   *     text: the checkpoint was changed, or the cosignature forged
   */
  public Optional<Cosignature> verifiedIn(SignedNote note) {
    Cosignature newest = null;
    for (NoteSignature signature : note.signatures()) {
      if (!claims(signature)) {
        continue;
      }
      Cosignature cosignature = verify(note.text(), signature);
      if (newest == null || cosignature.timestamp() > newest.timestamp()) {
        newest = cosignature;
      }
    }
    return Optional.ofNullable(newest);
  }

  /**
   * Like {@link #verifiedIn}, but a note without this witness's cosignature is refused too.
   *
   * @throws NoteVerificationException if there is none, or one does not verify
   */
  public Cosignature requireIn(SignedNote note) {
    return verifiedIn(note)
        .orElseThrow(
            () ->
                new NoteVerificationException(
                    "the checkpoint has no cosignature by witness " + name + "+" + id));
  }

  /**
   * Checks one signature line of this witness over a checkpoint body.
   *
   * @throws NoteVerificationException if it is not this witness's or does not verify
   */
  public Cosignature verify(String checkpointBody, NoteSignature signature) {
    if (!claims(signature)) {
      throw new NoteVerificationException(
          "the signature of " + signature.keyName() + " is not one of witness " + name + "+" + id);
    }
    byte[] bytes = signature.signature();
    long timestamp = Cosignature.timestampOf(bytes);
    if (timestamp < 0 || !verifies(Cosignature.message(timestamp, checkpointBody), bytes)) {
      throw new NoteVerificationException(
          "the cosignature of witness "
              + name
              + "+"
              + id
              + " does not verify: the checkpoint was changed or the cosignature forged");
    }
    return new Cosignature(this, timestamp, signature);
  }

  private boolean verifies(byte[] message, byte[] timestampedSignature) {
    Ed25519PublicKeyParameters key;
    try {
      key = new Ed25519PublicKeyParameters(publicKey, 0);
    } catch (IllegalArgumentException notOnCurve) {
      return false;
    }
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, key);
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(Cosignature.ed25519Of(timestampedSignature));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WitnessKey that
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
