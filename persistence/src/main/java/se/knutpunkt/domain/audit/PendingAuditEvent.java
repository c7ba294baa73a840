package se.knutpunkt.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An audit event recorded in the caller's transaction and not yet in the verifiable log. It holds
 * the canonical leaf bytes with index 0: its index is given when the log's single integrator takes
 * it, in the order events commit, and the integrator then moves it to the append-only leaf table
 * (docs/audit-log.md, "Storage"). The application inserts these rows and never reads them.
 */
@Entity
@Table(name = "audit_pending")
public class PendingAuditEvent {

  @Id
  @SequenceGenerator(
      name = "audit_pending",
      sequenceName = "audit_pending_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_pending")
  @Column(name = "id")
  private Long id;

  @Column(name = "event", nullable = false)
  private byte[] event;

  protected PendingAuditEvent() {}

  public PendingAuditEvent(byte[] canonicalEventBytes) {
    this.event = canonicalEventBytes.clone();
  }

  public Long id() {
    return id;
  }
}
