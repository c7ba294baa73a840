package se.knutpunkt.security.auditlog.checkpoint;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A witness's cosignature of a checkpoint (c2sp.org/tlog-cosignature, Ed25519, {@code
 * cosignature/v1}): a note signature line whose signature is {@code u64 timestamp ‖ 64-byte Ed25519
 * signature}, the Ed25519 signature being over {@code "cosignature/v1\ntime <timestamp>\n"}
 * followed by the whole checkpoint body. It says: as of that time, this is the largest checkpoint
 * of the log the witness has seen, and it is consistent with every earlier one it saw.
 *
 * <p>Only {@link WitnessSignerKey#cosign} and {@link WitnessKey#verifiedIn} make one, so holding
 * one means it was made or checked.
 */
public final class Cosignature {

  static final String HEADER = "cosignature/v1\n";
  static final int SIGNATURE_LENGTH = 8 + 64;

  private final WitnessKey witness;
  private final long timestamp;
  private final NoteSignature signature;

  Cosignature(WitnessKey witness, long timestamp, NoteSignature signature) {
    this.witness = Objects.requireNonNull(witness, "witness");
    this.timestamp = timestamp;
    this.signature = Objects.requireNonNull(signature, "signature");
  }

  /** The message a v1 cosignature signs: header line, time line, the checkpoint body. */
  static byte[] message(long timestamp, String checkpointBody) {
    if (timestamp < 0) {
      throw new IllegalArgumentException("a cosignature's time is at most 2^63 - 1 seconds");
    }
    return (HEADER + "time " + timestamp + "\n" + checkpointBody).getBytes(StandardCharsets.UTF_8);
  }

  /** The timestamp of a cosignature line's signature bytes; -1 if they are not 8 + 64 bytes. */
  static long timestampOf(byte[] signatureBytes) {
    if (signatureBytes.length != SIGNATURE_LENGTH) {
      return -1;
    }
    return ByteBuffer.wrap(signatureBytes, 0, 8).getLong();
  }

  static byte[] ed25519Of(byte[] signatureBytes) {
    return Arrays.copyOfRange(signatureBytes, 8, SIGNATURE_LENGTH);
  }

  /** Whose cosignature it is. */
  public WitnessKey witness() {
    return witness;
  }

  /** When the witness cosigned, in whole seconds, as it says. */
  public Instant time() {
    return Instant.ofEpochSecond(timestamp);
  }

  /** The POSIX timestamp as signed. */
  public long timestamp() {
    return timestamp;
  }

  /** The note signature line, to be appended to the checkpoint's note. */
  public NoteSignature signature() {
    return signature;
  }

  /** {@code — <witness name> <base64>} and a newline. */
  public String line() {
    return signature.line();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cosignature that
        && witness.equals(that.witness)
        && signature.equals(that.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(witness, signature);
  }

  @Override
  public String toString() {
    return signature.toString();
  }
}
