package se.knutpunkt.application.casework;

import java.time.OffsetDateTime;
import java.util.Objects;
import se.knutpunkt.domain.agency.AgencyCode;

/** A value the gate released to its reader, with who wrote it and when. */
public record ReleasedValue(
    String content,
    String author,
    AgencyCode authorAgency,
    OffsetDateTime writtenAt,
    boolean removal) {

  public ReleasedValue {
    Objects.requireNonNull(content);
    Objects.requireNonNull(author);
    Objects.requireNonNull(authorAgency);
    Objects.requireNonNull(writtenAt);
  }
}
