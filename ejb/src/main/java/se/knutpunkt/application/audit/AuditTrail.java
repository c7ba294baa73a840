package se.knutpunkt.application.audit;

/**
 * Records what happens. An entry is written in the caller's transaction: if the action commits, so
 * does its entry; if it rolls back, neither exists.
 */
public interface AuditTrail {

  void record(AuditRecord record);
}
