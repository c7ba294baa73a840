package se.knutpunkt.domain.event;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.user.Username;

/** A new version of a value was written; the value itself is read again through the gate. */
public record FieldWritten(
    CaseId caseId,
    FieldPath path,
    long version,
    ClassificationLevel level,
    Username author,
    Instant occurredAt)
    implements ValueChange {

  private static final long serialVersionUID = 1L;

  public FieldWritten {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(path);
    Objects.requireNonNull(level);
    Objects.requireNonNull(author);
    Objects.requireNonNull(occurredAt);
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
  }
}
