package se.knutpunkt.security.auditlog.verify;

/** The entries {@code first} up to but not including {@code end}. */
public record LeafRange(long first, long end) {

  public LeafRange {
    if (first < 0 || end < first) {
      throw new IllegalArgumentException("no range from " + first + " to " + end);
    }
  }

  public long count() {
    return end - first;
  }

  @Override
  public String toString() {
    return end - first == 1 ? "entry " + first : "entries " + first + ".." + (end - 1);
  }
}
