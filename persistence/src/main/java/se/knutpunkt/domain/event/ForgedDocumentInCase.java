package se.knutpunkt.domain.event;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.casefile.CaseId;

/**
 * An identity document that the shared registry knows as forged (or not its holder's) was entered
 * in a case. Names the case and the examination, never the document.
 */
public record ForgedDocumentInCase(CaseId caseId, long examinationId, Instant occurredAt)
    implements DomainEvent {

  private static final long serialVersionUID = 1L;

  public ForgedDocumentInCase {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(occurredAt);
  }
}
