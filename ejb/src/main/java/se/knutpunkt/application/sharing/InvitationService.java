package se.knutpunkt.application.sharing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.knutpunkt.application.AccessGuard;
import se.knutpunkt.application.AccessGuard.Target;
import se.knutpunkt.application.CaseNotFoundException;
import se.knutpunkt.application.ConflictException;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.application.NotFoundException;
import se.knutpunkt.application.audit.AuditRecord;
import se.knutpunkt.application.audit.AuditTrail;
import se.knutpunkt.application.casework.CaseFactsOf;
import se.knutpunkt.application.event.DomainEvents;
import se.knutpunkt.application.identity.UserDirectory;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.agency.AgencyRepository;
import se.knutpunkt.domain.casefile.CaseFile;
import se.knutpunkt.domain.casefile.CaseFileRepository;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseMember;
import se.knutpunkt.domain.casefile.CaseParticipation;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.event.InvitationAccepted;
import se.knutpunkt.domain.event.InvitationDeclined;
import se.knutpunkt.domain.event.InvitationExpired;
import se.knutpunkt.domain.event.InvitationRevoked;
import se.knutpunkt.domain.event.InvitationSent;
import se.knutpunkt.domain.event.MemberAdded;
import se.knutpunkt.domain.event.MemberRemoved;
import se.knutpunkt.domain.sharing.DisclosureRepository;
import se.knutpunkt.domain.sharing.Invitation;
import se.knutpunkt.domain.sharing.InvitationRepository;
import se.knutpunkt.domain.sharing.SharingGrounds;
import se.knutpunkt.domain.user.UserProfile;
import se.knutpunkt.domain.user.UserProfileRepository;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.policy.AccessRequest;
import se.knutpunkt.security.policy.Action;
import se.knutpunkt.security.policy.CaseFacts;
import se.knutpunkt.security.policy.Decision;
import se.knutpunkt.security.policy.Person;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * Invitations of other agencies into a case, from sending to their end: an ID-SPOC of the owner
 * agency invites on stated grounds (held to the sharing guide), an ID-SPOC of the invited agency
 * accepts with the investigators who join or declines, the owner revokes, and the end date expires
 * it. Each step is decided by the policy decision point, recorded in the audit trail and announced
 * as a domain event once committed; a refusal changes nothing.
 */
@Stateless
public class InvitationService {

  /** The longest an invitation can run; a longer collaboration is invited again. */
  public static final Duration LONGEST = Duration.ofDays(366);

  /** The most investigators one acceptance lets join (more join later through their ID-SPOC). */
  public static final int MOST_JOINING = 50;

  /** Who the audit trail names for what the platform does by itself (an expiry). */
  public static final Username PLATFORM_ACTOR = Username.of("knutpunkt");

  @Inject CaseFileRepository cases;
  @Inject InvitationRepository invitations;
  @Inject DisclosureRepository disclosures;
  @Inject AgencyRepository agencies;
  @Inject UserDirectory directory;
  @Inject UserProfileRepository profiles;
  @Inject AccessGuard guard;
  @Inject AuditTrail trail;
  @Inject PolicyDecisionPoint pdp;
  @Inject SharingGuide guide;
  @Inject DomainEvents events;
  @Inject Clock clock;

