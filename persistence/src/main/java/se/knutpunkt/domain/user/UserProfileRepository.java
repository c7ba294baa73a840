package se.knutpunkt.domain.user;

import java.util.Optional;

public interface UserProfileRepository {

  Optional<UserProfile> find(Username username);

  void store(UserProfile profile);
}
