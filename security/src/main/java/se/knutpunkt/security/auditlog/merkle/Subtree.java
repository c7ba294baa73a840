package se.knutpunkt.security.auditlog.merkle;

/**
 * A perfect subtree of the log: the 2^level leaves {@code index * 2^level} up to but not including
 * {@code (index + 1) * 2^level}. Level 0 subtrees are single leaves. Once all its leaves exist its
 * hash never changes, which is why these, and only these, are what storage keeps.
 */
public record Subtree(int level, long index) implements Comparable<Subtree> {

  /** Tree sizes are longs; 2^63 leaves is beyond any log, so levels stop at 62. */
  public static final int MAX_LEVEL = 62;

  public Subtree {
    if (level < 0 || level > MAX_LEVEL) {
      throw new IllegalArgumentException("a subtree level is 0.." + MAX_LEVEL + ", not " + level);
    }
    if (index < 0 || index > (Long.MAX_VALUE >> level)) {
      throw new IllegalArgumentException("no subtree " + index + " at level " + level);
    }
  }

  public static Subtree leaf(long index) {
    return new Subtree(0, index);
  }

  public long firstLeaf() {
    return index << level;
  }

  /** One past the last leaf. */
  public long endLeaf() {
    return (index + 1) << level;
  }

  public long leafCount() {
    return 1L << level;
  }

  public Subtree left() {
    requireInner();
    return new Subtree(level - 1, index * 2);
  }

  public Subtree right() {
    requireInner();
    return new Subtree(level - 1, index * 2 + 1);
  }

  public Subtree parent() {
    return new Subtree(level + 1, index / 2);
  }

  private void requireInner() {
    if (level == 0) {
      throw new IllegalStateException("a leaf has no children");
    }
  }

  /** Complete in a tree of this size: every one of its leaves is in the tree. */
  public boolean completeIn(TreeSize size) {
    return endLeaf() <= size.value();
  }

  @Override
  public int compareTo(Subtree other) {
    return level != other.level
        ? Integer.compare(level, other.level)
        : Long.compare(index, other.index);
  }

  @Override
  public String toString() {
    return "subtree "
        + level
        + "/"
        + index
        + " (leaves "
        + firstLeaf()
        + ".."
        + (endLeaf() - 1)
        + ")";
  }
}
