package se.knutpunkt.application.testing;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.notice.Notice;
import se.knutpunkt.domain.notice.NoticeRepository;
import se.knutpunkt.domain.user.Username;

/** Notices and their read receipts in lists, for tests without a database. */
public final class InMemoryNotices implements NoticeRepository {

  private final List<Notice> notices = new ArrayList<>();
  private final Set<String> receipts = new HashSet<>();
  private long nextId = 1;

  @Override
  public void store(Notice notice) {
    try {
      Field id = Notice.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(notice, nextId++);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    notices.add(notice);
  }

  @Override
  public Optional<Notice> find(long id) {
    return notices.stream().filter(n -> n.id() == id).findFirst();
  }

  @Override
  public List<Notice> addressedTo(Username person, Optional<AgencyCode> spocInbox, int limit) {
    return notices.stream()
        .filter(
            n ->
                n.recipient().map(person::equals).orElse(false)
                    || (spocInbox.isPresent() && n.spocsOf().equals(spocInbox)))
        .sorted(Comparator.comparing(Notice::id).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public Set<Long> readBy(Username person, Collection<Long> ids) {
    Set<Long> read = new HashSet<>();
    ids.forEach(
        id -> {
          if (receipts.contains(id + "/" + person.value())) {
            read.add(id);
          }
        });
    return read;
  }

  @Override
  public void markRead(Username person, long notice, OffsetDateTime at) {
    receipts.add(notice + "/" + person.value());
  }

  public int size() {
    return notices.size();
  }
}
