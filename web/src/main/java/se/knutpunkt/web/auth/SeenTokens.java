package se.knutpunkt.web.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers recently seen API tokens, so that each token's sign-in is recorded once. */
@ApplicationScoped
public class SeenTokens {

  private static final Duration REMEMBER = Duration.ofHours(1);
  private static final int MAX_REMEMBERED = 100_000;
  private final Map<String, Instant> seen = new ConcurrentHashMap<>();

  /** True the first time a token id is offered (within the hour), false after. */
  public boolean firstSight(String tokenId) {
    Instant now = Instant.now();
    if (seen.size() > MAX_REMEMBERED) {
      seen.values().removeIf(at -> at.isBefore(now.minus(REMEMBER)));
      if (seen.size() > MAX_REMEMBERED) {
        seen.clear();
      }
    }
    return seen.putIfAbsent(tokenId, now) == null;
  }
}
