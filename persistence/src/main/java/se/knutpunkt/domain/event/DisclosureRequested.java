package se.knutpunkt.domain.event;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;

/** A member asked the agency that owns a value withheld from them to disclose it. */
public record DisclosureRequested(
    CaseId caseId, String requestId, AgencyCode valueOwner, Instant occurredAt)
    implements CaseEvent {

  private static final long serialVersionUID = 1L;

  public DisclosureRequested {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(requestId);
    Objects.requireNonNull(valueOwner);
    Objects.requireNonNull(occurredAt);
  }
}
