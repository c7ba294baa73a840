package se.knutpunkt.security.auditlog.verify;

import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;
import se.knutpunkt.security.auditlog.merkle.ConsistencyProof;

/**
 * Verifies the audit log from the outside, trusting nothing but the pinned verifier key and what it
 * remembered from its own last run: for {@code knutpunkt cli audit verify}.
 *
 * <p>A run checks, in this order, and stops at the first thing that does not fit: the newest
 * checkpoint's signature; that it extends the remembered checkpoint (size, a consistency proof if
 * the log gave one, and recomputation); then every entry in order — canonical bytes, the index it
 * claims against its position, its fingerprint against the one remembered — while recomputing the
 * tree; then the recomputed root against each signed checkpoint it was given. See docs/audit-log.md
 * for what each failure means.
 *
 * <pre>{@code
 * VerificationRun run = new LogVerifier(key).start(checkpointText, remembered);
 * run.checkConsistency(proofFromServer);            // optional
 * for (byte[] leaf : leavesZeroToSize) run.accept(leaf);  // GET /audit/leaves, page by page
 * VerificationReport report = run.finish();
 * report.nextState().ifPresent(state -> state.save(stateFile));
 * }</pre>
 */
public final class LogVerifier {

  private final VerifierKey key;
  private boolean checkEntries = true;

  public LogVerifier(VerifierKey key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  /**
   * Whether to check that every entry is a canonical audit leaf (the default), or only the index it
   * claims. The full check also catches a signed entry the server should never have written.
   */
  public LogVerifier checkingEntries(boolean check) {
    this.checkEntries = check;
    return this;
  }

  /** Starts a run against the newest signed checkpoint, with what the last run left, if any. */
  public VerificationRun start(String newestSignedCheckpoint, Optional<RememberedLog> remembered) {
    return new VerificationRun(key, checkEntries, newestSignedCheckpoint, remembered);
  }

  /** All in one call, for leaves that are already at hand. */
  public VerificationReport verify(
      String newestSignedCheckpoint,
      Iterator<byte[]> leaves,
      Optional<RememberedLog> remembered,
      Optional<ConsistencyProof> proof) {
    VerificationRun run = start(newestSignedCheckpoint, remembered);
    proof.ifPresent(run::checkConsistency);
    while (leaves.hasNext() && !run.hasFailed()) {
      run.accept(leaves.next());
    }
    return run.finish();
  }
}
