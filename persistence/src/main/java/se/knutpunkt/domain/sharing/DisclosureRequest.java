package se.knutpunkt.domain.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.ValueVersion;
import se.knutpunkt.domain.user.Username;

/**
 * A member's request for one value withheld from them, at the version they were shown a placeholder
 * for, decided once by an ID-SPOC of the agency that owns the value: granted on stated grounds, or
 * denied with a reason.
 */
@Entity
@Table(name = "disclosure_request")
public class DisclosureRequest {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Column(name = "path", nullable = false, length = 200)
  private String path;

  @Column(name = "value_version", nullable = false)
  private long valueVersion;

  @Column(name = "value_owner", nullable = false, length = 10)
  private String valueOwner;

  @Column(name = "requester", nullable = false, length = 64)
  private String requester;

  @Column(name = "requester_agency", nullable = false, length = 10)
  private String requesterAgency;

  @Column(name = "reason", nullable = false, length = Invitation.MAX_TEXT)
  private String reason;

  @Column(name = "requested_at", nullable = false)
  private OffsetDateTime requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private DisclosureState state;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis", length = 32)
  private LegalBasis legalBasis;

  @Column(name = "needs_test", length = Invitation.MAX_GROUNDS_TEXT)
  private String needsTest;

  @Column(name = "balancing", length = Invitation.MAX_GROUNDS_TEXT)
  private String balancing;

  @Column(name = "consent", length = Invitation.MAX_TEXT)
  private String consent;

  @Column(name = "decision_reason", length = Invitation.MAX_TEXT)
  private String decisionReason;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected DisclosureRequest() {}

  public static DisclosureRequest ask(
      CaseId caseId,
      ValueVersion value,
      AgencyCode valueOwner,
      Username requester,
      AgencyCode requesterAgency,
      String reason,
      OffsetDateTime at) {
    DisclosureRequest request = new DisclosureRequest();
    request.id = UUID.randomUUID().toString();
    request.caseId = caseId.toString();
    request.path = value.path().value();
    request.valueVersion = value.version();
    request.valueOwner = valueOwner.value();
    request.requester = requester.value();
    request.requesterAgency = requesterAgency.value();
    request.reason = Objects.requireNonNull(reason);
    request.requestedAt = Objects.requireNonNull(at);
    request.state = DisclosureState.PENDING;
    return request;
  }

  public void grant(Username by, SharingGrounds grounds, OffsetDateTime at) {
    decide(by, at, DisclosureState.GRANTED);
    legalBasis = grounds.legalBasis();
    needsTest = grounds.needsTest().orElse(null);
    balancing = grounds.balancing().orElse(null);
    consent = grounds.consent().orElse(null);
  }

  public void deny(Username by, String why, OffsetDateTime at) {
    decide(by, at, DisclosureState.DENIED);
    decisionReason = Objects.requireNonNull(why);
  }

  /** Ends a request nobody decided, because the requesting agency left the case. */
  public void lapse(OffsetDateTime at) {
    if (state != DisclosureState.PENDING) {
      throw new IllegalStateException("disclosure request " + id + " is already " + state);
    }
    state = DisclosureState.LAPSED;
    decidedAt = at;
  }

  public boolean isPending() {
    return state == DisclosureState.PENDING;
  }

  private void decide(Username by, OffsetDateTime at, DisclosureState outcome) {
    if (state != DisclosureState.PENDING) {
      throw new IllegalStateException("disclosure request " + id + " is already " + state);
    }
    state = outcome;
    decidedBy = by.value();
    decidedAt = at;
  }

  public String id() {
    return id;
  }

  public CaseId caseId() {
    return CaseId.of(caseId);
  }

  public ValueVersion value() {
    return new ValueVersion(FieldPath.of(path), valueVersion);
  }

  public AgencyCode valueOwner() {
    return AgencyCode.of(valueOwner);
  }

  public Username requester() {
    return Username.of(requester);
  }

  public AgencyCode requesterAgency() {
    return AgencyCode.of(requesterAgency);
  }

  public String reason() {
    return reason;
  }

  public OffsetDateTime requestedAt() {
    return requestedAt;
  }

  public DisclosureState state() {
    return state;
  }

  public Optional<Username> decidedBy() {
    return Optional.ofNullable(decidedBy).map(Username::of);
  }

  public Optional<OffsetDateTime> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  /** The grounds of a grant. */
  public Optional<SharingGrounds> grounds() {
    return Optional.ofNullable(legalBasis)
        .map(
            basis ->
                new SharingGrounds(
                    basis,
                    Optional.ofNullable(needsTest),
                    Optional.ofNullable(balancing),
                    Optional.ofNullable(consent)));
  }

  /** Why it was denied. */
  public Optional<String> decisionReason() {
    return Optional.ofNullable(decisionReason);
  }
}
