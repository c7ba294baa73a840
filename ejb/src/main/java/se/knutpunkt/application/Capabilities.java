package se.knutpunkt.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.application.casework.CaseCapabilities;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.marking.LegalReference;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.security.policy.AccessRequest;
import se.knutpunkt.security.policy.CaseFacts;
import se.knutpunkt.security.policy.Person;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * What a person may do, asked of the policy decision point in one place: pages and resources show
 * and route by these and never test a role or an agency. These are questions about what to offer,
 * not requests, so nothing is recorded; the request itself is decided (and recorded) when made.
 */
@ApplicationScoped
public class Capabilities {

  /** Stands in for the provision a writer will name; the policy decides on the level. */
  private static final LegalReference ANY_PROVISION = new LegalReference("OSL");

  private PolicyDecisionPoint pdp;

  /** For the container's proxy only. */
  protected Capabilities() {}

  @Inject
  public Capabilities(PolicyDecisionPoint pdp) {
    this.pdp = pdp;
  }

  /** What the person may do anywhere. */
  public record OfUser(
      boolean worksCases, boolean opensCases, boolean auditsLog, boolean readsSpocInbox) {}

  public OfUser of(Subject subject) {
    return new OfUser(
        pdp.permits(new AccessRequest.ListCases(subject)),
        pdp.permits(new AccessRequest.CreateCase(subject)),
        pdp.permits(new AccessRequest.ReadAuditLog(subject)),
        pdp.readsSpocInbox(subject));
  }

  /** Whether the person may remove {@code member} from the case. */
  public boolean mayRemove(Subject subject, CaseFacts facts, Person member) {
    return pdp.permits(new AccessRequest.RemoveMember(subject, facts, member));
  }

  /** What the person may do in a case, given its stored facts. */
  public CaseCapabilities inCase(Subject subject, CaseFacts facts) {
    Set<CaseSection> writable = EnumSet.noneOf(CaseSection.class);
    for (CaseSection section : CaseSection.values()) {
      if (pdp.permits(new AccessRequest.WriteInSection(subject, facts, section))) {
        writable.add(section);
      }
    }
    return new CaseCapabilities(
        pdp.permits(new AccessRequest.ManageMembers(subject, facts)),
        writable,
        markableLevels(subject, facts, writable),
        pdp.permits(new AccessRequest.ReadSharing(subject, facts)));
  }

  private List<ClassificationLevel> markableLevels(
      Subject subject, CaseFacts facts, Set<CaseSection> writable) {
    if (writable.isEmpty()) {
      return List.of();
    }
    CaseSection section = writable.iterator().next();
    List<ClassificationLevel> levels = new ArrayList<>();
    for (ClassificationLevel level : ClassificationLevel.values()) {
      Marking marking =
          level.requiresLegalReference()
              ? Marking.of(level, subject.agency(), ANY_PROVISION)
              : Marking.of(level, subject.agency());
      if (pdp.permits(
          new AccessRequest.WriteField(subject, facts, section, marking, Optional.empty()))) {
        levels.add(level);
      }
    }
    return levels;
  }
}
