package se.knutpunkt.security.auditlog.merkle;

/** The number of leaves in a tree: a tree of size n holds the leaves 0 .. n-1. */
public record TreeSize(long value) implements Comparable<TreeSize> {

  public static final TreeSize EMPTY = new TreeSize(0);

  public TreeSize {
    if (value < 0) {
      throw new IllegalArgumentException("a tree size is never negative: " + value);
    }
  }

  public static TreeSize of(long value) {
    return new TreeSize(value);
  }

  public boolean isEmpty() {
    return value == 0;
  }

  public boolean contains(LeafIndex index) {
    return index.value() < value;
  }

  public TreeSize plus(long leaves) {
    return new TreeSize(Math.addExact(value, leaves));
  }

  @Override
  public int compareTo(TreeSize other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
