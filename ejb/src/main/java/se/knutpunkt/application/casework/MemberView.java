package se.knutpunkt.application.casework;

import java.time.OffsetDateTime;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.MembershipKind;
import se.knutpunkt.domain.user.Username;

public record MemberView(
    Username username, AgencyCode agency, MembershipKind kind, OffsetDateTime addedAt) {}
