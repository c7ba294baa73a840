package se.knutpunkt.domain.notice;

import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.user.Username;

public interface WatchRepository {

  void store(Watch watch);

  Optional<Watch> find(long id);

  /** The person's watch on the identifier with this key, if they keep one. */
  Optional<Watch> of(Username watcher, byte[] matchKey);

  /** The person's watches, newest first. */
  List<Watch> of(Username watcher);

  /** Everyone's watches on the identifier with this key. */
  List<Watch> on(byte[] matchKey);

  void remove(Watch watch);
}
