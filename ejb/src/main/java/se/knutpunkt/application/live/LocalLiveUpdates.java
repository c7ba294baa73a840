package se.knutpunkt.application.live;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.knutpunkt.application.notice.Recipients;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.event.CaseEvent;
import se.knutpunkt.domain.event.DisclosureDecided;
import se.knutpunkt.domain.event.InvitationExpired;
import se.knutpunkt.domain.event.InvitationRevoked;
import se.knutpunkt.domain.event.MemberRemoved;
import se.knutpunkt.domain.event.ValueChange;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * The live workspace on one server: changes are handed to this server's followers, off the writer's
 * request thread, one case at a time. Changes that arrive while a case's followers are being told
 * are gathered and told together in the next round, so that an item added with five values is one
 * push, and a burst of edits cannot queue up behind itself.
 */
@ApplicationScoped
public class LocalLiveUpdates implements LiveUpdates {

  private static final Logger LOG = Logger.getLogger(LocalLiveUpdates.class.getName());

  @Inject CaseFollowers followers;
  @Inject LiveDelivery delivery;
  @Inject PolicyDecisionPoint pdp;

  @Resource ManagedExecutorService executor;

  /** What each case has waiting to be told, and which cases have a round under way. */
  private final Map<CaseId, Pending> pending = new HashMap<>();

  private final Set<CaseId> running = new HashSet<>();

  private static final class Pending {
    final Set<FieldPath> paths = new LinkedHashSet<>();
    boolean membership;
    boolean presence;
  }

  @Override
  public void announce(List<CaseEvent> events) {
    Set<CaseId> start = new LinkedHashSet<>();
    synchronized (pending) {
      for (CaseEvent event : events) {
        if (!followers.hasFollowers(event.caseId())) {
          continue;
        }
        Pending waiting = pending.computeIfAbsent(event.caseId(), id -> new Pending());
        if (event instanceof ValueChange change) {
          waiting.paths.add(change.path());
        } else if (event instanceof DisclosureDecided decided && decided.granted()) {
          // the requesting agency may now see that version: each follower is decided again
          waiting.paths.add(decided.path());
        } else if (event instanceof MemberRemoved
            || event instanceof InvitationRevoked
            || event instanceof InvitationExpired) {
          waiting.membership = true;
        }
        if (running.add(event.caseId())) {
          start.add(event.caseId());
        }
      }
    }
    start.forEach(caseId -> executor.execute(() -> drain(caseId)));
  }

  @Override
  public void presenceChanged(CaseId caseId) {
    if (followers.hasFollowers(caseId)) {
      enqueue(caseId, p -> p.presence = true);
    }
  }

  /**
   * Tells each open page of a recipient that it has news, with nothing in the frame: the page asks
   * for its notices (through the gate) itself.
   */
  @Override
  public void noticesPosted(Recipients recipients) {
    for (Listener listener : followers.everyone()) {
      Subject subject = listener.subject();
      if (recipients.people().contains(subject.username())
          || (recipients.spocInboxes().contains(subject.agency()) && pdp.readsSpocInbox(subject))) {
        listener.send(new LiveFrame.NoticesChanged());
      }
    }
  }

  private void enqueue(CaseId caseId, java.util.function.Consumer<Pending> change) {
    boolean start;
    synchronized (pending) {
      change.accept(pending.computeIfAbsent(caseId, id -> new Pending()));
      start = running.add(caseId);
    }
    if (start) {
      executor.execute(() -> drain(caseId));
    }
  }

  private void drain(CaseId caseId) {
    while (true) {
      Pending round;
      synchronized (pending) {
        round = pending.remove(caseId);
        if (round == null) {
          running.remove(caseId);
          return;
        }
      }
      try {
        tell(caseId, round);
      } catch (RuntimeException e) {
        // a failed round must not stop the next: the pages catch up when they reconnect
        LOG.log(Level.WARNING, "Live round for case " + caseId + " failed", e);
      }
    }
  }

  private void tell(CaseId caseId, Pending round) {
    List<Follower> all =
        followers.of(caseId).stream().map(CaseFollowers.Following::follower).toList();
    if (all.isEmpty()) {
      return;
    }
    if (round.membership) {
      send(delivery.membershipChanged(caseId, all));
    }
    if (!round.paths.isEmpty()) {
      send(delivery.changed(caseId, round.paths, all));
    }
    if (round.presence || round.membership) {
      send(delivery.presence(caseId, followers.of(caseId)));
    }
  }

  private void send(Map<Follower, LiveFrame> frames) {
    frames.forEach(
        (follower, frame) -> {
          follower.send(frame);
          if (frame instanceof LiveFrame.Gone) {
            followers.leave(follower);
            follower.close();
          }
        });
  }
}
