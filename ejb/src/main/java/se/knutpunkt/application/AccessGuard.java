package se.knutpunkt.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.application.audit.AuditRecord;
import se.knutpunkt.application.audit.AuditTrail;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.policy.AccessRequest;
import se.knutpunkt.security.policy.Action;
import se.knutpunkt.security.policy.Decision;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * Asks the policy decision point and records every denial in the audit trail, so that no service
 * can forget to. Permits are recorded by the services, with what was released.
 */
@ApplicationScoped
public class AccessGuard {

  @Inject PolicyDecisionPoint pdp;
  @Inject AuditTrail auditTrail;

  /** What a decision is about, as the audit trail names it. */
  public record Target(
      Optional<CaseId> caseId, Optional<AgencyCode> owner, Optional<FieldPath> path) {
    public static Target none() {
      return new Target(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Target caseOf(CaseId id, AgencyCode owner) {
      return new Target(Optional.of(id), Optional.of(owner), Optional.empty());
    }

    public Target field(FieldPath path) {
      return new Target(caseId, owner, Optional.of(path));
    }
  }

  /** Decides; a denial is recorded before it is returned. */
  public Decision decide(AccessRequest request, Target target) {
    Decision decision = pdp.decide(request);
    if (decision.denied()) {
      record(request.subject(), decision, target, Map.of());
    }
    return decision;
  }

  /** Decides and throws {@link AccessDeniedException} on a denial (recorded first). */
  public Decision require(AccessRequest request, Target target) {
    Decision decision = decide(request, target);
    if (decision.denied()) {
      throw new AccessDeniedException(decision);
    }
    return decision;
  }

  /** Records a decision (a permit, usually) with details of what was released or changed. */
  public void record(
      Subject subject, Decision decision, Target target, Map<String, String> details) {
    recordOutcome(
        subject,
        decision.action(),
        decision.permitted() ? AuditOutcome.PERMIT : AuditOutcome.DENY,
        decision.reason().name(),
        target,
        details);
  }

  /** Records an outcome the policy did not decide, such as a stale write or an unknown case. */
  public void recordOutcome(
      Subject subject,
      Action action,
      AuditOutcome outcome,
      String reason,
      Target target,
      Map<String, String> details) {
    auditTrail.record(
        new AuditRecord(
            subject.username(),
            subject.agency(),
            AuditAction.of(action),
            outcome,
            reason,
            target.caseId(),
            target.owner(),
            target.path(),
            details));
  }
}
