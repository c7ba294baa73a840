package se.knutpunkt.domain.notice;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.user.Username;

public interface NoticeRepository {

  void store(Notice notice);

  Optional<Notice> find(long id);

  /**
   * The newest notices addressed to the person, and, for an ID-SPOC, to their agency's ID-SPOC
   * inbox; newest first.
   */
  List<Notice> addressedTo(Username person, Optional<AgencyCode> spocInbox, int limit);

  /** Of these notices, the ones the person has read. */
  Set<Long> readBy(Username person, Collection<Long> notices);

  /** Records that the person read the notice (a second time changes nothing). */
  void markRead(Username person, long notice, OffsetDateTime at);
}
