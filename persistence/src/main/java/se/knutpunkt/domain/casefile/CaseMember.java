package se.knutpunkt.domain.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.user.Username;

/** A person's membership of a case. */
@Entity
@Table(name = "case_member")
public class CaseMember {

  @Id
  @SequenceGenerator(name = "case_member", sequenceName = "case_member_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_member")
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private CaseFile caseFile;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Column(name = "agency", nullable = false, length = 10)
  private String agency;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private MembershipKind kind;

  @Column(name = "added_by", nullable = false, length = 64)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private OffsetDateTime addedAt;

  /** The section codes the membership covers, comma-separated. */
  @Column(name = "scope", nullable = false, length = 200)
  private String scope;

  @Column(name = "valid_until")
  private OffsetDateTime validUntil;

  /** The invitation through which the member joined; none for members of the owner agency. */
  @Column(name = "invitation_id", length = 36)
  private String invitationId;

  protected CaseMember() {}

  CaseMember(
      CaseFile caseFile,
      Username username,
      AgencyCode agency,
      MembershipKind kind,
      Username addedBy,
      OffsetDateTime addedAt,
      Set<CaseSection> scope,
      Optional<OffsetDateTime> validUntil,
      String invitationId) {
    if (scope.isEmpty()) {
      throw new IllegalArgumentException("a membership covers at least one section");
    }
    this.caseFile = caseFile;
    this.username = username.value();
    this.agency = agency.value();
    this.kind = kind;
    this.addedBy = addedBy.value();
    this.addedAt = addedAt;
    this.scope = scope.stream().sorted().map(CaseSection::code).collect(Collectors.joining(","));
    this.validUntil = validUntil.orElse(null);
    this.invitationId = invitationId;
  }

  String invitationId() {
    return invitationId;
  }

  /** Whether the member came through an invitation of another agency. */
  public boolean cameByInvitation() {
    return invitationId != null;
  }

  public Username username() {
    return Username.of(username);
  }

  /** Whether this is the member named so (without making a value object per comparison). */
  boolean isNamed(Username name) {
    return username.equals(name.value());
  }

  boolean isOf(AgencyCode code) {
    return agency.equals(code.value());
  }

  public AgencyCode agency() {
    return AgencyCode.of(agency);
  }

  public MembershipKind kind() {
    return kind;
  }

  public Username addedBy() {
    return Username.of(addedBy);
  }

  public OffsetDateTime addedAt() {
    return addedAt;
  }

  /** The sections this membership covers: every one for the owner agency's members. */
  public Set<CaseSection> scope() {
    Set<CaseSection> sections = EnumSet.noneOf(CaseSection.class);
    for (String code : scope.split(",")) {
      // a code no section has any more covers nothing
      CaseSection.fromCode(code).ifPresent(sections::add);
    }
    return sections;
  }

  /** When the membership ends; empty for members of the owner agency. */
  public Optional<OffsetDateTime> validUntil() {
    return Optional.ofNullable(validUntil);
  }
}
