package se.knutpunkt.security.auditlog.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The log's Ed25519 signing key. Its text form is the one Go's sumdb note package and other
 * signed-note tools read, {@code PRIVATE+KEY+<name>+<key ID>+<base64(0x01 ‖ 32-byte seed)>}, so a
 * key can be moved between tools; it never appears in {@link #toString()}.
 */
public final class SignerKey {

  private static final String PREFIX = "PRIVATE+KEY+";
  private static final int SEED_LENGTH = Ed25519PrivateKeyParameters.KEY_SIZE;

  private final KeyName name;
  private final Ed25519PrivateKeyParameters privateKey;
  private final VerifierKey verifierKey;

  private SignerKey(KeyName name, byte[] seed) {
    this.name = Objects.requireNonNull(name, "name");
    this.privateKey = new Ed25519PrivateKeyParameters(seed, 0);
    this.verifierKey = VerifierKey.ed25519(name, privateKey.generatePublicKey().getEncoded());
  }

  public static SignerKey generate(KeyName name, SecureRandom random) {
    byte[] seed = new byte[SEED_LENGTH];
    random.nextBytes(seed);
    try {
      return new SignerKey(name, seed);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  public static SignerKey parse(String encoded) {
    Objects.requireNonNull(encoded, "signer key");
    String trimmed = encoded.strip();
    if (!trimmed.startsWith(PREFIX)) {
      throw new MalformedNoteException("a signer key starts with " + PREFIX);
    }
    KeyText text =
        KeyText.parse(
            trimmed.substring(PREFIX.length()),
            "a signer key is PRIVATE+KEY+<name>+<key id>+<base64 seed>",
            name -> "the seed of signer " + name);
    KeyName name = text.name();
    KeyId claimedId = text.claimedId();
    byte[] typed = text.typed();
    try {
      if (!text.canonicalBase64() || typed.length != 1 + SEED_LENGTH || typed[0] != KeyId.ED25519) {
        throw new MalformedNoteException(
            "signer " + name + " is not an Ed25519 seed (type 0x01 and 32 bytes)");
      }
      SignerKey key = new SignerKey(name, Arrays.copyOfRange(typed, 1, typed.length));
      if (!key.verifierKey.id().equals(claimedId)) {
        throw new MalformedNoteException(
            "signer "
                + name
                + " claims key ID "
                + claimedId
                + " but its key has ID "
                + key.verifierKey.id());
      }
      return key;
    } finally {
      Arrays.fill(typed, (byte) 0);
    }
  }

  public KeyName name() {
    return name;
  }

  public VerifierKey verifierKey() {
    return verifierKey;
  }

  /** The text form, secret: for the key file only. */
  public String encoded() {
    byte[] typed = new byte[1 + SEED_LENGTH];
    typed[0] = KeyId.ED25519;
    System.arraycopy(privateKey.getEncoded(), 0, typed, 1, SEED_LENGTH);
    try {
      return PREFIX
          + name
          + "+"
          + verifierKey.id().hex()
          + "+"
          + Base64.getEncoder().encodeToString(typed);
    } finally {
      Arrays.fill(typed, (byte) 0);
    }
  }

  /** Signs a note text (ending in a newline) with this key. Ed25519 is deterministic. */
  public SignedNote sign(String text) {
    SignedNote.requireValidText(text);
    return new SignedNote(text, java.util.List.of(signature(text)));
  }

  /** Adds this key's signature to a note already signed by others (e.g. witnesses). */
  public SignedNote cosign(SignedNote note) {
    return note.withSignature(signature(note.text()));
  }

  private NoteSignature signature(String text) {
    byte[] message = text.getBytes(StandardCharsets.UTF_8);
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, privateKey);
    signer.update(message, 0, message.length);
    return new NoteSignature(name, verifierKey.id(), signer.generateSignature());
  }

  @Override
  public String toString() {
    return "signer key " + verifierKey.encoded() + " (private part not shown)";
  }
}
