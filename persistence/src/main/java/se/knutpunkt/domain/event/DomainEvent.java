package se.knutpunkt.domain.event;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something that happened in the domain, published once the transaction that made it has committed.
 * Live push, key epochs, notices and the matching index subscribe; none of them polls.
 *
 * <p>Events name what changed — ids, paths, versions, levels — and never carry a case value:
 * whoever shows a change to a person reads it again through the gate, which decides and records
 * what that person may see. Serializable, so that the same events can cross instances.
 */
public sealed interface DomainEvent extends Serializable
    permits CaseEvent, FlagRaised, FlagWithdrawn, ForgedDocumentInCase {

  Instant occurredAt();
}
