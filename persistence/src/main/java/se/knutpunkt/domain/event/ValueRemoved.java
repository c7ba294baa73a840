package se.knutpunkt.domain.event;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.user.Username;

/** An optional value (a task's due date, a person's role) was removed: a versioned write too. */
public record ValueRemoved(
    CaseId caseId,
    FieldPath path,
    long version,
    ClassificationLevel level,
    Username by,
    Instant occurredAt)
    implements ValueChange {

  private static final long serialVersionUID = 1L;

  public ValueRemoved {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(path);
    Objects.requireNonNull(level);
    Objects.requireNonNull(by);
    Objects.requireNonNull(occurredAt);
    if (version < 2) {
      throw new IllegalArgumentException("a removal follows at least one written version");
    }
  }
}
