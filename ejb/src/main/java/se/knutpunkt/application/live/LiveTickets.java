package se.knutpunkt.application.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.security.policy.Subject;

/**
 * Short-lived, single-use tickets that let a signed-in person's page open the live connection of a
 * case: the WebSocket handshake carries no Bearer token and must not lean on the HTTP session (a
 * session holding push state cannot fail over, ARCHITECTURE.md), so the page asks for a ticket
 * first, through its signed-in channel, and hands it over when it connects — again after every
 * reconnect.
 */
@ApplicationScoped
public class LiveTickets {

  static final Duration LIFETIME = Duration.ofSeconds(60);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Who a ticket was issued to, for which case, until when. */
  public record Ticket(Subject subject, Optional<CaseId> caseId, Instant expiresAt) {}

  private final Map<String, Ticket> issued = new ConcurrentHashMap<>();
  private Clock clock;

  /** For the container's proxy only. */
  protected LiveTickets() {}

  @Inject
  public LiveTickets(Clock clock) {
    this.clock = Objects.requireNonNull(clock);
  }

  /** A new ticket; the caller has checked that the subject may open the case. */
  String issue(Subject subject, CaseId caseId) {
    return issue(subject, Optional.of(caseId));
  }

  /** A ticket for a page that hears only of the subject's own news (new notices). */
  public String issueForNews(Subject subject) {
    return issue(subject, Optional.empty());
  }

  private String issue(Subject subject, Optional<CaseId> caseId) {
    Instant now = clock.instant();
    issued.values().removeIf(t -> t.expiresAt().isBefore(now));
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    issued.put(ticket, new Ticket(subject, caseId, now.plus(LIFETIME)));
    return ticket;
  }

  /** The ticket's holder, once: a ticket is spent by its first use and worthless when expired. */
  public Optional<Ticket> redeem(String ticket) {
    if (ticket == null) {
      return Optional.empty();
    }
    Ticket found = issued.remove(ticket);
    if (found == null || found.expiresAt().isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(found);
  }
}
