package se.knutpunkt.security.auditlog.checkpoint;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * A witness's Ed25519 key that cosigns checkpoints (c2sp.org/tlog-cosignature, {@code
 * cosignature/v1}). Text form, for the witness's own key file only: {@code PRIVATE+KEY+<name>+<key
 * ID>+<base64(0x04 ‖ 32-byte seed)>} — the signed-note private key form with the cosignature type,
 * so that a log's signing key file and a witness's are never taken for each other. Never shown by
 * {@link #toString()}.
 *
 * <p>Cosigning is a promise: a witness cosigns a checkpoint only after it checked that the
 * checkpoint is consistent with the last one it cosigned for that log. This class only signs; the
 * caller checks.
 */
public final class WitnessSignerKey {

  private static final String PREFIX = "PRIVATE+KEY+";
  private static final int SEED_LENGTH = Ed25519PrivateKeyParameters.KEY_SIZE;

  private final KeyName name;
  private final Ed25519PrivateKeyParameters privateKey;
  private final WitnessKey witnessKey;

  private WitnessSignerKey(KeyName name, byte[] seed) {
    this.name = Objects.requireNonNull(name, "name");
    this.privateKey = new Ed25519PrivateKeyParameters(seed, 0);
    this.witnessKey = WitnessKey.ed25519(name, privateKey.generatePublicKey().getEncoded());
  }

  public static WitnessSignerKey generate(KeyName name, SecureRandom random) {
    byte[] seed = new byte[SEED_LENGTH];
    random.nextBytes(seed);
    try {
      return new WitnessSignerKey(name, seed);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  /** For tests and tools: the key of a known 32-byte seed. */
  public static WitnessSignerKey fromSeed(KeyName name, byte[] seed) {
    if (seed.length != SEED_LENGTH) {
      throw new IllegalArgumentException("an Ed25519 seed has 32 bytes");
    }
    return new WitnessSignerKey(name, seed);
  }

  public static WitnessSignerKey parse(String encoded) {
    Objects.requireNonNull(encoded, "witness signer key");
    String trimmed = encoded.strip();
    if (!trimmed.startsWith(PREFIX)) {
      throw new MalformedNoteException("a witness signer key starts with " + PREFIX);
    }
    KeyText text =
        KeyText.parse(
            trimmed.substring(PREFIX.length()),
            "a witness signer key is PRIVATE+KEY+<name>+<key id>+<base64 seed>",
            name -> "the seed of witness " + name);
    byte[] typed = text.typed();
    try {
      if (!text.canonicalBase64()
          || typed.length != 1 + SEED_LENGTH
          || typed[0] != KeyId.COSIGNATURE_V1) {
        throw new MalformedNoteException(
            "witness "
                + text.name()
                + " is not an Ed25519 cosignature/v1 seed (type 0x04 and 32 bytes)");
      }
      WitnessSignerKey key =
          new WitnessSignerKey(text.name(), Arrays.copyOfRange(typed, 1, typed.length));
      if (!key.witnessKey.id().equals(text.claimedId())) {
        throw new MalformedNoteException(
            "witness "
                + text.name()
                + " claims key ID "
                + text.claimedId()
                + " but its key has ID "
                + key.witnessKey.id());
      }
      return key;
    } finally {
      Arrays.fill(typed, (byte) 0);
    }
  }

  public KeyName name() {
    return name;
  }

  /** The public half, to publish and to give {@code audit verify --witness}. */
  public WitnessKey witnessKey() {
    return witnessKey;
  }

  /** The text form, secret: for the key file only. */
  public String encoded() {
    byte[] typed = new byte[1 + SEED_LENGTH];
    typed[0] = KeyId.COSIGNATURE_V1;
    System.arraycopy(privateKey.getEncoded(), 0, typed, 1, SEED_LENGTH);
    try {
      return PREFIX
          + name
          + "+"
          + witnessKey.id().hex()
          + "+"
          + Base64.getEncoder().encodeToString(typed);
    } finally {
      Arrays.fill(typed, (byte) 0);
    }
  }

  /** Cosigns a checkpoint as of {@code time} (whole seconds; the spec's timestamp). */
  public Cosignature cosign(Checkpoint checkpoint, Instant time) {
    return cosign(checkpoint.body(), time.getEpochSecond());
  }

  Cosignature cosign(String checkpointBody, long timestamp) {
    SignedNote.requireValidText(checkpointBody);
    byte[] message = Cosignature.message(timestamp, checkpointBody);
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, privateKey);
    signer.update(message, 0, message.length);
    byte[] signature =
        ByteBuffer.allocate(Cosignature.SIGNATURE_LENGTH)
            .putLong(timestamp)
            .put(signer.generateSignature())
            .array();
    return new Cosignature(
        witnessKey, timestamp, new NoteSignature(name, witnessKey.id(), signature));
  }

  @Override
  public String toString() {
    return "witness key " + witnessKey.encoded() + " (private part not shown)";
  }
}
