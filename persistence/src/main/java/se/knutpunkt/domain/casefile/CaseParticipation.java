package se.knutpunkt.domain.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import se.knutpunkt.domain.agency.AgencyCode;

/**
 * Another agency taking part in a case through an accepted invitation: the sections it sees and
 * until when. Its members' memberships carry the same limits; it ends when the invitation is
 * revoked or expires.
 */
@Entity
@Table(name = "case_participation")
public class CaseParticipation {

  @Id
  @SequenceGenerator(
      name = "case_participation",
      sequenceName = "case_participation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_participation")
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private CaseFile caseFile;

  @Column(name = "agency", nullable = false, length = 10)
  private String agency;

  @Column(name = "invitation_id", nullable = false, length = 36)
  private String invitationId;

  @Column(name = "scope", nullable = false, length = 200)
  private String scope;

  @Column(name = "valid_until", nullable = false)
  private OffsetDateTime validUntil;

  protected CaseParticipation() {}

  CaseParticipation(
      CaseFile caseFile,
      AgencyCode agency,
      String invitationId,
      Set<CaseSection> scope,
      OffsetDateTime validUntil) {
    if (scope.isEmpty()) {
      throw new IllegalArgumentException("a participation covers at least one section");
    }
    this.caseFile = caseFile;
    this.agency = agency.value();
    this.invitationId = invitationId;
    this.scope = scope.stream().sorted().map(CaseSection::code).collect(Collectors.joining(","));
    this.validUntil = validUntil;
  }

  public AgencyCode agency() {
    return AgencyCode.of(agency);
  }

  boolean isOf(AgencyCode code) {
    return agency.equals(code.value());
  }

  public String invitationId() {
    return invitationId;
  }

  public Set<CaseSection> scope() {
    Set<CaseSection> sections = EnumSet.noneOf(CaseSection.class);
    for (String code : scope.split(",")) {
      CaseSection.fromCode(code).ifPresent(sections::add);
    }
    return sections;
  }

  public OffsetDateTime validUntil() {
    return validUntil;
  }
}
