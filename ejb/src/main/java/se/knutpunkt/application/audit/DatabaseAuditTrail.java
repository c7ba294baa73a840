package se.knutpunkt.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.audit.PendingAuditEvent;
import se.knutpunkt.domain.audit.PendingAuditEvents;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.security.auditlog.leaf.Actor;
import se.knutpunkt.security.auditlog.leaf.AuditDetails;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditResource;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;

/**
 * Records audit events in the caller's transaction (one is required): if the action commits, so
 * does its event; if it rolls back, neither exists. The event is stored as its canonical leaf bytes
 * (with index 0) so that a malformed event fails the action here, never the log's integrator; the
 * integrator gives it its index once committed (docs/audit-log.md).
 */
@ApplicationScoped
public class DatabaseAuditTrail implements AuditTrail {

  /** Index 0 stands for "not yet placed"; the integrator rewrites it. */
  static final LeafIndex NOT_YET_PLACED = LeafIndex.of(0);

  @Inject PendingAuditEvents pending;
  @Inject RequestOrigin origin;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(AuditRecord record) {
    pending.append(new PendingAuditEvent(event(record).atIndex(NOT_YET_PLACED).encode()));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordApart(AuditRecord record) {
    pending.append(new PendingAuditEvent(event(record).atIndex(NOT_YET_PLACED).encode()));
  }

  private AuditEvent event(AuditRecord record) {
    AuditResource resource =
        new AuditResource(
            record.caseId().map(CaseId::toString),
            record.resourceOwner().map(AgencyCode::value),
            record.path().map(p -> p.section().name()),
            record.path().map(FieldPath::value),
            Optional.empty());
    return new AuditEvent(
        clock.instant(),
        Actor.of(record.actor().value(), record.actorAgency().value()),
        record.action(),
        record.outcome(),
        record.reason(),
        resource,
        Optional.of(origin.requestId()),
        origin.clientAddress().filter(a -> !a.isEmpty()),
        AuditDetails.of(record.details()));
  }
}
