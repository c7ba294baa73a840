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

  /** The denied requests of these actors recorded in [from, to], for the anomaly rules. */
  List<AuditLeaf> denials(Set<String> actors, Instant from, Instant to);

  /** The revocations and expiries of invitations into these cases, for the anomaly rules. */
  List<AuditLeaf> invitationEndings(Set<String> caseIds);

  /** The entries within {@code reach} that match, newest first, {@code pageSize} a page. */
  AuditEntryPage entries(AuditEntryFilter filter, AuditReach reach, int page, int pageSize);
}
