package se.knutpunkt.domain.audit;

/** Whether the recorded action was allowed. */
public enum AuditOutcome {
  PERMIT,
  DENY
}
