package se.knutpunkt.security.auditlog.merkle;

import java.util.Objects;

/** A perfect subtree and its hash: one row of the stored tree. */
public record SubtreeHash(Subtree subtree, MerkleHash hash) {

  public SubtreeHash {
    Objects.requireNonNull(subtree, "subtree");
    Objects.requireNonNull(hash, "hash");
  }

  public int level() {
    return subtree.level();
  }

  public long index() {
    return subtree.index();
  }
}
