package se.knutpunkt.application.casework;

import java.time.OffsetDateTime;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.marking.Marking;

/**
 * A field as one reader may see it. Where the policy said no, {@code value} is empty and so are the
 * author and time: the placeholder names only the marking and its owner.
 */
public record FieldView(
    FieldPath path,
    long version,
    Marking marking,
    Optional<String> value,
    Optional<String> author,
    Optional<AgencyCode> authorAgency,
    Optional<OffsetDateTime> writtenAt) {

  public boolean redacted() {
    return value.isEmpty();
  }
}
