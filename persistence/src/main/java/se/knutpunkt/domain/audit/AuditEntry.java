package se.knutpunkt.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the audit trail: who did what to which resource, and whether it was allowed. Rows
 * are only ever inserted; on PostgreSQL the application's role cannot change them.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @SequenceGenerator(name = "audit_entry", sequenceName = "audit_entry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry")
  @Column(name = "id")
  private Long id;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "actor", nullable = false, length = 64)
  private String actor;

  @Column(name = "actor_agency", nullable = false, length = 10)
  private String actorAgency;

  @Column(name = "action", nullable = false, length = 40)
  private String action;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 8)
  private AuditOutcome outcome;

  @Column(name = "reason", nullable = false, length = 64)
  private String reason;

  @Column(name = "case_id", length = 36)
  private String caseId;

  @Column(name = "resource_owner", length = 10)
  private String resourceOwner;

  @Column(name = "path", length = 200)
  private String path;

  @Column(name = "request_id", length = 64)
  private String requestId;

  @Column(name = "client_address", length = 64)
  private String clientAddress;

  @Column(name = "details", length = 4000)
  private String details;

  protected AuditEntry() {}

  public AuditEntry(
      OffsetDateTime recordedAt,
      String actor,
      String actorAgency,
      String action,
      AuditOutcome outcome,
      String reason,
      Optional<String> caseId,
      Optional<String> resourceOwner,
      Optional<String> path,
      Optional<String> requestId,
      Optional<String> clientAddress,
      String details) {
    this.recordedAt = Objects.requireNonNull(recordedAt);
    this.actor = Objects.requireNonNull(actor);
    this.actorAgency = Objects.requireNonNull(actorAgency);
    this.action = Objects.requireNonNull(action);
    this.outcome = Objects.requireNonNull(outcome);
    this.reason = Objects.requireNonNull(reason);
    this.caseId = caseId.orElse(null);
    this.resourceOwner = resourceOwner.orElse(null);
    this.path = path.orElse(null);
    this.requestId = requestId.orElse(null);
    this.clientAddress = clientAddress.orElse(null);
    this.details = details;
  }

  public Long id() {
    return id;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }

  public String actor() {
    return actor;
  }

  public String actorAgency() {
    return actorAgency;
  }

  public String action() {
    return action;
  }

  public AuditOutcome outcome() {
    return outcome;
  }

  public String reason() {
    return reason;
  }

  public Optional<String> caseId() {
    return Optional.ofNullable(caseId);
  }

  public Optional<String> resourceOwner() {
    return Optional.ofNullable(resourceOwner);
  }

  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  public Optional<String> clientAddress() {
    return Optional.ofNullable(clientAddress);
  }

  public String details() {
    return details;
  }
}
