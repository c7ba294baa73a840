package se.knutpunkt.security.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.user.Role;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.policy.Subject;

/** Turns the identity provider's claims into the subject the policy decision point judges. */
public final class SubjectMapper {

  private SubjectMapper() {}

  public static Subject toSubject(IdentityClaims claims) {
    Username username;
    try {
      username = Username.of(claims.username());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new UnusableIdentityException("the token names no usable username");
    }
    AgencyCode agency =
        claims
            .agency()
            .map(SubjectMapper::agency)
            .orElseThrow(() -> new UnusableIdentityException(username + " belongs to no agency"));
    Optional<ClassificationLevel> clearance = claims.clearance().map(SubjectMapper::clearance);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    claims.groups().forEach(group -> Role.fromGroup(group).ifPresent(roles::add));
    return new Subject(username, agency, roles, clearance);
  }

  private static AgencyCode agency(String code) {
    try {
      return AgencyCode.of(code);
    } catch (IllegalArgumentException e) {
      throw new UnusableIdentityException("'" + code + "' is not an agency code");
    }
  }

  private static ClassificationLevel clearance(String level) {
    try {
      return ClassificationLevel.parse(level);
    } catch (IllegalArgumentException e) {
      throw new UnusableIdentityException("'" + level + "' is not a clearance level");
    }
  }
}
