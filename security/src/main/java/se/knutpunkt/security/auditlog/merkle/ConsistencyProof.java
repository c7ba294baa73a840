package se.knutpunkt.security.auditlog.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * RFC 9162 §2.1.4: the hashes that show a tree of size {@code second} extends the tree of size
 * {@code first} — every leaf of the first is in the second, unchanged and in place.
 */
public record ConsistencyProof(TreeSize first, TreeSize second, List<MerkleHash> hashes) {

  public ConsistencyProof {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.compareTo(second) > 0) {
      throw new IllegalArgumentException(
          "a log never shrinks: no consistency from " + first + " to " + second);
    }
    hashes = List.copyOf(hashes);
  }

  /**
   * Whether this proves {@code later} extends {@code earlier}, by the algorithm of RFC 9162
   * §2.1.4.2; the trivial cases (an empty earlier tree, equal sizes) need an empty proof.
   */
  public boolean verifies(TreeHead earlier, TreeHead later) {
    if (!earlier.size().equals(first) || !later.size().equals(second)) {
      return false;
    }
    if (first.isEmpty()) {
      return hashes.isEmpty() && earlier.root().equals(TreeHasher.EMPTY_ROOT);
    }
    if (first.equals(second)) {
      return hashes.isEmpty() && earlier.root().equals(later.root());
    }
    if (hashes.isEmpty()) {
      return false;
    }
    List<MerkleHash> path = new ArrayList<>(hashes);
    long m = first.value();
    if (Long.bitCount(m) == 1) {
      // The first tree is itself a perfect subtree of the second: the proof leaves it out.
      path.add(0, earlier.root());
    }
    long fn = m - 1;
    long sn = second.value() - 1;
    while ((fn & 1) == 1) {
      fn >>>= 1;
      sn >>>= 1;
    }
    TreeHasher hasher = new TreeHasher();
    MerkleHash fr = path.get(0);
    MerkleHash sr = path.get(0);
    for (MerkleHash c : path.subList(1, path.size())) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = hasher.nodeHash(c, fr);
        sr = hasher.nodeHash(c, sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>>= 1;
            sn >>>= 1;
          }
        }
      } else {
        sr = hasher.nodeHash(sr, c);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    return sn == 0 && fr.equals(earlier.root()) && sr.equals(later.root());
  }
}
