package se.knutpunkt.security.auditlog.verify;

import java.util.Optional;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;

/**
 * The outcome of one verification run. When it {@link #verified() verified}, {@link #nextState()}
 * is what to remember for the next run; when not, {@link #failure()} is the first thing that did
 * not fit, and the remembered state must be kept as it was.
 */
public final class VerificationReport {

  private final Optional<VerificationFailure> failure;
  private final Optional<SignedCheckpoint> checkpoint;
  private final long entriesChecked;
  private final long entriesAsHashOnly;
  private final Optional<RememberedLog> nextState;

  VerificationReport(
      Optional<VerificationFailure> failure,
      Optional<SignedCheckpoint> checkpoint,
      long entriesChecked,
      long entriesAsHashOnly,
      Optional<RememberedLog> nextState) {
    this.failure = failure;
    this.checkpoint = checkpoint;
    this.entriesChecked = entriesChecked;
    this.entriesAsHashOnly = entriesAsHashOnly;
    this.nextState = nextState;
  }

  public boolean verified() {
    return failure.isEmpty();
  }

  public Optional<VerificationFailure> failure() {
    return failure;
  }

  /** The newest checkpoint, if its signature verified. */
  public Optional<SignedCheckpoint> checkpoint() {
    return checkpoint;
  }

  public long entriesChecked() {
    return entriesChecked;
  }

  /** Of the entries checked, those served as their leaf hash only: outside the auditor's reach. */
  public long entriesAsHashOnly() {
    return entriesAsHashOnly;
  }

  public Optional<RememberedLog> nextState() {
    return nextState;
  }

  /** One line for the auditor. */
  public String summary() {
    return failure
        .map(f -> "audit log does NOT verify: " + f)
        .orElseGet(
            () ->
                "audit log verifies: "
                    + entriesChecked
                    + " entries match the signed checkpoint of size "
                    + checkpoint.map(c -> c.checkpoint().size().toString()).orElse("?")
                    + (entriesAsHashOnly == 0
                        ? ""
                        : " ("
                            + entriesAsHashOnly
                            + " of them outside your reach, checked by their hash only)"));
  }

  @Override
  public String toString() {
    return summary();
  }
}
