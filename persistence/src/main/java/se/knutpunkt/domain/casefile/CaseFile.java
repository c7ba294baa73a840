package se.knutpunkt.domain.casefile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.user.Username;

/**
 * A case (ärende): owned by one agency, worked by its members. Its content lives in field values,
 * each with a marking of its own.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "case_type", nullable = false, length = 32)
  private CaseType type;

  @Column(name = "owner_agency", nullable = false, length = 10)
  private String ownerAgency;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("addedAt")
  private List<CaseMember> members = new ArrayList<>();

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<CaseParticipation> participations = new ArrayList<>();

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
  private List<DisclosedValue> disclosedValues = new ArrayList<>();

  protected CaseFile() {}

  private CaseFile(
      CaseId id, CaseType type, AgencyCode owner, Username creator, OffsetDateTime at) {
    this.id = id.toString();
    this.type = type;
    this.ownerAgency = owner.value();
    this.createdBy = creator.value();
    this.createdAt = at;
  }

  /** Opens a case owned by the creator's agency, with the creator as its first member. */
  public static CaseFile open(
      CaseId id, CaseType type, Username creator, AgencyCode creatorAgency, OffsetDateTime at) {
    CaseFile caseFile = new CaseFile(id, type, creatorAgency, creator, at);
    caseFile.members.add(
        new CaseMember(
            caseFile,
            creator,
            creatorAgency,
            MembershipKind.CREATOR,
            creator,
            at,
            CaseSection.all(),
            Optional.empty(),
            null));
    return caseFile;
  }

  /** Adds a colleague of the owner agency: every section, no end. */
  public CaseMember addMember(
      Username username, AgencyCode agency, Username addedBy, OffsetDateTime at) {
    return admit(
        username,
        agency,
        MembershipKind.ASSIGNED,
        CaseSection.all(),
        Optional.empty(),
        addedBy,
        at);
  }

  /** Adds a member limited to {@code scope} until {@code validUntil} (invited agencies). */
  public CaseMember admit(
      Username username,
      AgencyCode agency,
      MembershipKind kind,
      Set<CaseSection> scope,
      Optional<OffsetDateTime> validUntil,
      Username addedBy,
      OffsetDateTime at) {
    if (memberNamed(username).isPresent()) {
      throw new IllegalStateException(username + " is already a member of this case");
    }
    CaseMember member =
        new CaseMember(this, username, agency, kind, addedBy, at, scope, validUntil, null);
    members.add(member);
    return member;
  }

  /**
   * Lets another agency take part through an accepted invitation: it sees {@code scope} until
   * {@code validUntil}, and so do the members it brings.
   */
  public CaseParticipation participate(
      AgencyCode agency, String invitationId, Set<CaseSection> scope, OffsetDateTime validUntil) {
    if (agency.equals(ownerAgency()) || participationOf(agency).isPresent()) {
      throw new IllegalStateException(agency + " already takes part in case " + id);
    }
    CaseParticipation participation =
        new CaseParticipation(this, agency, invitationId, scope, validUntil);
    participations.add(participation);
    return participation;
  }

  /** The terms on which an invited agency takes part, if it does. */
  public Optional<CaseParticipation> participationOf(AgencyCode agency) {
    return participations.stream().filter(p -> p.isOf(agency)).findFirst();
  }

  /** Adds a member of an agency taking part through an invitation, on that invitation's terms. */
  public CaseMember admitThrough(
      CaseParticipation participation, Username username, Username addedBy, OffsetDateTime at) {
    if (memberNamed(username).isPresent()) {
      throw new IllegalStateException(username + " is already a member of this case");
    }
    CaseMember member =
        new CaseMember(
            this,
            username,
            participation.agency(),
            MembershipKind.INVITED,
            addedBy,
            at,
            participation.scope(),
            Optional.of(participation.validUntil()),
            participation.invitationId());
    members.add(member);
    return member;
  }

  /**
   * Ends what an invitation brought: the agency's participation and every membership that came
   * through it. Returns the members who left.
   */
  public List<CaseMember> endInvitation(String invitationId) {
    List<CaseMember> leaving =
        members.stream().filter(m -> invitationId.equals(m.invitationId())).toList();
    members.removeAll(leaving);
    participations.removeIf(p -> p.invitationId().equals(invitationId));
    return leaving;
  }

  /** Releases one value version to an agency, on a granted disclosure request. */
  public void disclose(ValueVersion value, AgencyCode agency, String requestId) {
    if (!disclosedTo(agency).contains(value)) {
      disclosedValues.add(new DisclosedValue(this, value, agency, requestId));
    }
  }

  /** The value versions released to an agency by granted disclosure requests. */
  public Set<ValueVersion> disclosedTo(AgencyCode agency) {
    if (disclosedValues.isEmpty()) {
      return Set.of();
    }
    Set<ValueVersion> released = new java.util.HashSet<>();
    disclosedValues.stream().filter(d -> d.isTo(agency)).forEach(d -> released.add(d.value()));
    return released;
  }

  /** How many members of the agency that owns the case it has. */
  public int ownerAgencyMembers() {
    AgencyCode owner = ownerAgency();
    return (int) members.stream().filter(m -> m.isOf(owner)).count();
  }

  /**
   * The agencies in the case: the owner, those taking part through an invitation, and any other
   * with members in it.
   */
  public Set<AgencyCode> memberAgencies() {
    Set<AgencyCode> agencies = new java.util.TreeSet<>();
    agencies.add(ownerAgency());
    members.forEach(m -> agencies.add(m.agency()));
    participations.forEach(p -> agencies.add(p.agency()));
    return agencies;
  }

  public void removeMember(Username username) {
    CaseMember member =
        memberNamed(username)
            .orElseThrow(
                () -> new IllegalStateException(username + " is not a member of this case"));
    members.remove(member);
  }

  public Optional<CaseMember> memberNamed(Username username) {
    return members.stream().filter(m -> m.isNamed(username)).findFirst();
  }

  public CaseId id() {
    return CaseId.of(id);
  }

  public CaseType type() {
    return type;
  }

  public AgencyCode ownerAgency() {
    return AgencyCode.of(ownerAgency);
  }

  public Username createdBy() {
    return Username.of(createdBy);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public List<CaseMember> members() {
    return Collections.unmodifiableList(members);
  }
}
