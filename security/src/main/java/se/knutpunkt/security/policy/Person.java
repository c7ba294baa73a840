package se.knutpunkt.security.policy;

import java.util.Objects;
import java.util.Set;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.user.Role;
import se.knutpunkt.domain.user.Username;

/** Someone an action is about, such as the colleague being added to a case. */
public record Person(Username username, AgencyCode agency, Set<Role> roles) {

  public Person {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(agency, "agency");
    roles = Set.copyOf(roles);
  }

  public boolean worksCases() {
    return roles.contains(Role.INVESTIGATOR) || roles.contains(Role.SPOC);
  }
}
