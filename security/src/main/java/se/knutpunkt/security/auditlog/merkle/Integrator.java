package se.knutpunkt.security.auditlog.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Grows the log: given the compact range so far and the next leaves in index order, produces the
 * perfect-subtree hashes to store and the new tree head. O(log n) hashing per leaf at worst, O(1)
 * on average; nothing already integrated is read or rehashed.
 *
 * <p>Pure: it touches no storage, so a checkpointer can run it inside the transaction that stores
 * the rows and the signed checkpoint, and run it again after a crash with the same result.
 */
public final class Integrator {

  public Integration integrateLeaves(CompactRange current, List<byte[]> leaves) {
    TreeHasher hasher = new TreeHasher();
    List<MerkleHash> hashes = new ArrayList<>(leaves.size());
    for (byte[] leaf : leaves) {
      hashes.add(hasher.leafHash(leaf));
    }
    return integrate(current, hashes);
  }

  public Integration integrate(CompactRange current, List<MerkleHash> leafHashes) {
    List<SubtreeHash> rows = new ArrayList<>(leafHashes.size() * 2 + 64);
    TreeFrontier frontier =
        TreeFrontier.resume(
            current,
            new TreeHasher(),
            (level, index, hash, offset) ->
                rows.add(new SubtreeHash(new Subtree(level, index), MerkleHash.of(hash, offset))));
    for (MerkleHash leafHash : leafHashes) {
      frontier.appendLeafHash(leafHash);
    }
    return new Integration(current, frontier.compactRange(), rows);
  }
}
