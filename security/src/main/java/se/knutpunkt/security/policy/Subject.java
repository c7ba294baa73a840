package se.knutpunkt.security.policy;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.user.Role;
import se.knutpunkt.domain.user.Username;

/** Who asks: a signed-in person with the agency, roles and clearance the identity provider gave. */
public record Subject(
    Username username,
    AgencyCode agency,
    Set<Role> roles,
    Optional<ClassificationLevel> clearance) {

  public Subject {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(clearance, "clearance");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Investigators and SPOC officers work cases; auditors and administrators never see content. */
  public boolean worksCases() {
    return has(Role.INVESTIGATOR) || has(Role.SPOC);
  }

  public boolean isClearedFor(ClassificationLevel level) {
    return clearance.map(c -> c.covers(level)).orElse(false);
  }
}
