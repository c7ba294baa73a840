package se.knutpunkt.application.identity;

import java.util.Optional;
import se.knutpunkt.domain.user.Username;

/** Looks people up in the identity provider, for those who have not signed in to Knutpunkt yet. */
public interface IdentityProviderDirectory {

  Optional<DirectoryEntry> lookUp(Username username);
}
