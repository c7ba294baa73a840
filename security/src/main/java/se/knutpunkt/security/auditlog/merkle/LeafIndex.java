package se.knutpunkt.security.auditlog.merkle;

/** The position of a leaf in the log, counted from 0; an audit entry's index is its leaf index. */
public record LeafIndex(long value) implements Comparable<LeafIndex> {

  public LeafIndex {
    if (value < 0) {
      throw new IllegalArgumentException("a leaf index is never negative: " + value);
    }
  }

  public static LeafIndex of(long value) {
    return new LeafIndex(value);
  }

  @Override
  public int compareTo(LeafIndex other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
