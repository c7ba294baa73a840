package se.knutpunkt.security.auditlog.leaf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded action before it has its place in the log: who, when, what, to what, whether it was
 * allowed and why, from which request. The audit writer records events inside the caller's
 * transaction; the checkpointer gives each its {@link AuditLeaf leaf index} in the order it
 * integrates them.
 *
 * <p>Time is kept to the millisecond, as the canonical encoding keeps it.
 */
public record AuditEvent(
    Instant at,
    Actor actor,
    AuditAction action,
    AuditOutcome outcome,
    String reason,
    AuditResource resource,
    Optional<String> requestId,
    Optional<String> clientAddress,
    AuditDetails details) {

  public AuditEvent {
    at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    Text.required(reason, "reason");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(requestId, "requestId").ifPresent(v -> Text.required(v, "request id"));
    Objects.requireNonNull(clientAddress, "clientAddress")
        .ifPresent(v -> Text.required(v, "client address"));
    Objects.requireNonNull(details, "details");
  }

  /** This event as the leaf at {@code index}: what the checkpointer stores and hashes. */
  public AuditLeaf atIndex(se.knutpunkt.security.auditlog.merkle.LeafIndex index) {
    return new AuditLeaf(index, this);
  }
}
