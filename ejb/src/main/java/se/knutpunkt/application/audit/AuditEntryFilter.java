package se.knutpunkt.application.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What an auditor narrows {@code GET /audit/entries} to; every part optional. */
public record AuditEntryFilter(
    Optional<String> caseId,
    Optional<String> actor,
    Optional<String> agency,
    Optional<String> action,
    Optional<String> outcome,
    Optional<Instant> from,
    Optional<Instant> to) {

  public AuditEntryFilter {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(actor);
    Objects.requireNonNull(agency);
    Objects.requireNonNull(action);
    Objects.requireNonNull(outcome);
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
  }

  /** By case, actor, action and time only. */
  public AuditEntryFilter(
      Optional<String> caseId,
      Optional<String> actor,
      Optional<String> action,
      Optional<Instant> from,
      Optional<Instant> to) {
    this(caseId, actor, Optional.empty(), action, Optional.empty(), from, to);
  }

  public static AuditEntryFilter none() {
    return new AuditEntryFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** What the search asked for, as the audit trail records an auditor's own search. */
  public java.util.Map<String, String> asDetails() {
    java.util.Map<String, String> details = new java.util.LinkedHashMap<>();
    caseId.ifPresent(v -> details.put("caseId", v));
    actor.ifPresent(v -> details.put("actor", v));
    agency.ifPresent(v -> details.put("agency", v));
    action.ifPresent(v -> details.put("action", v));
    outcome.ifPresent(v -> details.put("outcome", v));
    from.ifPresent(v -> details.put("from", v.toString()));
    to.ifPresent(v -> details.put("to", v.toString()));
    return details;
  }
}
