package se.knutpunkt.security.auditlog.merkle;

import java.util.List;
import java.util.Objects;

/**
 * RFC 9162 §2.1.3: the hashes that lead from one leaf to the root of a tree of a given size — the
 * leaf's audit path, nearest the leaf first.
 */
public record InclusionProof(LeafIndex index, TreeSize treeSize, List<MerkleHash> hashes) {

  public InclusionProof {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(treeSize, "treeSize");
    hashes = List.copyOf(hashes);
  }

  /**
   * Whether this proves that a leaf with this leaf hash is at {@link #index} in the tree {@code
   * head}, by the algorithm of RFC 9162 §2.1.3.2.
   */
  public boolean verifies(MerkleHash leafHash, TreeHead head) {
    if (!head.size().equals(treeSize)) {
      return false;
    }
    long fn = index.value();
    long sn = treeSize.value() - 1;
    if (fn > sn) {
      return false;
    }
    TreeHasher hasher = new TreeHasher();
    MerkleHash r = leafHash;
    for (MerkleHash p : hashes) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = hasher.nodeHash(p, r);
        if ((fn & 1) == 0) {
          // fn is a left-edge right child: skip the levels where it has no sibling.
          while ((fn & 1) == 0 && fn != 0) {
            fn >>>= 1;
            sn >>>= 1;
          }
        }
      } else {
        r = hasher.nodeHash(r, p);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    return sn == 0 && r.equals(head.root());
  }
}
