package se.knutpunkt.security.auditlog.verify;

import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;

/**
 * The first thing that did not fit: its kind, the entry when one can be named exactly, otherwise
 * the range of entries that must hold the fault, and a sentence for the auditor.
 */
public record VerificationFailure(
    Problem problem, Optional<LeafIndex> entry, Optional<LeafRange> suspects, String detail) {

  public VerificationFailure {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(suspects, "suspects");
    Objects.requireNonNull(detail, "detail");
  }

  static VerificationFailure of(Problem problem, String detail) {
    return new VerificationFailure(problem, Optional.empty(), Optional.empty(), detail);
  }

  static VerificationFailure atEntry(Problem problem, long index, String detail) {
    return new VerificationFailure(
        problem, Optional.of(LeafIndex.of(index)), Optional.empty(), detail);
  }

  static VerificationFailure inRange(Problem problem, LeafRange range, String detail) {
    return new VerificationFailure(problem, Optional.empty(), Optional.of(range), detail);
  }

  @Override
  public String toString() {
    return problem
        + entry.map(e -> " at entry " + e).orElse("")
        + suspects.map(r -> " in " + r).orElse("")
        + ": "
        + detail;
  }
}
