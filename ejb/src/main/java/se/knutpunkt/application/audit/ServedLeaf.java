package se.knutpunkt.application.audit;

import se.knutpunkt.security.auditlog.merkle.MerkleHash;

/**
 * One entry of the log as a verifier receives it: in full when it is within the auditor's reach,
 * else only its leaf hash — enough to recompute the tree, nothing of what it says (issue 14).
 */
public sealed interface ServedLeaf {

  /** The canonical leaf bytes. */
  record InFull(byte[] leaf) implements ServedLeaf {}

  /** The RFC 9162 leaf hash of an entry outside the reader's reach. */
  record HashOnly(MerkleHash leafHash) implements ServedLeaf {}
}
