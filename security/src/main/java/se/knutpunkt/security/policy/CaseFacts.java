package se.knutpunkt.security.policy;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.ValueVersion;
import se.knutpunkt.domain.user.Username;

/**
 * What the policy needs to know of a case, as stored: its owner, its creator, the asker's
 * membership (with its scope and period), how many members of the owner agency it has (a case
 * always keeps at least one), the agencies that take part in it (a value is released only to
 * agencies in the case), and the value versions disclosed to the asker's agency on request.
 */
public record CaseFacts(
    AgencyCode ownerAgency,
    Username creator,
    Optional<Membership> askersMembership,
    int ownerAgencyMembers,
    Set<AgencyCode> memberAgencies,
    Set<ValueVersion> disclosedToAsker) {

  public CaseFacts {
    Objects.requireNonNull(ownerAgency, "ownerAgency");
    Objects.requireNonNull(creator, "creator");
    Objects.requireNonNull(askersMembership, "askersMembership");
    if (ownerAgencyMembers < 0) {
      throw new IllegalArgumentException("a count of members is never negative");
    }
    Set<AgencyCode> agencies = new TreeSet<>(memberAgencies);
    agencies.add(ownerAgency);
    askersMembership.ifPresent(m -> agencies.add(m.agency()));
    memberAgencies = Collections.unmodifiableSet(agencies);
    disclosedToAsker = Set.copyOf(disclosedToAsker);
  }

  /** The facts of a case from which nothing was disclosed to the asker's agency on request. */
  public CaseFacts(
      AgencyCode ownerAgency,
      Username creator,
      Optional<Membership> askersMembership,
      int ownerAgencyMembers,
      Set<AgencyCode> memberAgencies) {
    this(ownerAgency, creator, askersMembership, ownerAgencyMembers, memberAgencies, Set.of());
  }

  /** The facts of a case whose members belong to the owner agency and the asker's agency only. */
  public CaseFacts(
      AgencyCode ownerAgency,
      Username creator,
      Optional<Membership> askersMembership,
      int ownerAgencyMembers) {
    this(ownerAgency, creator, askersMembership, ownerAgencyMembers, Set.of());
  }

  /**
   * The facts of a case the subject is about to open: owned by their agency, with them as its one
   * member. Case creation is decided on these before anything is stored.
   */
  public static CaseFacts ofNewCase(Subject creator) {
    return new CaseFacts(
        creator.agency(),
        creator.username(),
        Optional.of(Membership.unlimited(creator.agency())),
        1);
  }
}
