package se.knutpunkt.security.auditlog.merkle;

import java.util.List;
import java.util.Objects;

/**
 * The state a log needs to grow: its size and the hashes of the perfect subtrees that together hold
 * all its leaves, largest (leftmost) first — as many as the size has one bits, so at most 63. Every
 * one of them is also a stored subtree, so a checkpointer that lost this state can {@link #load
 * load} it back from storage.
 */
public final class CompactRange {

  private final TreeSize size;
  private final List<MerkleHash> peaks;

  private CompactRange(TreeSize size, List<MerkleHash> peaks) {
    this.size = size;
    this.peaks = peaks;
  }

  public static CompactRange empty() {
    return new CompactRange(TreeSize.EMPTY, List.of());
  }

  public static CompactRange of(TreeSize size, List<MerkleHash> peaks) {
    Objects.requireNonNull(size, "size");
    List<MerkleHash> copy = List.copyOf(peaks);
    if (copy.size() != Long.bitCount(size.value())) {
      throw new IllegalArgumentException(
          "a tree of size "
              + size
              + " is made of "
              + Long.bitCount(size.value())
              + " perfect subtrees, not "
              + copy.size());
    }
    return new CompactRange(size, copy);
  }

  /** The compact range of a tree of this size, read from stored subtree hashes. */
  public static CompactRange load(TreeSize size, SubtreeHashStore store) {
    List<Subtree> subtrees = Subtrees.covering(0, size.value());
    return of(size, new SubtreeReader(store).hashesOf(subtrees));
  }

  public TreeSize size() {
    return size;
  }

  /** The peak subtrees, largest first, that hold leaves 0 .. size-1. */
  public List<Subtree> subtrees() {
    return Subtrees.covering(0, size.value());
  }

  public List<MerkleHash> peaks() {
    return peaks;
  }

  public TreeHead head() {
    return TreeFrontier.resume(this, new TreeHasher(), null).head();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CompactRange that && size.equals(that.size) && peaks.equals(that.peaks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(size, peaks);
  }

  @Override
  public String toString() {
    return "compact range of size " + size + " " + peaks;
  }
}
