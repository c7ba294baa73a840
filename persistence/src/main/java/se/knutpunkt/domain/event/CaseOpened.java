package se.knutpunkt.domain.event;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.user.Username;

/** A case was opened; its creator is its first member. */
public record CaseOpened(
    CaseId caseId, AgencyCode ownerAgency, Username creator, Instant occurredAt)
    implements CaseEvent {

  private static final long serialVersionUID = 1L;

  public CaseOpened {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(ownerAgency);
    Objects.requireNonNull(creator);
    Objects.requireNonNull(occurredAt);
  }
}
