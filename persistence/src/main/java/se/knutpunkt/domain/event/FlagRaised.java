package se.knutpunkt.domain.event;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.agency.AgencyCode;

/**
 * A flag of suspected misuse was raised. Names the flag, never the identifier: matching looks the
 * identifier up by its keyed hash.
 */
public record FlagRaised(String flagId, AgencyCode flaggingAgency, Instant occurredAt)
    implements DomainEvent {

  private static final long serialVersionUID = 1L;

  public FlagRaised {
    Objects.requireNonNull(flagId);
    Objects.requireNonNull(flaggingAgency);
    Objects.requireNonNull(occurredAt);
  }
}
