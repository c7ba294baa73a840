package se.knutpunkt.application.casework;

import java.time.OffsetDateTime;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.marking.Marking;

/** One version in a field's history; the value is empty where the reader may not see it. */
public record FieldVersionView(
    long version,
    String author,
    AgencyCode agency,
    OffsetDateTime at,
    Marking marking,
    Optional<String> value) {}
