package se.knutpunkt.domain.audit;

/** Where recorded audit events wait, inside the caller's transaction, for the log's integrator. */
public interface PendingAuditEvents {

  void append(PendingAuditEvent event);
}
