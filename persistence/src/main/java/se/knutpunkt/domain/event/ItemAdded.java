package se.knutpunkt.domain.event;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.user.Username;

/**
 * An item of a collection (a person, an identifier of a person, a document, a task ...) was added;
 * its record is version 1 of the item's path, its values are written beside it.
 */
public record ItemAdded(
    CaseId caseId,
    FieldPath path,
    String kind,
    long version,
    ClassificationLevel level,
    Username by,
    Instant occurredAt)
    implements ValueChange {

  private static final long serialVersionUID = 1L;

  public ItemAdded {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(path);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(level);
    Objects.requireNonNull(by);
    Objects.requireNonNull(occurredAt);
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
  }
}
