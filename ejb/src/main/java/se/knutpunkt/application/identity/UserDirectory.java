package se.knutpunkt.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import se.knutpunkt.domain.user.UserProfile;
import se.knutpunkt.domain.user.UserProfileRepository;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.policy.Person;

/**
 * Finds colleagues: first among the people Knutpunkt has met, then in the identity provider (so
 * that a colleague can be added to a case before their first sign-in).
 */
@ApplicationScoped
public class UserDirectory {

  private UserProfileRepository profiles;
  private IdentityProviderDirectory identityProvider;
  private Clock clock;

  /** For the container's proxy only. */
  protected UserDirectory() {}

  @Inject
  public UserDirectory(
      UserProfileRepository profiles, IdentityProviderDirectory identityProvider, Clock clock) {
    this.profiles = profiles;
    this.identityProvider = identityProvider;
    this.clock = clock;
  }

  public Optional<Person> find(Username username) {
    Optional<UserProfile> known = profiles.find(username);
    if (known.isPresent()) {
      return known.map(p -> new Person(p.username(), p.agency(), p.roles()));
    }
    return identityProvider.lookUp(username).map(this::remember);
  }

  private Person remember(DirectoryEntry entry) {
    profiles.store(
        new UserProfile(
            entry.username(),
            entry.agency(),
            entry.displayName(),
            entry.email().orElse(null),
            entry.clearance(),
            entry.roles(),
            OffsetDateTime.now(clock)));
    return new Person(entry.username(), entry.agency(), entry.roles());
  }
}
