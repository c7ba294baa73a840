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

/**
 * The history around one page of entries: the ended invitations of the page's cases, read with one
 * query for the whole page, and an actor's denials, counted only up to the rule's threshold on an
 * index of the denials, for each denied entry the rules ask about.
 */
final class PageHistory implements AuditHistory {

  private record Window(String actor, Instant from, Instant to) {}

  private final AuditLogStore store;
  private final Map<Window, Long> denials = new HashMap<>();
  private final Map<String, List<EndedInvitation>> endings = new HashMap<>();

  private PageHistory(AuditLogStore store) {
    this.store = store;
  }

  static AuditHistory of(Collection<AuditLeaf> page, AuditLogStore store) {
    PageHistory history = new PageHistory(store);
    Set<String> cases =
        page.stream()
            .flatMap(leaf -> leaf.event().resource().caseId().stream())
            .collect(Collectors.toCollection(TreeSet::new));
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

  @Override
  public long denialsOf(String actor, Instant from, Instant to) {
    return denials.computeIfAbsent(
        new Window(actor, from, to),
        w -> (long) store.denials(actor, from, to, AnomalyRules.REPEATED_DENIALS));
  }

  @Override
  public List<EndedInvitation> endedInvitationsOf(String caseId) {
    return endings.getOrDefault(caseId, List.of());
  }
}
