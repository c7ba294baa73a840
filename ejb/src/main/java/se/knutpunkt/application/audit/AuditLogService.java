package se.knutpunkt.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.application.AccessGuard;
import se.knutpunkt.application.AccessGuard.Target;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.auditlog.merkle.ConsistencyProof;
import se.knutpunkt.security.auditlog.merkle.InclusionProof;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;
import se.knutpunkt.security.auditlog.merkle.TreeHasher;
import se.knutpunkt.security.auditlog.merkle.TreeSize;
import se.knutpunkt.security.policy.AccessRequest;
import se.knutpunkt.security.policy.AuditReach;
import se.knutpunkt.security.policy.Decision;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * Reading the verifiable log: the newest checkpoint and the verifier key for anyone, leaves and
 * proofs for auditors (a verifier needs every leaf), and entries for auditors within their reach.
 * Everything served lies within the newest signed checkpoint, so a proof always matches a root the
 * server has signed. Reads need no transaction: a plain CDI bean, not an EJB (issue 9).
 */
@ApplicationScoped
public class AuditLogService {

  /** At most this many leaves a call (API.md). */
  public static final int MAX_LEAVES = 10_000;

  public static final int ENTRIES_PER_PAGE = 50;

  @Inject AuditLogStore store;
  @Inject LogVerifierKey signingKey;
  @Inject AccessGuard guard;
  @Inject PolicyDecisionPoint pdp;
  @Inject AuditTrail trail;

  public VerifierKey verifierKey() {
    return signingKey.verifierKey();
  }

  /** The newest signed checkpoint, checked against our own key before it is served. */
  public SignedCheckpoint newestCheckpoint() {
    String note =
        store
            .newestCheckpoint()
            .orElseThrow(() -> new IllegalStateException("the audit log has no checkpoint yet"));
    return SignedCheckpoint.open(note, verifierKey());
  }

  /**
   * The entries [start, end) for a verifier: in full within the subject's reach, as their leaf hash
   * outside it (IMY's auditors get all in full), so that every auditor verifies the whole log while
   * reading only their own agency's entries. Each call is recorded.
   */
  public List<ServedLeaf> leaves(Subject subject, long start, long end) {
    Decision audits = requireAuditor(subject);
    TreeSize size = newestCheckpoint().checkpoint().size();
    if (start < 0) {
      throw new InvalidInputException("start", "audit.start.negative");
    }
    if (end < start) {
      throw new InvalidInputException("end", "audit.end.belowStart");
    }
    if (end - start > MAX_LEAVES) {
      throw new InvalidInputException("end", "audit.end.tooMany", MAX_LEAVES);
    }
    if (end > size.value()) {
      throw new InvalidInputException("end", "audit.end.beyondCheckpoint", size.value());
    }
    AuditReach reach = pdp.auditReach(subject);
    List<ServedLeaf> served = new ArrayList<>((int) (end - start));
    TreeHasher hasher = new TreeHasher(); // not thread-safe: one per call
    int hashOnly = 0;
    for (byte[] leaf : store.leaves(start, end)) {
      if (reach.isEverything() || mayRead(subject, AuditLeaf.decode(leaf))) {
        served.add(new ServedLeaf.InFull(leaf));
      } else {
        served.add(new ServedLeaf.HashOnly(hasher.leafHash(leaf)));
        hashOnly++;
      }
    }
    trail.recordApart(
        auditorsRead(
            subject,
            audits,
            "audit.leaves.read",
            Map.of(
                "start", Long.toString(start),
                "end", Long.toString(end),
                "hashOnly", Integer.toString(hashOnly))));
    return served;
  }

  public InclusionProof inclusionProof(Subject subject, long index, long treeSize) {
    Decision audits = requireAuditor(subject);
    TreeSize size = newestCheckpoint().checkpoint().size();
    requireSize("treeSize", treeSize, size);
    if (index < 0 || index >= treeSize) {
      throw new InvalidInputException("index", "audit.index.range");
    }
    InclusionProof proof = store.inclusionProof(LeafIndex.of(index), TreeSize.of(treeSize));
    trail.recordApart(
        auditorsRead(
            subject,
            audits,
            "audit.proof.read",
            Map.of(
                "proof", "inclusion",
                "index", Long.toString(index),
                "treeSize", Long.toString(treeSize))));
    return proof;
  }