  public InvitationView invite(Subject subject, CaseId id, InvitationDraft draft) {
    CaseFile caseFile = caseOf(subject, cases.findForUpdate(id), id);
    if (draft.agency().equals(AgencyCode.PLATFORM) || agencies.find(draft.agency()).isEmpty()) {
      throw new InvalidInputException("agency", "agency.unknown", draft.agency().value());
    }
    Target target = Target.caseOf(id, caseFile.ownerAgency());
    Decision permit =
        guard.require(
            new AccessRequest.InviteAgency(subject, facts(caseFile, subject), draft.agency()),
            target);
    if (draft.sections().isEmpty()) {
      throw new InvalidInputException("sections", "invitation.noSections", CaseSection.codes());
    }
    String purpose = WrittenText.required("purpose", draft.purpose(), Invitation.MAX_TEXT);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!draft.expiresAt().isAfter(now)) {
      throw new InvalidInputException("expiresAt", "invitation.endPassed", draft.expiresAt());
    }
    if (draft.expiresAt().isAfter(now.plus(LONGEST))) {
      throw new InvalidInputException("expiresAt", "invitation.endTooFar", LONGEST.toDays());
    }
    SharingGrounds grounds =
        guide.check(
            draft.grounds(), caseFile.ownerAgency(), caseFile.ownerAgency(), draft.agency());
    boolean alreadyWaiting =
        invitations.ofCase(id).stream()
            .anyMatch(i -> i.invitedAgency().equals(draft.agency()) && i.isOpenAt(now));
    if (alreadyWaiting) {
      throw new ConflictException("invitation.alreadyPending", draft.agency().value());
    }
    Invitation invitation =
        Invitation.send(
            id,
            caseFile.ownerAgency(),
            draft.agency(),
            draft.sections(),
            purpose,
            grounds,
            draft.expiresAt(),
            subject.username(),
            now);
    invitations.store(invitation);
    guard.record(subject, permit, target, stepDetails(invitation));
    events.publish(new InvitationSent(id, invitation.id(), draft.agency(), now.toInstant()));
    return InvitationView.of(invitation, now);
  }

  /** Accepts for the invited agency; {@code joining}: its case workers who become members. */
  public InvitationView accept(Subject subject, String invitationId, List<Username> joining) {
    Invitation invitation = invitationOf(subject, invitationId);
    Target target = Target.caseOf(invitation.caseId(), invitation.ownerAgency());
    // who answers is decided before any name is looked up: the inviting side learns nothing
    guard.require(
        new AccessRequest.AcceptInvitation(subject, invitation.invitedAgency(), List.of()), target);
    Set<Username> distinct = new LinkedHashSet<>(joining);
    if (distinct.isEmpty()) {
      throw new InvalidInputException("members", "invitation.noMembers");
    }
    if (distinct.size() > MOST_JOINING) {
      throw new InvalidInputException("members", "invitation.tooManyMembers", MOST_JOINING);
    }
    List<Person> people = new ArrayList<>();
    for (Username username : distinct) {
      people.add(
          directory
              .find(username)
              .orElseThrow(
                  () -> new InvalidInputException("members", "user.unknown", username.value())));
    }
    Decision permit =
        guard.require(
            new AccessRequest.AcceptInvitation(subject, invitation.invitedAgency(), people),
            target);
    OffsetDateTime now = OffsetDateTime.now(clock);
    requireOpen(invitation, now);
    CaseFile caseFile = cases.findForUpdate(invitation.caseId()).orElseThrow();
    if (caseFile.participationOf(invitation.invitedAgency()).isPresent()) {
      throw new ConflictException("invitation.agencyInCase", invitation.invitedAgency().value());
    }
    CaseParticipation participation =
        caseFile.participate(
            invitation.invitedAgency(),
            invitation.id(),
            invitation.scope(),
            invitation.expiresAt());
    for (Username member : distinct) {
      caseFile.admitThrough(participation, member, subject.username(), now);
    }
    invitation.accept(subject.username(), List.copyOf(distinct), now);
    Map<String, String> details = stepDetails(invitation);
    details.put("members", distinct.stream().map(Username::value).collect(Collectors.joining(",")));
    guard.record(subject, permit, target, details);
    events.publish(
        new InvitationAccepted(
            invitation.caseId(), invitation.id(), invitation.invitedAgency(), now.toInstant()));
    for (Username member : distinct) {
      events.publish(
          new MemberAdded(
              invitation.caseId(),
              member,
              invitation.invitedAgency(),
              subject.username(),
              now.toInstant()));
    }
    return InvitationView.of(invitation, now);
  }

  public InvitationView decline(Subject subject, String invitationId, String reason) {
    Invitation invitation = invitationOf(subject, invitationId);
    Target target = Target.caseOf(invitation.caseId(), invitation.ownerAgency());
    Decision permit =
        guard.require(
            new AccessRequest.DeclineInvitation(subject, invitation.invitedAgency()), target);
    String why = WrittenText.required("reason", reason, Invitation.MAX_TEXT);
    OffsetDateTime now = OffsetDateTime.now(clock);
    requireOpen(invitation, now);
    invitation.decline(subject.username(), why, now);
    guard.record(subject, permit, target, stepDetails(invitation));
    events.publish(
        new InvitationDeclined(
            invitation.caseId(), invitation.id(), invitation.invitedAgency(), now.toInstant()));
    return InvitationView.of(invitation, now);
  }

  /** Takes an invitation back at once: whoever joined through it leaves the case. */
  public InvitationView revoke(Subject subject, String invitationId) {
    Invitation invitation = invitationOf(subject, invitationId);
    CaseFile caseFile = cases.findForUpdate(invitation.caseId()).orElseThrow();
    Target target = Target.caseOf(invitation.caseId(), invitation.ownerAgency());
    Decision permit =
        guard.require(
            new AccessRequest.RevokeInvitation(subject, facts(caseFile, subject)), target);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (invitation.state().isFinal() || invitation.isDueToExpireAt(now)) {
      throw new ConflictException(
          "invitation.ended", InvitationView.of(invitation, now).state().name());
    }
    invitation.revoke(subject.username(), now);
    List<CaseMember> left = caseFile.endInvitation(invitation.id());
    lapseRequestsOf(invitation, now);
    Map<String, String> details = stepDetails(invitation);
    details.put("left", names(left));
    guard.record(subject, permit, target, details);
    events.publish(
        new InvitationRevoked(
            invitation.caseId(), invitation.id(), invitation.invitedAgency(), now.toInstant()));
    left.forEach(m -> events.publish(removed(invitation, m, subject.username(), now)));
    return InvitationView.of(invitation, now);
  }

  /** When an invitation ends, for the timer that ends it. */
  public Optional<OffsetDateTime> expiryOf(String invitationId) {
    return invitations.find(invitationId).map(Invitation::expiresAt);
  }

  /** The ids of invitations whose end date has passed while they were pending or accepted. */
  public List<String> dueToExpire() {
    return invitations.dueToExpire(OffsetDateTime.now(clock)).stream().map(Invitation::id).toList();
  }

  /**
   * Ends an invitation whose end date has passed (the platform does this, named so in the audit
   * trail); nothing happens to one that is no longer due.
   */
  public void expire(String invitationId) {
    Optional<Invitation> found = invitations.findForUpdate(invitationId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (found.isEmpty() || !found.get().isDueToExpireAt(now)) {
      return;
    }
    Invitation invitation = found.get();
    invitation.expire(now);
    CaseFile caseFile = cases.findForUpdate(invitation.caseId()).orElseThrow();
    List<CaseMember> left = caseFile.endInvitation(invitation.id());
    lapseRequestsOf(invitation, now);
    Map<String, String> details = stepDetails(invitation);
    details.put("left", names(left));
    trail.record(
        new AuditRecord(
            PLATFORM_ACTOR,
            AgencyCode.PLATFORM,
            AuditAction.of("invitation.expire"),
            AuditOutcome.PERMIT,
            "END_DATE_PASSED",
            Optional.of(invitation.caseId()),
            Optional.of(invitation.ownerAgency()),
            Optional.empty(),
            details));
    events.publish(
        new InvitationExpired(
            invitation.caseId(), invitation.id(), invitation.invitedAgency(), now.toInstant()));
    left.forEach(m -> events.publish(removed(invitation, m, PLATFORM_ACTOR, now)));
  }

  /**
   * What was shared of a case and how, for the owner agency's members and ID-SPOCs; recorded as one
   * {@code sharing.read} entry.
   */
  public SharingHistory history(Subject subject, CaseId id) {
    CaseFile caseFile = caseOf(subject, cases.find(id), id);
    CaseFacts facts = facts(caseFile, subject);
    Target target = Target.caseOf(id, caseFile.ownerAgency());
    Decision permit = guard.require(new AccessRequest.ReadSharing(subject, facts), target);
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<InvitationView> sent =
        invitations.ofCase(id).stream().map(i -> InvitationView.of(i, now)).toList();
    List<DisclosureView> decided = disclosures.ofCase(id).stream().map(DisclosureView::of).toList();
    guard.record(
        subject,
        permit,
        target,
        Map.of(
            "invitations",
            sent.stream().map(InvitationView::id).collect(Collectors.joining(",")),
            "disclosures",
            decided.stream().map(DisclosureView::id).collect(Collectors.joining(","))));
    return new SharingHistory(id, sent, decided, mayInvite(subject, facts));
  }

  /** Whether the subject may invite some agency not yet in the case. */
  private boolean mayInvite(Subject subject, CaseFacts facts) {
    return agencies.all().stream()
        .map(a -> a.code())
        .filter(code -> !facts.memberAgencies().contains(code))
        .findFirst()
        .map(code -> pdp.permits(new AccessRequest.InviteAgency(subject, facts, code)))
        .orElse(false);
  }

  /**
   * What waits for the subject's ID-SPOC inbox: open invitations to their agency and requests for
   * values it owns; recorded as one {@code invitation.read} entry naming what was shown.
   */
  public SpocInbox inbox(Subject subject) {
    // the inbox of one's own agency, which only its ID-SPOCs read (a refusal is recorded)
    Decision reads =
        guard.require(
            new AccessRequest.ReadInvitation(subject, subject.agency(), subject.agency()),
            Target.none());
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<InvitationView> waiting =
        invitations.pendingFor(subject.agency()).stream()
            .filter(i -> i.isOpenAt(now))
            .filter(
                i ->
                    pdp.permits(
                        new AccessRequest.ReadInvitation(
                            subject, i.ownerAgency(), i.invitedAgency())))
            .map(i -> InvitationView.of(i, now))
            .toList();
    List<DisclosureView> requests =
        disclosures.pendingFor(subject.agency()).stream()
            .filter(d -> pdp.permits(new AccessRequest.DecideDisclosure(subject, d.valueOwner())))
            .map(DisclosureView::of)
            .toList();
    List<Username> workers =
        profiles.ofAgency(subject.agency()).stream()
            .filter(p -> new Person(p.username(), p.agency(), p.roles()).worksCases())
            .map(UserProfile::username)
            .sorted()
            .toList();
    guard.record(
        subject,
        reads,
        Target.none(),
        Map.of(
            "invitations",
            waiting.stream().map(InvitationView::id).collect(Collectors.joining(",")),
            "disclosures",
            requests.stream().map(DisclosureView::id).collect(Collectors.joining(","))));
    return new SpocInbox(waiting, requests, workers);
  }

  /**
   * Requests the invited agency made and nobody decided lapse when it leaves the case: a grant must
   * never wait for its return.
   */
  private void lapseRequestsOf(Invitation invitation, OffsetDateTime now) {
    disclosures.ofCase(invitation.caseId()).stream()
        .filter(d -> d.isPending() && d.requesterAgency().equals(invitation.invitedAgency()))
        .forEach(d -> d.lapse(now));
  }

  /** One invitation, for a party to it; the locked row, so that its steps never cross. */
  private Invitation invitationOf(Subject subject, String invitationId) {
    Optional<Invitation> found = invitations.findForUpdate(invitationId);
    if (found.isEmpty()) {
      guard.refused(
          subject,
          Action.READ_INVITATION,
          "NO_SUCH_INVITATION",
          Target.none(),
          Map.of("invitation", invitationId));
      throw new NotFoundException("invitation");
    }
    Invitation invitation = found.get();
    Decision read =
        guard.decide(
            new AccessRequest.ReadInvitation(
                subject, invitation.ownerAgency(), invitation.invitedAgency()),
            Target.caseOf(invitation.caseId(), invitation.ownerAgency()));
    if (read.denied()) {
      throw new NotFoundException("invitation");
    }
    return invitation;
  }

  private static void requireOpen(Invitation invitation, OffsetDateTime now) {
    if (!invitation.isOpenAt(now)) {
      throw new ConflictException(
          "invitation.notOpen", InvitationView.of(invitation, now).state().name());
    }
  }

  /**
   * The case, for someone who may open it or manage its sharing (an ID-SPOC of the owner agency
   * need not be a member); outsiders learn nothing.
   */
  private CaseFile caseOf(Subject subject, Optional<CaseFile> found, CaseId id) {
    if (found.isEmpty()) {
      guard.refused(subject, Action.OPEN_CASE, "NO_SUCH_CASE", Target.unknownCase(id), Map.of());
      throw new CaseNotFoundException();
    }
    CaseFile caseFile = found.get();
    CaseFacts facts = facts(caseFile, subject);
    if (pdp.permits(new AccessRequest.OpenCase(subject, facts))
        || pdp.permits(new AccessRequest.RevokeInvitation(subject, facts))) {
      return caseFile;
    }
    guard.refused(
        subject,
        Action.OPEN_CASE,
        pdp.decide(new AccessRequest.OpenCase(subject, facts)).reason().name(),
        Target.caseOf(id, caseFile.ownerAgency()),
        Map.of());
    throw new CaseNotFoundException();
  }

  private static CaseFacts facts(CaseFile caseFile, Subject subject) {
    return CaseFactsOf.of(caseFile, subject.username());
  }

  /** What the audit trail keeps of an invitation's step (never the purpose's text). */
  private static Map<String, String> stepDetails(Invitation invitation) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("invitation", invitation.id());
    details.put("agency", invitation.invitedAgency().value());
    details.put(
        "sections",
        invitation.scope().stream().map(CaseSection::code).collect(Collectors.joining(",")));
    details.put("legalBasis", invitation.grounds().legalBasis().code());
    details.put("expiresAt", invitation.expiresAt().toInstant().toString());
    details.put("state", invitation.state().name());
    return details;
  }

  private static String names(List<CaseMember> members) {
    return members.stream().map(m -> m.username().value()).collect(Collectors.joining(","));
  }

  private static MemberRemoved removed(
      Invitation invitation, CaseMember member, Username by, OffsetDateTime now) {
    return new MemberRemoved(
        invitation.caseId(), member.username(), member.agency(), by, now.toInstant());
  }
}
