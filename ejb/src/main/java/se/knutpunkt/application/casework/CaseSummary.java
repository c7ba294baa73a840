package se.knutpunkt.application.casework;

import java.time.OffsetDateTime;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseType;

/** A line in "my cases", made by the gate; the title is empty where the reader may not see it. */
public record CaseSummary(
    CaseId id,
    Optional<String> title,
    AgencyCode ownerAgency,
    CaseType type,
    OffsetDateTime createdAt) {}
