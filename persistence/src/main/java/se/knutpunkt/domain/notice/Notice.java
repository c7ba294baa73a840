package se.knutpunkt.domain.notice;

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
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.user.Username;

/**
 * A notice to one person, or to the ID-SPOC inbox of one agency, that something happened which
 * concerns one of their cases (or an identifier they watch). It holds references only (the case it
 * concerns, the flag it is about), never content: what it says is made when it is read, through the
 * gate, so that a notice whose recipient lost access to the case says nothing (and is not shown).
 */
@Entity
@Table(name = "notice")
public class Notice {

  @Id
  @SequenceGenerator(name = "notice", sequenceName = "notice_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice")
  @Column(name = "id")
  private Long id;

  @Column(name = "recipient", length = 64)
  private String recipient;

  @Column(name = "recipient_agency", length = 10)
  private String recipientAgency;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private NoticeKind kind;

  @Column(name = "case_id", length = 36)
  private String caseId;

  @Column(name = "watch_id")
  private Long watchId;

  @Column(name = "flag_id")
  private Long flagId;

  @Column(name = "examination_id")
  private Long examinationId;

  @Column(name = "invitation_id", length = 36)
  private String invitationId;

  @Column(name = "disclosure_id", length = 36)
  private String disclosureId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Notice() {}

  private Notice(
      Username recipient,
      AgencyCode recipientAgency,
      NoticeKind kind,
      CaseId caseId,
      long about,
      OffsetDateTime createdAt) {
    this.recipient = recipient == null ? null : recipient.value();
    this.recipientAgency = recipientAgency == null ? null : recipientAgency.value();
    this.kind = Objects.requireNonNull(kind);
    this.caseId = caseId == null ? null : caseId.toString();
    if (kind == NoticeKind.FORGED_DOCUMENT) {
      this.examinationId = about;
    } else {
      this.flagId = about;
    }
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /**
   * A notice to a member of a case that holds what it is {@code about}: the flag (of a flag or its
   * withdrawal) or the registry's examination (of a forged document).
   */
  public static Notice toMember(
      Username member, NoticeKind kind, CaseId caseId, long about, OffsetDateTime at) {
    return new Notice(Objects.requireNonNull(member), null, kind, caseId, about, at);
  }

  /** A notice about a flag to someone who keeps a watch on the flagged identifier. */
  public static Notice toWatcher(
      Username watcher, NoticeKind kind, long watchId, long flagId, OffsetDateTime at) {
    Notice notice = new Notice(Objects.requireNonNull(watcher), null, kind, null, flagId, at);
    notice.watchId = watchId;
    return notice;
  }

  /** The same notice to the ID-SPOC inbox of an agency that takes part in the case. */
  public static Notice toSpocsOf(
      AgencyCode agency, NoticeKind kind, CaseId caseId, long about, OffsetDateTime at) {
    return new Notice(null, Objects.requireNonNull(agency), kind, caseId, about, at);
  }

  /**
   * A notice about an invitation into a case, to the ID-SPOC inbox of {@code agency} (either side
   * of the invitation).
   */
  public static Notice aboutInvitation(
      AgencyCode agency, NoticeKind kind, CaseId caseId, String invitationId, OffsetDateTime at) {
    Notice notice = bare(null, Objects.requireNonNull(agency), kind, caseId, at);
    notice.invitationId = Objects.requireNonNull(invitationId);
    return notice;
  }

  /**
   * A notice about a disclosure request: to the ID-SPOC inbox of the value's owner ({@code
   * agency}), or to the member who asked ({@code person}).
   */
  public static Notice aboutDisclosure(
      Username person,
      AgencyCode agency,
      NoticeKind kind,
      CaseId caseId,
      String requestId,
      OffsetDateTime at) {
    Notice notice = bare(person, agency, kind, caseId, at);
    notice.disclosureId = Objects.requireNonNull(requestId);
    return notice;
  }

  private static Notice bare(
      Username person, AgencyCode agency, NoticeKind kind, CaseId caseId, OffsetDateTime at) {
    if ((person == null) == (agency == null)) {
      throw new IllegalArgumentException("a notice goes to one person or to one ID-SPOC inbox");
    }
    Notice notice = new Notice();
    notice.recipient = person == null ? null : person.value();
    notice.recipientAgency = agency == null ? null : agency.value();
    notice.kind = Objects.requireNonNull(kind);
    notice.caseId = Objects.requireNonNull(caseId).toString();
    notice.createdAt = Objects.requireNonNull(at);
    return notice;
  }

  public long id() {
    return id;
  }

  public Optional<Username> recipient() {
    return Optional.ofNullable(recipient).map(Username::of);
  }

  /** The agency whose ID-SPOCs receive it, for a notice to an ID-SPOC inbox. */
  public Optional<AgencyCode> spocsOf() {
    return Optional.ofNullable(recipientAgency).map(AgencyCode::of);
  }

  public NoticeKind kind() {
    return kind;
  }

  /** The recipient's own case it concerns; none for a notice a watch brought. */
  public Optional<CaseId> caseId() {
    return Optional.ofNullable(caseId).map(CaseId::of);
  }

  /** The recipient's watch that brought it, for a notice about a watched identifier. */
  public Optional<Long> watchId() {
    return Optional.ofNullable(watchId);
  }

  /** The flag it is about, for a notice of a flag or its withdrawal. */
  public Optional<Long> flagId() {
    return Optional.ofNullable(flagId);
  }

  /** The registry's examination it is about, for a notice of a forged document. */
  public Optional<Long> examinationId() {
    return Optional.ofNullable(examinationId);
  }

  /** The invitation it is about, for a notice of an invitation's step. */
  public Optional<String> invitationId() {
    return Optional.ofNullable(invitationId);
  }

  /** The disclosure request it is about. */
  public Optional<String> disclosureId() {
    return Optional.ofNullable(disclosureId);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
