package se.knutpunkt.application.audit;

/** Records what happens. */
public interface AuditTrail {

  /**
   * Records in the caller's transaction: if the action commits, so does its entry; if it rolls
   * back, neither exists.
   */
  void record(AuditRecord record);

  /**
   * Records in a transaction of its own, committed before this returns: for refusals, whose entry
   * must stay although everything the refused request did is rolled back.
   */
  void recordApart(AuditRecord record);
}
