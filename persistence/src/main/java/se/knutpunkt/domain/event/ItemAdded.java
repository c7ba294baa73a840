package se.knutpunkt.domain.event;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.user.Username;

/** An item of a collection (a person, a document, an event, a task ...) was added. */
public record ItemAdded(
    CaseId caseId, CaseSection section, String itemId, Username by, Instant occurredAt)
    implements CaseEvent {

  private static final long serialVersionUID = 1L;

  public ItemAdded {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(section);
    Objects.requireNonNull(itemId);
    Objects.requireNonNull(by);
    Objects.requireNonNull(occurredAt);
  }
}
