package se.knutpunkt.security.auditlog.merkle;

import java.util.List;
import java.util.Objects;

/**
 * What integrating a batch of leaves produced: the subtree rows to store (every perfect subtree the
 * batch completed, leaves included, in the order they completed), and the compact range and tree
 * head after it. Store the rows before publishing a checkpoint of {@link #head()}.
 */
public record Integration(CompactRange before, CompactRange after, List<SubtreeHash> newSubtrees) {

  public Integration {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    newSubtrees = List.copyOf(newSubtrees);
  }

  public TreeHead head() {
    return after.head();
  }

  public long leavesAdded() {
    return after.size().value() - before.size().value();
  }
}
