package se.knutpunkt.application.testing;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.notice.Watch;
import se.knutpunkt.domain.notice.WatchRepository;
import se.knutpunkt.domain.user.Username;

/** Watches kept in a list, ids given as a sequence would, for tests without a database. */
public final class InMemoryWatches implements WatchRepository {

  private final List<Watch> watches = new ArrayList<>();
  private long nextId = 1;

  @Override
  public void store(Watch watch) {
    try {
      Field id = Watch.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(watch, nextId++);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    watches.add(watch);
  }

  @Override
  public Optional<Watch> find(long id) {
    return watches.stream().filter(w -> w.id() == id).findFirst();
  }

  @Override
  public Optional<Watch> of(Username watcher, byte[] matchKey) {
    return watches.stream()
        .filter(w -> w.watcher().equals(watcher) && Arrays.equals(w.matchKey(), matchKey))
        .findFirst();
  }

  @Override
  public List<Watch> of(Username watcher) {
    return watches.stream()
        .filter(w -> w.watcher().equals(watcher))
        .sorted(Comparator.comparing(Watch::id).reversed())
        .toList();
  }

  @Override
  public List<Watch> on(byte[] matchKey) {
    return watches.stream().filter(w -> Arrays.equals(w.matchKey(), matchKey)).toList();
  }

  @Override
  public void remove(Watch watch) {
    watches.remove(watch);
  }
}
