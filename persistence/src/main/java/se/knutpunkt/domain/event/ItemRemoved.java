package se.knutpunkt.domain.event;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.user.Username;

/**
 * An item of a collection was removed: its record's newest version is a removal, and its values
 * (and items within it) are no longer part of the case.
 */
public record ItemRemoved(
    CaseId caseId,
    FieldPath path,
    String kind,
    long version,
    ClassificationLevel level,
    Username by,
    Instant occurredAt)
    implements ValueChange {

  private static final long serialVersionUID = 1L;

  public ItemRemoved {
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
