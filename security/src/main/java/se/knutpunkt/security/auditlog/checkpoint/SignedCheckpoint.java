package se.knutpunkt.security.auditlog.checkpoint;

import java.util.Objects;

/**
 * A checkpoint together with the signed note that carries it — what {@code GET /audit/checkpoint}
 * serves. Only {@link #open} and {@link #sign} make one, so holding one means the signature was
 * made or checked.
 */
public final class SignedCheckpoint {

  private final Checkpoint checkpoint;
  private final SignedNote note;

  private SignedCheckpoint(Checkpoint checkpoint, SignedNote note) {
    this.checkpoint = checkpoint;
    this.note = note;
  }

  public static SignedCheckpoint sign(Checkpoint checkpoint, SignerKey key) {
    requireOriginIsKeyName(checkpoint, key.name());
    return new SignedCheckpoint(checkpoint, key.sign(checkpoint.body()));
  }

  /**
   * Parses a signed checkpoint and checks it: the note must be well-formed, signed by {@code key}
   * by the signed-note rules, and its origin must be the key's name.
   *
   * @throws MalformedNoteException if the text is not a signed checkpoint
   * @throws NoteVerificationException if the key's signature is missing or wrong
   */
  public static SignedCheckpoint open(String signedNote, VerifierKey key) {
    SignedNote note = SignedNote.parse(Objects.requireNonNull(signedNote, "signed note"));
    String text = key.verify(note);
    Checkpoint checkpoint = Checkpoint.parse(text);
    requireOriginIsKeyName(checkpoint, key.name());
    return new SignedCheckpoint(checkpoint, note);
  }

  private static void requireOriginIsKeyName(Checkpoint checkpoint, KeyName keyName) {
    if (!checkpoint.origin().value().equals(keyName.value())) {
      throw new NoteVerificationException(
          "checkpoint of log '" + checkpoint.origin() + "' is not one of log '" + keyName + "'");
    }
  }

  public Checkpoint checkpoint() {
    return checkpoint;
  }

  public SignedNote note() {
    return note;
  }

  /** The signed note text, as served and as remembered by verifiers. */
  public String text() {
    return note.format();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedCheckpoint that && note.equals(that.note);
  }

  @Override
  public int hashCode() {
    return note.hashCode();
  }

  @Override
  public String toString() {
    return text();
  }
}
