package se.knutpunkt.application.casework;

import java.time.OffsetDateTime;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.MembershipKind;
import se.knutpunkt.domain.user.Username;

/**
 * A member as the case's other members see them; {@code removable} if the reader may remove them.
 */
public record MemberView(
    Username username,
    AgencyCode agency,
    MembershipKind kind,
    OffsetDateTime addedAt,
    boolean removable) {}
