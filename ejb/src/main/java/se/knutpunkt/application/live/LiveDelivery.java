package se.knutpunkt.application.live;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.application.AccessGuard;
import se.knutpunkt.application.AccessGuard.Target;
import se.knutpunkt.application.CaseNotFoundException;
import se.knutpunkt.application.audit.AuditRecord;
import se.knutpunkt.application.audit.AuditTrail;
import se.knutpunkt.application.casework.CaseFactsOf;
import se.knutpunkt.application.gate.ValueGate;
import se.knutpunkt.domain.casefile.CaseFile;
import se.knutpunkt.domain.casefile.CaseFileRepository;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.FieldValue;
import se.knutpunkt.domain.casefile.FieldValueRepository;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.policy.AccessRequest;
import se.knutpunkt.security.policy.CaseFacts;
import se.knutpunkt.security.policy.Decision;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * Makes what each follower of a case is told, in one transaction: every pushed value passes the
 * gate for its recipient, whose read is recorded before the frame is handed back (and sent after
 * the commit). A follower who may no longer open the case is told it is gone.
 */
@Stateless
public class LiveDelivery {

  @Inject CaseFileRepository cases;
  @Inject FieldValueRepository fields;
  @Inject ValueGate gate;
  @Inject AccessGuard guard;
  @Inject PolicyDecisionPoint pdp;
  @Inject LiveTickets tickets;
  @Inject AuditTrail auditTrail;

  /**
   * A ticket for the subject to follow the case, if they may open it; recorded as {@code
   * case.follow}. Outsiders learn only that there is no such case.
   */
  public String ticket(Subject subject, CaseId id) {
    CaseFile caseFile = cases.find(id).orElseThrow(CaseNotFoundException::new);
    Target target = Target.caseOf(id, caseFile.ownerAgency());
    Decision follow =
        guard.decide(new AccessRequest.FollowCase(subject, facts(caseFile, subject)), target);
    if (follow.denied()) {
      throw new CaseNotFoundException();
    }
    guard.record(subject, follow, target, Map.of());
    return tickets.issue(subject, id);
  }

  /** A ticket for a page that follows no case, only its user's news. */
  public String newsTicket(Subject subject) {
    auditTrail.record(
        AuditRecord.of(
            subject, AuditAction.of("notice.follow"), AuditOutcome.PERMIT, "OWN_NEWS", Map.of()));
    return tickets.issueForNews(subject);
  }

  /** The frame for each follower after {@code paths} changed. */
  public Map<Follower, LiveFrame> changed(
      CaseId id, Collection<FieldPath> paths, List<Follower> followers) {
    Map<Follower, LiveFrame> frames = new LinkedHashMap<>();
    Optional<CaseFile> found = cases.find(id);
    if (found.isEmpty()) {
      followers.forEach(f -> frames.put(f, new LiveFrame.Gone(id)));
      return frames;
    }
    CaseFile caseFile = found.get();
    List<FieldValue> changed = fields.currentValues(id, paths);
    for (Follower follower : followers) {
      Decision follows = follows(caseFile, follower);
      if (follows.denied()) {
        frames.put(follower, new LiveFrame.Gone(id));
      } else if (!changed.isEmpty()) {
        frames.put(
            follower,
            new LiveFrame.Values(id, gate.pushed(follower.subject(), caseFile, follows, changed)));
      }
    }
    return frames;
  }

  /** Tells each follower who has lost the case that it is gone; the rest hear nothing. */
  public Map<Follower, LiveFrame> membershipChanged(CaseId id, List<Follower> followers) {
    Map<Follower, LiveFrame> frames = new LinkedHashMap<>();
    Optional<CaseFile> found = cases.find(id);
    for (Follower follower : followers) {
      if (found.isEmpty() || follows(found.get(), follower).denied()) {
        frames.put(follower, new LiveFrame.Gone(id));
      }
    }
    return frames;
  }

  /**
   * Who has the case open, as each follower may be told: everyone present, and the value each is
   * editing only where the follower's scope covers its section.
   */
  public Map<Follower, LiveFrame> presence(CaseId id, List<CaseFollowers.Following> present) {
    Map<Follower, LiveFrame> frames = new LinkedHashMap<>();
    Optional<CaseFile> found = cases.find(id);
    if (found.isEmpty()) {
      return frames;
    }
    for (CaseFollowers.Following reader : present) {
      Subject subject = reader.follower().subject();
      CaseFacts facts = facts(found.get(), subject);
      List<LiveFrame.Present> told = new ArrayList<>();
      for (CaseFollowers.Following other : present) {
        Subject them = other.follower().subject();
        Optional<FieldPath> editing =
            other
                .editing()
                .filter(
                    path ->
                        pdp.permits(new AccessRequest.ReadHistory(subject, facts, path.section())));
        told.add(new LiveFrame.Present(them.username(), them.agency(), editing));
      }
      frames.put(reader.follower(), new LiveFrame.Presence(id, told));
    }
    return frames;
  }

  private Decision follows(CaseFile caseFile, Follower follower) {
    Subject subject = follower.subject();
    return guard.decide(
        new AccessRequest.FollowCase(subject, facts(caseFile, subject)),
        Target.caseOf(caseFile.id(), caseFile.ownerAgency()));
  }

  private static CaseFacts facts(CaseFile caseFile, Subject subject) {
    return CaseFactsOf.of(caseFile, subject.username());
  }
}
