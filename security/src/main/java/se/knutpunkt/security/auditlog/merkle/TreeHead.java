package se.knutpunkt.security.auditlog.merkle;

import java.util.Objects;

/** The size of a tree and its root hash (RFC 9162 MTH): what a checkpoint commits to. */
public record TreeHead(TreeSize size, MerkleHash root) {

  public TreeHead {
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(root, "root");
  }

  public static TreeHead empty() {
    return new TreeHead(TreeSize.EMPTY, TreeHasher.EMPTY_ROOT);
  }

  @Override
  public String toString() {
    return "tree head of size " + size + ", root " + root;
  }
}
