package se.knutpunkt.application.audit;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.policy.Subject;

/**
 * What happened, to be written to the audit trail. Details never hold secret values: for changes
 * they hold fingerprints (keyed hashes) of the old and new values.
 */
public record AuditRecord(
    Username actor,
    AgencyCode actorAgency,
    AuditAction action,
    AuditOutcome outcome,
    String reason,
    Optional<CaseId> caseId,
    Optional<AgencyCode> resourceOwner,
    Optional<FieldPath> path,
    Map<String, String> details) {

  public AuditRecord {
    Objects.requireNonNull(actor);
    Objects.requireNonNull(actorAgency);
    Objects.requireNonNull(action);
    Objects.requireNonNull(outcome);
    Objects.requireNonNull(reason);
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(resourceOwner);
    Objects.requireNonNull(path);
    details = Collections.unmodifiableMap(new TreeMap<>(details));
  }

  /** What a person did that concerns no case nor field: a setting, a list of their own. */
  public static AuditRecord of(
      Subject subject,
      AuditAction action,
      AuditOutcome outcome,
      String reason,
      Map<String, String> details) {
    return new AuditRecord(
        subject.username(),
        subject.agency(),
        action,
        outcome,
        reason,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        details);
  }
}
