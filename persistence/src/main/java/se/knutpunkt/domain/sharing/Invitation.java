package se.knutpunkt.domain.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.user.Username;

/**
 * An invitation of another agency into a case by an ID-SPOC of the agency that owns it: which
 * sections, for what purpose, on which legal grounds, until when. It moves from pending to accepted
 * or declined, and from pending or accepted to revoked or expired; nothing leaves a final state.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

  public static final int MAX_TEXT = 2000;
  public static final int MAX_GROUNDS_TEXT = 4000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Column(name = "owner_agency", nullable = false, length = 10)
  private String ownerAgency;

  @Column(name = "invited_agency", nullable = false, length = 10)
  private String invitedAgency;

  @Column(name = "scope", nullable = false, length = 200)
  private String scope;

  @Column(name = "purpose", nullable = false, length = MAX_TEXT)
  private String purpose;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis", nullable = false, length = 32)
  private LegalBasis legalBasis;

  @Column(name = "needs_test", length = MAX_GROUNDS_TEXT)
  private String needsTest;

  @Column(name = "balancing", length = MAX_GROUNDS_TEXT)
  private String balancing;

  @Column(name = "consent", length = MAX_TEXT)
  private String consent;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private InvitationState state;

  @Column(name = "invited_by", nullable = false, length = 64)
  private String invitedBy;

  @Column(name = "invited_at", nullable = false)
  private OffsetDateTime invitedAt;

  @Column(name = "answered_by", length = 64)
  private String answeredBy;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  @Column(name = "decline_reason", length = MAX_TEXT)
  private String declineReason;

  /** The investigators who joined on acceptance, comma-separated. */
  @Column(name = "joined", length = MAX_TEXT)
  private String joined;

  @Column(name = "ended_by", length = 64)
  private String endedBy;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected Invitation() {}

  /** A new, pending invitation. */
  public static Invitation send(
      CaseId caseId,
      AgencyCode owner,
      AgencyCode invited,
      Set<CaseSection> scope,
      String purpose,
      SharingGrounds grounds,
      OffsetDateTime expiresAt,
      Username invitedBy,
      OffsetDateTime at) {
    if (owner.equals(invited)) {
      throw new IllegalArgumentException("an agency does not invite itself");
    }
    if (scope.isEmpty()) {
      throw new IllegalArgumentException("an invitation covers at least one section");
    }
    Invitation invitation = new Invitation();
    invitation.id = UUID.randomUUID().toString();
    invitation.caseId = caseId.toString();
    invitation.ownerAgency = owner.value();
    invitation.invitedAgency = invited.value();
    invitation.scope = codes(scope);
    invitation.purpose = Objects.requireNonNull(purpose);
    invitation.legalBasis = grounds.legalBasis();
    invitation.needsTest = grounds.needsTest().orElse(null);
    invitation.balancing = grounds.balancing().orElse(null);
    invitation.consent = grounds.consent().orElse(null);
    invitation.expiresAt = Objects.requireNonNull(expiresAt);
    invitation.state = InvitationState.PENDING;
    invitation.invitedBy = invitedBy.value();
    invitation.invitedAt = Objects.requireNonNull(at);
    return invitation;
  }

  private static String codes(Set<CaseSection> sections) {
    return sections.stream().sorted().map(CaseSection::code).collect(Collectors.joining(","));
  }

  /** Whether it can still be accepted or declined at {@code now}. */
  public boolean isOpenAt(OffsetDateTime now) {
    return state == InvitationState.PENDING && now.isBefore(expiresAt);
  }

  /** Whether its end date has passed at {@code now} while it was still pending or accepted. */
  public boolean isDueToExpireAt(OffsetDateTime now) {
    return !state.isFinal() && !now.isBefore(expiresAt);
  }

  public void accept(Username by, List<Username> joining, OffsetDateTime at) {
    requireOpen(at);
    state = InvitationState.ACCEPTED;
    answeredBy = by.value();
    answeredAt = at;
    joined = joining.stream().map(Username::value).collect(Collectors.joining(","));
  }

  public void decline(Username by, String reason, OffsetDateTime at) {
    requireOpen(at);
    state = InvitationState.DECLINED;
    answeredBy = by.value();
    answeredAt = at;
    declineReason = Objects.requireNonNull(reason);
  }

  /** Takes it back, pending or accepted. */
  public void revoke(Username by, OffsetDateTime at) {
    if (state.isFinal()) {
      throw new IllegalStateException("invitation " + id + " is already " + state);
    }
    state = InvitationState.REVOKED;
    endedBy = by.value();
    endedAt = at;
  }

  public void expire(OffsetDateTime at) {
    if (!isDueToExpireAt(at)) {
      throw new IllegalStateException("invitation " + id + " is not due to expire");
    }
    state = InvitationState.EXPIRED;
    endedAt = at;
  }

  private void requireOpen(OffsetDateTime at) {
    if (!isOpenAt(at)) {
      throw new IllegalStateException("invitation " + id + " is " + state + ", not open");
    }
  }

  public String id() {
    return id;
  }

  public CaseId caseId() {
    return CaseId.of(caseId);
  }

  public AgencyCode ownerAgency() {
    return AgencyCode.of(ownerAgency);
  }

  public AgencyCode invitedAgency() {
    return AgencyCode.of(invitedAgency);
  }

  public Set<CaseSection> scope() {
    Set<CaseSection> sections = EnumSet.noneOf(CaseSection.class);
    for (String code : scope.split(",")) {
      CaseSection.fromCode(code).ifPresent(sections::add);
    }
    return sections;
  }

  public String purpose() {
    return purpose;
  }

  public SharingGrounds grounds() {
    return new SharingGrounds(
        legalBasis,
        Optional.ofNullable(needsTest),
        Optional.ofNullable(balancing),
        Optional.ofNullable(consent));
  }

  public OffsetDateTime expiresAt() {
    return expiresAt;
  }

  public InvitationState state() {
    return state;
  }

  public Username invitedBy() {
    return Username.of(invitedBy);
  }

  public OffsetDateTime invitedAt() {
    return invitedAt;
  }

  public Optional<Username> answeredBy() {
    return Optional.ofNullable(answeredBy).map(Username::of);
  }

  public Optional<OffsetDateTime> answeredAt() {
    return Optional.ofNullable(answeredAt);
  }

  public Optional<String> declineReason() {
    return Optional.ofNullable(declineReason);
  }

  public List<Username> joined() {
    if (joined == null || joined.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(joined.split(",")).map(Username::of).toList();
  }

  public Optional<Username> endedBy() {
    return Optional.ofNullable(endedBy).map(Username::of);
  }

  public Optional<OffsetDateTime> endedAt() {
    return Optional.ofNullable(endedAt);
  }
}
