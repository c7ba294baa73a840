package se.knutpunkt.application.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What an auditor narrows {@code GET /audit/entries} to; every part optional. */
public record AuditEntryFilter(
    Optional<String> caseId,
    Optional<String> actor,
    Optional<String> action,
    Optional<Instant> from,
    Optional<Instant> to) {

  public AuditEntryFilter {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(actor);
    Objects.requireNonNull(action);
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
  }

  public static AuditEntryFilter none() {
    return new AuditEntryFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
