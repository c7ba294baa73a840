package se.knutpunkt.application.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.merkle.ConsistencyProof;
import se.knutpunkt.security.auditlog.merkle.InclusionProof;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;
import se.knutpunkt.security.auditlog.merkle.TreeSize;
import se.knutpunkt.security.policy.AuditReach;

/** The read side of the stored log. Callers keep within the newest checkpoint's size. */
public interface AuditLogStore {

  /** The newest signed checkpoint's note text; empty only before the checkpointer first ran. */
  Optional<String> newestCheckpoint();

  /** The note of the checkpoint signed for exactly this size, if the log signed one. */
  Optional<String> checkpoint(TreeSize size);

  /**
   * The size of the newest checkpoint that carries a cosignature of this witness key (its {@code
   * encoded()} form), if any.
   */
  Optional<TreeSize> newestCosignedBy(String witnessKey);

  /** The cosignature lines stored for the checkpoint of this size, in the order they were added. */
  List<String> cosignatureLines(TreeSize size);

  /**
   * Adds a checked cosignature of the checkpoint of {@code size}; false (and nothing added) if this
   * witness key already has one for that size.
   */
  boolean addCosignature(StoredCosignature cosignature);

  /** The canonical bytes of the stored leaves with indices in [start, end), in index order. */
  List<byte[]> leaves(long start, long end);

  InclusionProof inclusionProof(LeafIndex index, TreeSize size);

  ConsistencyProof consistencyProof(TreeSize first, TreeSize second);

  /**
   * How many requests of the actor were denied in [from, to], counted up to {@code upTo}: the
   * anomaly rules need only know whether there were that many.
   */
  int denials(String actor, Instant from, Instant to, int upTo);

  /** The revocations and expiries of invitations into these cases, for the anomaly rules. */
  List<AuditLeaf> invitationEndings(Set<String> caseIds);

  /** The entries within {@code reach} that match, newest first, {@code pageSize} a page. */
  AuditEntryPage entries(AuditEntryFilter filter, AuditReach reach, int page, int pageSize);

  /**
   * How many entries within {@code reach} match among the first {@code size} leaves, counted up to
   * {@code upTo} (an answer of {@code upTo} means at least that many).
   */
  long count(AuditEntryFilter filter, AuditReach reach, TreeSize size, long upTo);

  /**
   * Hands each entry within {@code reach} that matches, among the first {@code size} leaves, to
   * {@code visitor}, oldest first, with its RFC 9162 inclusion proof in the tree of that size. The
   * entries are read a page at a time and the proofs' subtree hashes in blocks, not one query per
   * entry, so an export of many entries streams.
   */
  void forEachEntry(AuditEntryFilter filter, AuditReach reach, TreeSize size, EntryVisitor visitor);

  /** One entry as {@link #forEachEntry} hands it over. */
  interface EntryVisitor {
    /**
     * @param leaf the canonical leaf bytes, which are the entry
     * @param decoded the same, decoded
     * @param proof the entry's inclusion proof, read only if asked for
     */
    void visit(byte[] leaf, AuditLeaf decoded, java.util.function.Supplier<InclusionProof> proof);
  }

  /**
   * The entries within {@code reach} that match, counted per hour (UTC) and actor agency, with one
   * grouped query: the filter's time range bounds it, so the caller sets one. Swedish days are
   * whole hours in UTC, so the caller sums hours into days.
   */
  List<HourlyCount> countPerHourAndAgency(AuditEntryFilter filter, AuditReach reach);

  /** How many entries an agency's people made in the hour starting at {@code hour}. */
  record HourlyCount(Instant hour, String agency, long count) {}
}
