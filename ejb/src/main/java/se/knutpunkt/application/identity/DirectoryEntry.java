package se.knutpunkt.application.identity;

import java.util.Optional;
import java.util.Set;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.user.Role;
import se.knutpunkt.domain.user.Username;

/** A person as the identity provider's directory describes them. */
public record DirectoryEntry(
    Username username,
    AgencyCode agency,
    Set<Role> roles,
    Optional<ClassificationLevel> clearance,
    String displayName,
    Optional<String> email) {}
