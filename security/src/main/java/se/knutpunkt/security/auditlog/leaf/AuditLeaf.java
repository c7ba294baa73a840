package se.knutpunkt.security.auditlog.leaf;

import java.util.Objects;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;

/**
 * An audit entry in its place in the log. Its {@link #encode() canonical bytes} are the Merkle
 * leaf: what the log hashes, what {@code GET /audit/leaves} serves, and what verifiers and {@code
 * GET /audit/entries} decode. One entry has exactly one encoding and {@link #decode} accepts only
 * that one, so a changed byte is always a changed entry. The format is described in
 * docs/audit-log.md.
 *
 * <p>The leaf carries its own index so that a row moved, removed or slipped in is named by the
 * first leaf whose index does not match its position, not only by a root that no longer matches.
 */
public record AuditLeaf(LeafIndex index, AuditEvent event) {

  /** The version byte of the encoding this class writes. */
  public static final byte FORMAT_VERSION = AuditLeafCodec.VERSION_1;

  /** No entry is larger; details hold hashes, not documents. */
  public static final int MAX_BYTES = AuditLeafCodec.MAX_BYTES;

  public AuditLeaf {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(event, "event");
  }

  public byte[] encode() {
    return AuditLeafCodec.encode(this);
  }

  /**
   * @throws MalformedLeafException unless {@code bytes} is the canonical encoding of a leaf
   */
  public static AuditLeaf decode(byte[] bytes) {
    return AuditLeafCodec.decode(bytes);
  }

  /**
   * Checks that {@code bytes} is a canonical leaf — {@link #decode} would accept it — without
   * building one, and returns the index it claims. What a verifier runs on every leaf.
   *
   * @throws MalformedLeafException unless {@code bytes} is the canonical encoding of a leaf
   */
  public static long checkCanonical(byte[] bytes) {
    return AuditLeafCodec.checkCanonical(bytes);
  }

  /**
   * The index a leaf's bytes claim, read from its fixed place without decoding the rest: cheap
   * enough to check on every leaf of a million.
   *
   * @throws MalformedLeafException if the bytes are too short or of an unknown version
   */
  public static long claimedIndex(byte[] bytes) {
    return AuditLeafCodec.claimedIndex(bytes);
  }

  /**
   * The canonical bytes of the same entry at another index: a copy with the index replaced at its
   * fixed place. Equal to {@code decode(bytes).event().atIndex(index).encode()} for every leaf
   * {@link #decode} accepts, without encoding the entry again — what the integrator does to every
   * recorded event.
   *
   * @throws MalformedLeafException if the bytes are too short or of an unknown version
   */
  public static byte[] placedAt(byte[] bytes, LeafIndex index) {
    return AuditLeafCodec.placedAt(bytes, index.value());
  }
}