  public ConsistencyProof consistencyProof(Subject subject, long first, long second) {
    Decision audits = requireAuditor(subject);
    TreeSize size = newestCheckpoint().checkpoint().size();
    requireSize("second", second, size);
    if (first < 0 || first > second) {
      throw new InvalidInputException("first", "audit.first.range");
    }
    ConsistencyProof proof = store.consistencyProof(TreeSize.of(first), TreeSize.of(second));
    trail.recordApart(
        auditorsRead(
            subject,
            audits,
            "audit.proof.read",
            Map.of(
                "proof", "consistency",
                "first", Long.toString(first),
                "second", Long.toString(second))));
    return proof;
  }

  /** Which entries the subject may read: nothing for people who are no auditors. */
  public AuditReach reachOf(Subject subject) {
    return pdp.auditReach(subject);
  }

  /** The entries the subject's reach covers, newest first; an auditor of IMY sees all. */
  public AuditEntryPage entries(Subject subject, AuditEntryFilter filter, int page) {
    return entries(subject, filter, page, ENTRIES_PER_PAGE);
  }

  /**
   * A page of {@code pageSize} entries (at most {@value #ENTRIES_PER_PAGE}); the search itself is
   * recorded, as every auditor's search is (issue 14).
   */
  public AuditEntryPage entries(Subject subject, AuditEntryFilter filter, int page, int pageSize) {
    Decision audits = requireAuditor(subject);
    if (page < 1) {
      throw new InvalidInputException("page", "audit.page.fromOne");
    }
    if (pageSize < 1 || pageSize > ENTRIES_PER_PAGE) {
      throw new InvalidInputException("pageSize", "audit.pageSize.range", ENTRIES_PER_PAGE);
    }
    if (filter.from().isPresent()
        && filter.to().isPresent()
        && !filter.from().get().isBefore(filter.to().get())) {
      throw new InvalidInputException("to", "audit.range.reversed");
    }
    AuditReach reach = pdp.auditReach(subject);
    Map<String, String> searched = filter.asDetails();
    searched.put("page", Integer.toString(page));
    trail.recordApart(auditorsRead(subject, audits, "audit.entries.search", searched));
    AuditEntryPage found = store.entries(filter, reach, page, pageSize);
    // the query filtered on copied columns; what is shown is decided on the signed leaf itself
    List<AuditLeaf> permitted =
        found.entries().stream().filter(leaf -> mayRead(subject, leaf)).toList();
    AuditHistory history = PageHistory.of(permitted, store);
    Map<LeafIndex, List<AnomalyRules.Marker>> markers = new HashMap<>();
    permitted.forEach(leaf -> markers.put(leaf.index(), AnomalyRules.of(leaf.event(), history)));
    return new AuditEntryPage(permitted, page, found.total(), found.totalIsAtLeast(), markers);
  }

  private static AuditRecord auditorsRead(
      Subject subject, Decision audits, String action, Map<String, String> details) {
    return AuditRecord.of(
        subject, AuditAction.of(action), AuditOutcome.PERMIT, audits.reason().name(), details);
  }

  private boolean mayRead(Subject subject, AuditLeaf leaf) {
    Optional<AgencyCode> actorAgency = agency(leaf.event().actor().agency());
    Optional<AgencyCode> owner = leaf.event().resource().ownerAgency().flatMap(this::agency);
    if (actorAgency.isEmpty()) {
      return pdp.auditReach(subject).isEverything();
    }
    return pdp.permits(new AccessRequest.ReadAuditEntry(subject, actorAgency.get(), owner));
  }

  private Optional<AgencyCode> agency(String recorded) {
    try {
      return Optional.of(AgencyCode.of(recorded));
    } catch (IllegalArgumentException notAnAgencyCode) {
      return Optional.empty();
    }
  }

  private Decision requireAuditor(Subject subject) {
    return guard.require(new AccessRequest.ReadAuditLog(subject), Target.none());
  }

  private static void requireSize(String field, long requested, TreeSize newest) {
    if (requested < 0 || requested > newest.value()) {
      throw new InvalidInputException(field, "audit.size.range", field, newest.value());
    }
  }
}
