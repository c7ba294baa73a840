package se.knutpunkt.security.identity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The claims of a token that say who someone is in Knutpunkt: {@code preferred_username}, the flat
 * {@code groups}, {@code agency} and {@code clearance} (absent for auditors and admins).
 */
public record IdentityClaims(
    String username,
    Optional<String> agency,
    Optional<String> clearance,
    List<String> groups,
    Optional<String> displayName,
    Optional<String> email) {

  public IdentityClaims {
    Objects.requireNonNull(agency);
    Objects.requireNonNull(clearance);
    Objects.requireNonNull(displayName);
    Objects.requireNonNull(email);
    groups = groups == null ? List.of() : List.copyOf(groups);
  }
}
