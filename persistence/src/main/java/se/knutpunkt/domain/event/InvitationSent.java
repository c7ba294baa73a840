package se.knutpunkt.domain.event;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;

/** An invitation of another agency into a case was sent to it. */
public record InvitationSent(
    CaseId caseId, String invitationId, AgencyCode invitedAgency, Instant occurredAt)
    implements CaseEvent {

  private static final long serialVersionUID = 1L;

  public InvitationSent {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(invitationId);
    Objects.requireNonNull(invitedAgency);
    Objects.requireNonNull(occurredAt);
  }
}
