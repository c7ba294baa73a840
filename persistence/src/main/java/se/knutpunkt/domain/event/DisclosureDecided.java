package se.knutpunkt.domain.event;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;

/**
 * A request for a withheld value was decided. A grant releases that value's version to the
 * requesting agency, so open pages read the path again (through the gate, as always).
 */
public record DisclosureDecided(
    CaseId caseId, String requestId, FieldPath path, boolean granted, Instant occurredAt)
    implements CaseEvent {

  private static final long serialVersionUID = 1L;

  public DisclosureDecided {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(requestId);
    Objects.requireNonNull(path);
    Objects.requireNonNull(occurredAt);
  }
}
