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
import java.util.Set;
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

  protected CaseMember() {}

  CaseMember(
      CaseFile caseFile,
      Username username,
      AgencyCode agency,
      MembershipKind kind,
      Username addedBy,
      OffsetDateTime addedAt) {
    this.caseFile = caseFile;
    this.username = username.value();
    this.agency = agency.value();
    this.kind = kind;
    this.addedBy = addedBy.value();
    this.addedAt = addedAt;
  }

  public Username username() {
    return Username.of(username);
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

  /** Members of the owner agency see every section. */
  public Set<CaseSection> scope() {
    return CaseSection.all();
  }
}
