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
 * Asks the policy decision point on behalf of a person's request and records every denial, apart
 * from the request's own transaction (which the refusal rolls back), so that no service can forget
 * to and no refusal leaves anything else behind. Permits are recorded by the services, in their
 * transaction, with what was changed; reads are recorded by the gate.
 *
 * <p>Questions a page asks to decide what to offer ({@link se.knutpunkt.application.Capabilities})
 * are no requests and are not recorded.
 */
@ApplicationScoped
public class AccessGuard {

  private PolicyDecisionPoint pdp;
  private AuditTrail auditTrail;

  /** For the container's proxy only. */
  protected AccessGuard() {}

  @Inject
  public AccessGuard(PolicyDecisionPoint pdp, AuditTrail auditTrail) {
    this.pdp = pdp;
    this.auditTrail = auditTrail;
  }

  /** What a decision is about, as the audit trail names it. */
  public record Target(
      Optional<CaseId> caseId, Optional<AgencyCode> owner, Optional<FieldPath> path) {
    public static Target none() {
      return new Target(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Target caseOf(CaseId id, AgencyCode owner) {
      return new Target(Optional.of(id), Optional.of(owner), Optional.empty());
    }

    public static Target unknownCase(CaseId id) {
      return new Target(Optional.of(id), Optional.empty(), Optional.empty());
    }

    public Target field(FieldPath path) {
      return new Target(caseId, owner, Optional.of(path));
    }
  }

  /** Decides; a denial is recorded (apart) before it is returned. */
  public Decision decide(AccessRequest request, Target target) {
    Decision decision = pdp.decide(request);
    if (decision.denied()) {
      refused(request.subject(), decision.action(), decision.reason().name(), target, Map.of());
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

  /** Records a permit in the caller's transaction, with details of what was changed. */
  public void record(
      Subject subject, Decision decision, Target target, Map<String, String> details) {
    recordAs(AuditAction.of(decision.action()), subject, decision, target, details);
  }

  /**
   * Records a permit under a name of its own, where the decision's action would misname what was
   * done (the list of an agency's flags is permitted as raising them is, but is a read).
   */
  public void recordAs(
      AuditAction action,
      Subject subject,
      Decision decision,
      Target target,
      Map<String, String> details) {
    if (decision.denied()) {
      throw new IllegalArgumentException("denials are recorded apart: " + decision);
    }
    auditTrail.record(
        entry(subject, action, AuditOutcome.PERMIT, decision.reason().name(), target, details));
  }

  /**
   * Records a refusal the policy did not decide (a stale write, an unknown case), apart from the
   * caller's transaction.
   */
  public void refused(
      Subject subject, Action action, String reason, Target target, Map<String, String> details) {
    auditTrail.recordApart(
        entry(subject, AuditAction.of(action), AuditOutcome.DENY, reason, target, details));
  }

  private static AuditRecord entry(
      Subject subject,
      AuditAction action,
      AuditOutcome outcome,
      String reason,
      Target target,
      Map<String, String> details) {
    return new AuditRecord(
        subject.username(),
        subject.agency(),
        action,
        outcome,
        reason,
        target.caseId(),
        target.owner(),
        target.path(),
        details);
  }
}
