package se.knutpunkt.domain.event;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.agency.AgencyCode;

/**
 * A flag of suspected misuse was withdrawn. Names the flag, never the identifier: matching looks
 * the identifier up by its keyed hash.
 */
public record FlagWithdrawn(String flagId, AgencyCode flaggingAgency, Instant occurredAt)
    implements DomainEvent {

  private static final long serialVersionUID = 1L;

  public FlagWithdrawn {
    Objects.requireNonNull(flagId);
    Objects.requireNonNull(flaggingAgency);
    Objects.requireNonNull(occurredAt);
  }
}
