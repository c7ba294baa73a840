package se.knutpunkt.application.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;

/**
 * The followers of each case on this server, and what each is editing right now. Knows nothing of
 * who may see what: frames come here made for each follower by {@link LiveDelivery}.
 */
@ApplicationScoped
public class CaseFollowers {

  /** A follower and the value it is editing, if any. */
  public record Following(Follower follower, Optional<FieldPath> editing) {}

  private final Map<CaseId, Map<String, Following>> byCase = new ConcurrentHashMap<>();

  /** Pages that follow no case, only their user's news. */
  private final Map<String, Listener> newsOnly = new ConcurrentHashMap<>();

  public void listen(Listener listener) {
    newsOnly.put(listener.connectionId(), listener);
  }

  public void stopListening(Listener listener) {
    newsOnly.remove(listener.connectionId());
  }

  /** Every open page on this server, following a case or not (for news of its user). */
  public List<Listener> everyone() {
    List<Listener> all = new ArrayList<>(all());
    all.addAll(newsOnly.values());
    return all;
  }

  public void join(Follower follower) {
    byCase
        .computeIfAbsent(follower.caseId(), id -> new ConcurrentHashMap<>())
        .put(follower.connectionId(), new Following(follower, Optional.empty()));
  }

  public void leave(Follower follower) {
    byCase.computeIfPresent(
        follower.caseId(),
        (id, followers) -> {
          followers.remove(follower.connectionId());
          return followers.isEmpty() ? null : followers;
        });
  }

  /** Records what the follower is editing now; whether that changed anything. */
  public boolean editing(Follower follower, Optional<FieldPath> path) {
    Map<String, Following> followers = byCase.get(follower.caseId());
    if (followers == null) {
      return false;
    }
    Following current = followers.get(follower.connectionId());
    if (current == null || current.editing().equals(path)) {
      return false;
    }
    followers.put(follower.connectionId(), new Following(current.follower(), path));
    return true;
  }

  /** Every follower of every case on this server (a page with news for its user, say). */
  public List<Follower> all() {
    List<Follower> all = new ArrayList<>();
    byCase.values().forEach(f -> f.values().forEach(following -> all.add(following.follower())));
    return all;
  }

  public boolean hasFollowers(CaseId caseId) {
    Map<String, Following> followers = byCase.get(caseId);
    return followers != null && !followers.isEmpty();
  }

  /** Everyone following the case on this server, in the order they joined (by connection id). */
  public List<Following> of(CaseId caseId) {
    Map<String, Following> followers = byCase.get(caseId);
    if (followers == null) {
      return List.of();
    }
    List<Following> all = new ArrayList<>(followers.values());
    all.sort(Comparator.comparing(f -> f.follower().connectionId()));
    return all;
  }
}
