package se.knutpunkt.security.policy;

import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.user.Username;

/** What the policy needs to know of a case: its owner, creator and the asker's membership. */
public record CaseFacts(
    AgencyCode ownerAgency, Username creator, Optional<Membership> askersMembership) {

  public CaseFacts {
    Objects.requireNonNull(ownerAgency, "ownerAgency");
    Objects.requireNonNull(creator, "creator");
    Objects.requireNonNull(askersMembership, "askersMembership");
  }
}
