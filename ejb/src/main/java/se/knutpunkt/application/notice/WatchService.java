package se.knutpunkt.application.notice;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.application.AccessGuard;
import se.knutpunkt.application.AccessGuard.Target;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.domain.misuse.Matchable;
import se.knutpunkt.domain.notice.Watch;
import se.knutpunkt.domain.notice.WatchRepository;
import se.knutpunkt.security.matching.MatchKey;
import se.knutpunkt.security.matching.MatchKeys;
import se.knutpunkt.security.policy.AccessRequest;
import se.knutpunkt.security.policy.Decision;
import se.knutpunkt.security.policy.Subject;

/**
 * Watches (bevakningar): a case worker chooses identifiers or identity documents to be told of when
 * they are flagged. A watch is its keeper's own: nobody else sees it, lists it or ends it.
 */
@Stateless
public class WatchService {

  /** How many watches one person keeps at most. */
  public static final int MAX_WATCHES = 500;

  @Inject WatchRepository watches;
  @Inject MatchKeys keys;
  @Inject AccessGuard guard;
  @Inject Clock clock;

  /** For tests without a container. */
  public static WatchService over(
      WatchRepository watches, MatchKeys keys, AccessGuard guard, Clock clock) {
    WatchService service = new WatchService();
    service.watches = watches;
    service.keys = keys;
    service.guard = guard;
    service.clock = clock;
    return service;
  }

  /** Starts watching; watching what one already watches changes nothing. */
  public Watch watch(Subject subject, Matchable watched) {
    Decision permit = guard.require(new AccessRequest.WatchIdentifier(subject), Target.none());
    MatchKey key = keys.of(watched);
    Optional<Watch> earlier = watches.of(subject.username(), key.bytes());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    if (watches.of(subject.username()).size() >= MAX_WATCHES) {
      throw new InvalidInputException("identifier", "watch.tooMany", MAX_WATCHES);
    }
    Watch watch = new Watch(subject.username(), key.bytes(), watched, OffsetDateTime.now(clock));
    watches.store(watch);
    guard.record(subject, permit, Target.none(), Map.of("op", "add", "key", key.hex()));
    return watch;
  }

  public List<Watch> mine(Subject subject) {
    Decision permit = guard.require(new AccessRequest.WatchIdentifier(subject), Target.none());
    List<Watch> mine = watches.of(subject.username());
    guard.record(
        subject,
        permit,
        Target.none(),
        Map.of("op", "list", "count", Integer.toString(mine.size())));
    return mine;
  }

  /** Ends one of the subject's watches; another's watch is unknown to them. */
  public void stop(Subject subject, long id) {
    Decision permit = guard.require(new AccessRequest.WatchIdentifier(subject), Target.none());
    Watch watch =
        watches
            .find(id)
            .filter(w -> w.watcher().equals(subject.username()))
            .orElseThrow(() -> new InvalidInputException("id", "watch.unknown", id));
    watches.remove(watch);
    guard.record(
        subject,
        permit,
        Target.none(),
        Map.of("op", "remove", "key", MatchKey.of(watch.matchKey()).hex()));
  }
}
