package se.knutpunkt.security.auditlog.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The read side of the log: tree heads, inclusion proofs and consistency proofs for any size up to
 * what has been integrated, all from stored subtree hashes. Each answer reads O(log n) rows in one
 * batch (plus one batch per level a sparse store left out); no leaf is rehashed.
 *
 * <p>The caller must not ask beyond the integrated size: a subtree that is not complete yet has no
 * row, and asking for it ends in {@link MissingSubtreeException}.
 */
public final class MerkleTree {

  private final SubtreeHashStore store;

  public MerkleTree(SubtreeHashStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** RFC 9162 MTH(D[0:n]): the root of the tree when it had {@code size} leaves. */
  public TreeHead head(TreeSize size) {
    SubtreeReader reader = new SubtreeReader(store);
    return new TreeHead(size, reader.rangeHash(0, size.value()));
  }

  /** RFC 9162 §2.1.3.1 PATH(m, D[0:n]). */
  public InclusionProof inclusionProof(LeafIndex index, TreeSize size) {
    if (!size.contains(index)) {
      throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + size);
    }
    List<long[]> ranges = new ArrayList<>();
    long begin = 0;
    long end = size.value();
    long m = index.value();
    while (end - begin > 1) {
      long k = largestPowerOfTwoBelow(end - begin);
      if (m < begin + k) {
        ranges.add(new long[] {begin + k, end});
        end = begin + k;
      } else {
        ranges.add(new long[] {begin, begin + k});
        begin += k;
      }
    }
    Collections.reverse(ranges);
    return new InclusionProof(index, size, rangeHashes(ranges));
  }

  /** RFC 9162 §2.1.4.1 PROOF(m, D[0:n]); empty when m is 0 or m equals n. */
  public ConsistencyProof consistencyProof(TreeSize first, TreeSize second) {
    if (first.compareTo(second) > 0) {
      throw new IllegalArgumentException(
          "a log never shrinks: no consistency from " + first + " to " + second);
    }
    List<long[]> ranges = new ArrayList<>();
    if (!first.isEmpty()) {
      long m = first.value();
      long begin = 0;
      long end = second.value();
      boolean startsAtRoot = true;
      while (m != end) {
        long k = largestPowerOfTwoBelow(end - begin);
        if (m - begin <= k) {
          ranges.add(new long[] {begin + k, end});
          end = begin + k;
        } else {
          ranges.add(new long[] {begin, begin + k});
          begin += k;
          startsAtRoot = false;
        }
      }
      if (!startsAtRoot) {
        // SUBPROOF(m, D[m], false): the first tree's last subtree, which the verifier cannot know.
        ranges.add(new long[] {begin, end});
      }
      Collections.reverse(ranges);
    }
    return new ConsistencyProof(first, second, rangeHashes(ranges));
  }

  private List<MerkleHash> rangeHashes(List<long[]> ranges) {
    SubtreeReader reader = new SubtreeReader(store);
    List<List<Subtree>> perRange =
        ranges.stream().map(r -> Subtrees.covering(r[0], r[1])).collect(Collectors.toList());
    Set<Subtree> all = new LinkedHashSet<>();
    perRange.forEach(all::addAll);
    List<Subtree> wanted = new ArrayList<>(all);
    List<MerkleHash> found = reader.hashesOf(wanted);
    Map<Subtree, MerkleHash> bySubtree = new HashMap<>();
    for (int i = 0; i < wanted.size(); i++) {
      bySubtree.put(wanted.get(i), found.get(i));
    }
    List<MerkleHash> hashes = new ArrayList<>(ranges.size());
    for (List<Subtree> subtrees : perRange) {
      hashes.add(reader.fold(subtrees.stream().map(bySubtree::get).collect(Collectors.toList())));
    }
    return hashes;
  }

  static long largestPowerOfTwoBelow(long n) {
    if (n < 2) {
      throw new IllegalArgumentException("no power of two is below " + n + " and at least 1");
    }
    return Long.highestOneBit(n - 1);
  }
}
