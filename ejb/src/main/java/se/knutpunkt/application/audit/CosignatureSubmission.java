package se.knutpunkt.application.audit;

import java.util.Objects;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.security.auditlog.checkpoint.MalformedNoteException;
import se.knutpunkt.security.auditlog.checkpoint.SignedNote;
import se.knutpunkt.security.auditlog.checkpoint.WitnessKey;

/**
 * What a witness hands in ({@code POST /audit/checkpoint/cosignatures}, text/plain): a line {@code
 * witness <verifier key>}, a blank line, then the checkpoint as the witness cosigned it — the log's
 * signed note with the witness's signature line(s) added, as c2sp.org/tlog-witness's add-checkpoint
 * answer appended to the checkpoint. Lines of other keys in the note are ignored.
 *
 * <pre>
 * witness witness.example/w1+8d66cf3f+BK3...=
 *
 * knutpunkt.local/audit/3f9a2c1d0e7b
 * 1234
 * CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=
 *
 * — knutpunkt.local/audit/3f9a2c1d0e7b Az3g...
 * — witness.example/w1 jWbP...
 * </pre>
 */
public record CosignatureSubmission(WitnessKey witness, SignedNote note) {

  /** A submission is small: a checkpoint and at most a note's signatures. */
  public static final int MAX_LENGTH = 32_768;

  private static final String WITNESS = "witness ";

  public CosignatureSubmission {
    Objects.requireNonNull(witness);
    Objects.requireNonNull(note);
  }

  /** The text form, as the witness sends it. */
  public String format() {
    return WITNESS + witness.encoded() + "\n\n" + note.format();
  }

  /**
   * @throws InvalidInputException with a message key {@code audit.cosignature.*} if the text is not
   *     a submission
   */
  public static CosignatureSubmission parse(String text) {
    if (text == null || text.isEmpty()) {
      throw new InvalidInputException("body", "audit.cosignature.empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidInputException("body", "audit.cosignature.tooLong", MAX_LENGTH);
    }
    int end = text.indexOf("\n\n");
    if (!text.startsWith(WITNESS) || end < 0) {
      throw new InvalidInputException("body", "audit.cosignature.shape");
    }
    WitnessKey witness;
    try {
      witness = WitnessKey.parse(text.substring(WITNESS.length(), end));
    } catch (MalformedNoteException e) {
      throw new InvalidInputException("witness", "audit.cosignature.witnessKey", e.getMessage());
    }
    try {
      return new CosignatureSubmission(witness, SignedNote.parse(text.substring(end + 2)));
    } catch (MalformedNoteException e) {
      throw new InvalidInputException("body", "audit.cosignature.note", e.getMessage());
    }
  }
}
