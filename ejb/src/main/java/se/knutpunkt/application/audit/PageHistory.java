package se.knutpunkt.application.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;

/**
 * The history around one page of entries, read with two queries for the whole page (not two per
 * row): the denials of the page's denied actors in the window before each, and the ended
 * invitations of the page's cases.
 */
final class PageHistory implements AuditHistory {

  private final Map<String, List<Instant>> denials = new HashMap<>();
  private final Map<String, List<EndedInvitation>> endings = new HashMap<>();

  private PageHistory() {}

  static AuditHistory of(Collection<AuditLeaf> page, AuditLogStore store) {
    PageHistory history = new PageHistory();
    List<AuditEvent> events = page.stream().map(AuditLeaf::event).toList();
    List<AuditEvent> denied =
        events.stream().filter(e -> e.outcome() == AuditOutcome.DENY).toList();
    if (!denied.isEmpty()) {
      Set<String> actors = denied.stream().map(e -> e.actor().username()).collect(toSorted());
      Instant from =
          denied.stream()
              .map(AuditEvent::at)
              .min(Instant::compareTo)
              .orElseThrow()
              .minus(AnomalyRules.DENIAL_WINDOW);
      Instant to = denied.stream().map(AuditEvent::at).max(Instant::compareTo).orElseThrow();
      for (AuditLeaf leaf : store.denials(actors, from, to)) {
        history
            .denials
            .computeIfAbsent(leaf.event().actor().username(), a -> new ArrayList<>())
            .add(leaf.event().at());
      }
    }
    Set<String> cases =
        events.stream().flatMap(e -> e.resource().caseId().stream()).collect(toSorted());
    if (!cases.isEmpty()) {
      for (AuditLeaf leaf : store.invitationEndings(cases)) {
        AuditEvent event = leaf.event();
        Map<String, String> details = event.details().asMap();
        String left = details.getOrDefault("left", "");
        history
            .endings
            .computeIfAbsent(event.resource().caseId().orElse(""), c -> new ArrayList<>())
            .add(
                new EndedInvitation(
                    event.at(),
                    details.getOrDefault("agency", ""),
                    left.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(left.split(",")))));
      }
    }
    return history;
  }

  private static java.util.stream.Collector<String, ?, TreeSet<String>> toSorted() {
    return Collectors.toCollection(TreeSet::new);
  }

  @Override
  public long denialsOf(String actor, Instant from, Instant to) {
    return denials.getOrDefault(actor, List.of()).stream()
        .filter(at -> !at.isBefore(from) && !at.isAfter(to))
        .count();
  }

  @Override
  public List<EndedInvitation> endedInvitationsOf(String caseId) {
    return endings.getOrDefault(caseId, List.of());
  }
}
