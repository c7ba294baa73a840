package se.knutpunkt.security.auditlog.merkle;

import java.util.ArrayList;
import java.util.List;

/** How a run of leaves splits into perfect subtrees. */
final class Subtrees {

  private Subtrees() {}

  /**
   * The perfect subtrees, largest first, that exactly cover leaves {@code begin .. end-1}, where
   * {@code begin} is aligned to a power of two at least as large as the run — as every subtree of
   * the RFC 9162 tree is. The RFC's MTH of that run is these hashes folded from the right.
   */
  static List<Subtree> covering(long begin, long end) {
    long count = end - begin;
    if (count < 0) {
      throw new IllegalArgumentException("no leaves from " + begin + " to " + end);
    }
    List<Subtree> subtrees = new ArrayList<>(Long.bitCount(count));
    long offset = begin;
    for (int level = 63 - Long.numberOfLeadingZeros(count); level >= 0; level--) {
      if (((count >>> level) & 1) == 1) {
        if ((offset & ((1L << level) - 1)) != 0) {
          throw new IllegalArgumentException(
              "leaves " + begin + ".." + (end - 1) + " are not a subtree of the log");
        }
        subtrees.add(new Subtree(level, offset >>> level));
        offset += 1L << level;
      }
    }
    return subtrees;
  }
}
