package se.knutpunkt.application.misuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.knutpunkt.application.TooManyRequestsException;
import se.knutpunkt.domain.user.Username;

/**
 * How many registry searches one person may make a minute ({@code
 * knutpunkt.registry.searches-per-minute}): one looks up the document in front of them; thousands a
 * minute would walk the registry.
 */
@ApplicationScoped
public class SearchAllowance {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  @Inject
  @ConfigProperty(name = "knutpunkt.registry.searches-per-minute", defaultValue = "30")
  int perMinute;

  @Inject Clock clock;

  private final Map<Username, Deque<Instant>> recent = new ConcurrentHashMap<>();

  /** Counts one search, or refuses it when the person has used up the minute's allowance. */
  public void take(Username who) {
    Instant now = clock.instant();
    Deque<Instant> searches = recent.computeIfAbsent(who, w -> new ArrayDeque<>());
    synchronized (searches) {
      while (!searches.isEmpty() && searches.peekFirst().isBefore(now.minus(WINDOW))) {
        searches.pollFirst();
      }
      if (searches.size() >= perMinute) {
        long wait = Duration.between(now, searches.peekFirst().plus(WINDOW)).toSeconds() + 1;
        throw new TooManyRequestsException(
            "at most " + perMinute + " registry searches a minute; try again in " + wait + " s",
            wait);
      }
      searches.addLast(now);
    }
  }
}
