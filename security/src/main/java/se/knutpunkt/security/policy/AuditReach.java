package se.knutpunkt.security.policy;

import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;

/**
 * The audit entries an auditor may read, in a form a database query can filter on: nothing, every
 * entry, or the entries whose actor or resource owner is one agency. Only the policy decision point
 * makes one ({@link PolicyDecisionPoint#auditReach}).
 */
public final class AuditReach {

  static final AuditReach NOTHING = new AuditReach(false, Optional.empty());
  static final AuditReach EVERYTHING = new AuditReach(true, Optional.empty());

  private final boolean everything;
  private final Optional<AgencyCode> agency;

  private AuditReach(boolean everything, Optional<AgencyCode> agency) {
    this.everything = everything;
    this.agency = agency;
  }

  static AuditReach ofAgency(AgencyCode agency) {
    return new AuditReach(false, Optional.of(Objects.requireNonNull(agency)));
  }

  public boolean isNothing() {
    return !everything && agency.isEmpty();
  }

  public boolean isEverything() {
    return everything;
  }

  /** The agency whose entries (as actor or as resource owner) are in reach, unless all or none. */
  public Optional<AgencyCode> agency() {
    return agency;
  }

  public boolean covers(AgencyCode actorAgency, Optional<AgencyCode> resourceOwner) {
    return everything
        || agency
            .map(a -> a.equals(actorAgency) || resourceOwner.map(a::equals).orElse(false))
            .orElse(false);
  }

  @Override
  public String toString() {
    return everything ? "every entry" : agency.map(a -> "entries of " + a).orElse("no entry");
  }
}
