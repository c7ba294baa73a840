package se.knutpunkt.security.policy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseSection;

/**
 * The asking person's membership of a case: through which agency, over which sections, until when
 * (members through an invitation are limited; members of the owner agency are not).
 */
public record Membership(AgencyCode agency, Set<CaseSection> scope, Optional<Instant> validUntil) {

  public Membership {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(validUntil, "validUntil");
    scope = scope.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scope));
  }

  public static Membership unlimited(AgencyCode agency) {
    return new Membership(agency, CaseSection.all(), Optional.empty());
  }

  public boolean isValidAt(Instant now) {
    return validUntil.map(now::isBefore).orElse(true);
  }

  public boolean covers(CaseSection section) {
    return scope.contains(section);
  }
}
