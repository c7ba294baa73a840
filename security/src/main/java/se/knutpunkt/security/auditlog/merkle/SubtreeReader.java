package se.knutpunkt.security.auditlog.merkle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads subtree hashes in batches, and rebuilds the inner subtrees a sparse store does not keep
 * from their children, one batch per level descended.
 */
final class SubtreeReader {

  private final SubtreeHashStore store;
  private final TreeHasher hasher = new TreeHasher();

  SubtreeReader(SubtreeHashStore store) {
    this.store = store;
  }

  List<MerkleHash> hashesOf(List<Subtree> subtrees) {
    Map<Subtree, MerkleHash> known = resolve(new LinkedHashSet<>(subtrees));
    List<MerkleHash> hashes = new ArrayList<>(subtrees.size());
    for (Subtree subtree : subtrees) {
      hashes.add(known.get(subtree));
    }
    return hashes;
  }

  private Map<Subtree, MerkleHash> resolve(Set<Subtree> wanted) {
    Map<Subtree, MerkleHash> known = new HashMap<>(store.findAll(wanted));
    Set<Subtree> missing = new LinkedHashSet<>();
    for (Subtree subtree : wanted) {
      if (!known.containsKey(subtree)) {
        if (subtree.level() == 0) {
          throw new MissingSubtreeException(subtree);
        }
        missing.add(subtree);
      }
    }
    if (!missing.isEmpty()) {
      Set<Subtree> children = new LinkedHashSet<>();
      for (Subtree subtree : missing) {
        children.add(subtree.left());
        children.add(subtree.right());
      }
      Map<Subtree, MerkleHash> childHashes;
      try {
        childHashes = resolve(children);
      } catch (MissingSubtreeException e) {
        throw new MissingSubtreeException(missing.iterator().next());
      }
      for (Subtree subtree : missing) {
        known.put(
            subtree,
            hasher.nodeHash(childHashes.get(subtree.left()), childHashes.get(subtree.right())));
      }
    }
    return known;
  }

  /** RFC 9162 MTH of an aligned run of leaves, from the perfect subtrees that cover it. */
  MerkleHash rangeHash(long begin, long end) {
    return fold(hashesOf(Subtrees.covering(begin, end)));
  }

  MerkleHash fold(List<MerkleHash> hashes) {
    if (hashes.isEmpty()) {
      return TreeHasher.EMPTY_ROOT;
    }
    MerkleHash acc = hashes.get(hashes.size() - 1);
    for (int i = hashes.size() - 2; i >= 0; i--) {
      acc = hasher.nodeHash(hashes.get(i), acc);
    }
    return acc;
  }
}
