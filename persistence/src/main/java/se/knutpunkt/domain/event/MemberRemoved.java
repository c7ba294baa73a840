package se.knutpunkt.domain.event;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.user.Username;

/** A person stopped being a member of a case. */
public record MemberRemoved(
    CaseId caseId, Username member, AgencyCode agency, Username by, Instant occurredAt)
    implements CaseEvent {

  private static final long serialVersionUID = 1L;

  public MemberRemoved {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(member);
    Objects.requireNonNull(agency);
    Objects.requireNonNull(by);
    Objects.requireNonNull(occurredAt);
  }
}
