package se.knutpunkt.security.auditlog.merkle;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the log keeps the hashes of its complete perfect subtrees, keyed by (level, index). The
 * {@link Integrator} says which rows to add as leaves are integrated; rows are only ever added,
 * never changed, so the table can be append-only like the entries themselves.
 *
 * <p>Storage may keep every level (simplest: about two rows per leaf) or only some — say level 0
 * and every fourth level above it, like tiles — because {@link MerkleTree} rebuilds a missing inner
 * subtree from its children. Level 0 (the leaf hashes) must always be kept.
 */
public interface SubtreeHashStore {

  /** The stored hash of this perfect subtree, if this store keeps it and it is complete. */
  Optional<MerkleHash> find(Subtree subtree);

  /**
   * The stored hashes of several subtrees; those not kept are left out. A database implements this
   * with one query, since a proof or a root needs up to ~2·log2(n) hashes at once.
   */
  default Map<Subtree, MerkleHash> findAll(Collection<Subtree> subtrees) {
    Map<Subtree, MerkleHash> found = new HashMap<>();
    for (Subtree subtree : subtrees) {
      find(subtree).ifPresent(hash -> found.put(subtree, hash));
    }
    return found;
  }
}
