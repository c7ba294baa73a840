package se.knutpunkt.domain.event;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;

/** An invitation of another agency into a case was declined. */
public record InvitationDeclined(
    CaseId caseId, String invitationId, AgencyCode invitedAgency, Instant occurredAt)
    implements CaseEvent {

  private static final long serialVersionUID = 1L;

  public InvitationDeclined {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(invitationId);
    Objects.requireNonNull(invitedAgency);
    Objects.requireNonNull(occurredAt);
  }
}
