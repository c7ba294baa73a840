package se.knutpunkt.application.notice;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.application.audit.AuditRecord;
import se.knutpunkt.application.audit.AuditTrail;
import se.knutpunkt.application.gate.ValueGate;
import se.knutpunkt.application.gate.ValueGate.NoticeSubjects;
import se.knutpunkt.application.gate.ValueGate.ReleasedNotice;
import se.knutpunkt.application.misuse.MatchingIndex;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseFile;
import se.knutpunkt.domain.casefile.CaseFileRepository;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseMember;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.FieldValueRepository;
import se.knutpunkt.domain.misuse.DocumentRegistry;
import se.knutpunkt.domain.misuse.MisuseFlag;
import se.knutpunkt.domain.misuse.MisuseFlagRepository;
import se.knutpunkt.domain.notice.Notice;
import se.knutpunkt.domain.notice.NoticeKind;
import se.knutpunkt.domain.notice.NoticeRepository;
import se.knutpunkt.domain.notice.Watch;
import se.knutpunkt.domain.notice.WatchRepository;
import se.knutpunkt.domain.sharing.DisclosureRepository;
import se.knutpunkt.domain.sharing.DisclosureRequest;
import se.knutpunkt.domain.sharing.Invitation;
import se.knutpunkt.domain.sharing.InvitationRepository;
import se.knutpunkt.domain.user.UserProfile;
import se.knutpunkt.domain.user.UserProfileRepository;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.matching.MatchKey;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * Notices: posted when a flag is raised or withdrawn on an identifier that cases hold — to every
 * member of each such case and to the ID-SPOC inbox of each agency taking part in it — and read
 * through the gate, so that a notice says nothing its reader may not know and disappears when its
 * reader leaves the case.
 */
@Stateless
public class NoticeService {

  private static final AuditAction DIGEST = AuditAction.of("notice.digest");
  private static final AuditAction MARK_READ = AuditAction.of("notice.mark");

  /** How many of the newest notices an inbox shows and counts. */
  public static final int INBOX_SIZE = 200;

  @Inject NoticeRepository notices;
  @Inject MisuseFlagRepository flags;
  @Inject DocumentRegistry registry;
  @Inject MatchingIndex index;
  @Inject CaseFileRepository cases;
  @Inject FieldValueRepository fields;
  @Inject ValueGate gate;
  @Inject PolicyDecisionPoint pdp;
  @Inject UserProfileRepository profiles;
  @Inject WatchRepository watches;
  @Inject InvitationRepository invitations;
  @Inject DisclosureRepository disclosures;
  @Inject Clock clock;
  @Inject AuditTrail trail;

  /** For tests without a container. */
  public static NoticeService over(
      NoticeRepository notices,
      MisuseFlagRepository flags,
      DocumentRegistry registry,
      MatchingIndex index,
      CaseFileRepository cases,
      FieldValueRepository fields,
      ValueGate gate,
      PolicyDecisionPoint pdp,
      UserProfileRepository profiles,
      WatchRepository watches,
      InvitationRepository invitations,
      DisclosureRepository disclosures,
      AuditTrail trail,
      Clock clock) {
    NoticeService service = new NoticeService();
    service.trail = trail;
    service.notices = notices;
    service.flags = flags;
    service.registry = registry;
    service.index = index;
    service.cases = cases;
    service.fields = fields;
    service.gate = gate;
    service.pdp = pdp;
    service.profiles = profiles;
    service.watches = watches;
    service.clock = clock;
    service.invitations = invitations;
    service.disclosures = disclosures;
    return service;
  }

  /**
   * Posts the notices about a flag that was raised or withdrawn: one to each member of every case
   * that holds the flagged identifier (but not to whoever flagged it), one to the ID-SPOC inbox of
   * each agency taking part in such a case. Returns who got one, for the live push.
   */
  public Recipients postAboutFlag(long flagId, NoticeKind kind) {
    Optional<MisuseFlag> found = flags.find(flagId);
    if (found.isEmpty()) {
      return new Recipients(Set.of(), Set.of());
    }
    MisuseFlag flag = found.get();
    Set<Username> people = new LinkedHashSet<>();
    Set<AgencyCode> inboxes = new LinkedHashSet<>();
    for (CaseId caseId : index.casesHolding(MatchKey.of(flag.matchKey()))) {
      cases
          .find(caseId)
          .ifPresent(c -> post(c, kind, flagId, Optional.of(flag.flaggedBy()), people, inboxes));
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (Watch watch : watches.on(flag.matchKey())) {
      if (!watch.watcher().equals(flag.flaggedBy())) {
        notices.store(Notice.toWatcher(watch.watcher(), kind, watch.id(), flagId, now));
        people.add(watch.watcher());
      }
    }
    return new Recipients(people, inboxes);
  }

  /**
   * Posts the notice that a document the registry knows as forged was entered in a case: to its
   * members and the ID-SPOC inboxes of the agencies in it.
   */
  public Recipients postAboutForgedDocument(CaseId caseId, long examinationId) {
    Set<Username> people = new LinkedHashSet<>();
    Set<AgencyCode> inboxes = new LinkedHashSet<>();
    if (registry.find(examinationId).isPresent()) {
      cases
          .find(caseId)
          .ifPresent(
              c ->
                  post(
                      c,
                      NoticeKind.FORGED_DOCUMENT,
                      examinationId,
                      Optional.empty(),
                      people,
                      inboxes));
    }
    return new Recipients(people, inboxes);
  }

  private void post(
      CaseFile caseFile,
      NoticeKind kind,
      long about,
      Optional<Username> notTo,
      Set<Username> people,
      Set<AgencyCode> inboxes) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (CaseMember member : caseFile.members()) {
      if (notTo.map(member.username()::equals).orElse(false)) {
        continue;
      }
      notices.store(Notice.toMember(member.username(), kind, caseFile.id(), about, now));
      people.add(member.username());
    }
    for (AgencyCode agency : caseFile.memberAgencies()) {
      notices.store(Notice.toSpocsOf(agency, kind, caseFile.id(), about, now));
      inboxes.add(agency);
    }
  }

  /**
   * Posts the notice of an invitation's step to the ID-SPOC inbox of the side it concerns: a new
   * invitation to the invited agency; an answer to the owner; a revocation to the invited agency;
   * an expiry to both.
   */
  public Recipients postAboutInvitation(String invitationId, NoticeKind kind) {
    Optional<Invitation> found = invitations.find(invitationId);
    if (found.isEmpty()) {
      return new Recipients(Set.of(), Set.of());
    }
    Invitation invitation = found.get();
    Set<AgencyCode> inboxes = new LinkedHashSet<>();
    switch (kind) {
      case INVITATION_RECEIVED, INVITATION_REVOKED -> inboxes.add(invitation.invitedAgency());
      case INVITATION_ACCEPTED, INVITATION_DECLINED -> inboxes.add(invitation.ownerAgency());
      case INVITATION_EXPIRED -> {
        inboxes.add(invitation.ownerAgency());
        inboxes.add(invitation.invitedAgency());
      }
      default -> throw new IllegalArgumentException(kind + " is no step of an invitation");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (AgencyCode agency : inboxes) {
      notices.store(
          Notice.aboutInvitation(agency, kind, invitation.caseId(), invitation.id(), now));
    }
    return new Recipients(Set.of(), inboxes);
  }

  /**
   * Posts the notice of a disclosure request's step: a new request to the ID-SPOC inbox of the
   * value's owner, a decision to the member who asked.
   */
  public Recipients postAboutDisclosure(String requestId, NoticeKind kind) {
    Optional<DisclosureRequest> found = disclosures.find(requestId);
    if (found.isEmpty()) {
      return new Recipients(Set.of(), Set.of());
    }
    DisclosureRequest request = found.get();
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (kind == NoticeKind.DISCLOSURE_REQUESTED) {
      notices.store(
          Notice.aboutDisclosure(
              null, request.valueOwner(), kind, request.caseId(), request.id(), now));
      return new Recipients(Set.of(), Set.of(request.valueOwner()));
    }
    notices.store(
        Notice.aboutDisclosure(
            request.requester(), null, kind, request.caseId(), request.id(), now));
    return new Recipients(Set.of(request.requester()), Set.of());
  }

  /** The reader's notices, newest first, as the gate lets them through (recorded as read). */
  public List<NoticeView> inbox(Subject reader) {
    List<Notice> addressed = addressedTo(reader);
    NoticeSubjects about = subjectsOf(reader, addressed);
    List<ReleasedNotice> released =
        gate.notices(
            reader,
            addressed,
            about,
            about.cases().isEmpty()
                ? Map.of()
                : fields.currentValues(List.copyOf(about.cases().keySet()), FieldPath.TITLE));
    Set<Long> read =
        notices.readBy(reader.username(), released.stream().map(r -> r.notice().id()).toList());
    List<NoticeView> views = new ArrayList<>(released.size());
    for (ReleasedNotice shown : released) {
      Notice notice = shown.notice();
      boolean isRead = read.contains(notice.id());
      boolean toSpocs = notice.spocsOf().isPresent();
      notice
          .flagId()
          .flatMap(flags::find)
          .ifPresent(
              flag ->
                  views.add(
                      new NoticeView(
                          notice.id(),
                          notice.kind(),
                          notice.createdAt(),
                          isRead,
                          toSpocs,
                          flag.agency(),
                          Optional.of(flag.category()),
                          Optional.of(flag.confidence()),
                          Optional.empty(),
                          notice.caseId(),
                          shown.caseTitle(),
                          shown.watch().map(Watch::shown))));
      notice
          .examinationId()
          .flatMap(registry::find)
          .ifPresent(
              examination ->
                  views.add(
                      new NoticeView(
                          notice.id(),
                          notice.kind(),
                          notice.createdAt(),
                          isRead,
                          toSpocs,
                          examination.agency(),
                          Optional.empty(),
                          Optional.empty(),
                          Optional.of(examination.result()),
                          notice.caseId(),
                          shown.caseTitle(),
                          shown.watch().map(Watch::shown))));
      notice
          .invitationId()
          .flatMap(invitations::find)
          .ifPresent(
              invitation ->
                  views.add(
                      sharingNotice(
                          notice,
                          isRead,
                          shown,
                          reader.agency().equals(invitation.invitedAgency())
                              ? invitation.ownerAgency()
                              : invitation.invitedAgency())));
      notice
          .disclosureId()
          .flatMap(disclosures::find)
          .ifPresent(
              request ->
                  views.add(
                      sharingNotice(
                          notice,
                          isRead,
                          shown,
                          reader.agency().equals(request.valueOwner())
                              ? request.requesterAgency()
                              : request.valueOwner())));
    }
    return views;
  }

  private static NoticeView sharingNotice(
      Notice notice, boolean isRead, ReleasedNotice shown, AgencyCode otherSide) {
    return new NoticeView(
        notice.id(),
        notice.kind(),
        notice.createdAt(),
        isRead,
        notice.spocsOf().isPresent(),
        otherSide,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        notice.caseId(),
        shown.caseTitle(),
        Optional.empty(),
        notice.invitationId(),
        notice.disclosureId());
  }

  /** How many of the reader's notices they have not read; releases nothing else. */
  public int unreadCount(Subject reader) {
    List<Notice> addressed = addressedTo(reader);
    List<Notice> visible = gate.visibleNotices(reader, addressed, subjectsOf(reader, addressed));
    Set<Long> read = notices.readBy(reader.username(), visible.stream().map(Notice::id).toList());
    return (int) visible.stream().filter(n -> !read.contains(n.id())).count();
  }

  /** Whether the person chose the daily digest of unread notices. */
  public boolean wantsDigest(Subject person) {
    boolean wanted =
        profiles.find(person.username()).map(UserProfile::wantsNoticeDigest).orElse(false);
    trail.record(ownSetting(person, "read", wanted));
    return wanted;
  }

  private static AuditRecord ownSetting(Subject person, String op, boolean daily) {
    return AuditRecord.of(
        person,
        DIGEST,
        AuditOutcome.PERMIT,
        "OWN_SETTING",
        Map.of("op", op, "daily", Boolean.toString(daily)));
  }

  /** Chooses (or stops) the daily digest of unread notices. */
  public void chooseDigest(Subject person, boolean wanted) {
    profiles.find(person.username()).ifPresent(p -> p.chooseNoticeDigest(wanted));
    trail.record(ownSetting(person, "choose", wanted));
  }

  /** Marks one of the reader's notices read; a notice they may not see is unknown to them. */
  public void markRead(Subject reader, long noticeId) {
    Optional<Notice> notice = notices.find(noticeId);
    boolean visible =
        notice.isPresent()
            && !gate.visibleNotices(
                    reader, List.of(notice.get()), subjectsOf(reader, List.of(notice.get())))
                .isEmpty();
    Map<String, String> which = Map.of("op", "markRead", "notice", Long.toString(noticeId));
    if (!visible) {
      trail.recordApart(
          AuditRecord.of(reader, MARK_READ, AuditOutcome.DENY, "UNKNOWN_NOTICE", which));
      throw new InvalidInputException("id", "notice.unknown", noticeId);
    }
    notices.markRead(reader.username(), noticeId, OffsetDateTime.now(clock));
    trail.record(AuditRecord.of(reader, MARK_READ, AuditOutcome.PERMIT, "ADDRESSEE", which));
  }

  private List<Notice> addressedTo(Subject reader) {
    Optional<AgencyCode> inbox =
        pdp.readsSpocInbox(reader) ? Optional.of(reader.agency()) : Optional.empty();
    return notices.addressedTo(reader.username(), inbox, INBOX_SIZE);
  }

  private NoticeSubjects subjectsOf(Subject reader, List<Notice> addressed) {
    Map<Long, Watch> readersWatches = new HashMap<>();
    if (addressed.stream().anyMatch(n -> n.watchId().isPresent())) {
      watches.of(reader.username()).forEach(w -> readersWatches.put(w.id(), w));
    }
    Map<String, AgencyCode> invited = new HashMap<>();
    addressed.stream()
        .flatMap(n -> n.invitationId().stream())
        .distinct()
        .forEach(id -> invitations.find(id).ifPresent(i -> invited.put(id, i.invitedAgency())));
    return new NoticeSubjects(casesOf(addressed), readersWatches, invited);
  }

  private Map<CaseId, CaseFile> casesOf(List<Notice> addressed) {
    Set<CaseId> ids = new HashSet<>();
    addressed.forEach(n -> n.caseId().ifPresent(ids::add));
    Map<CaseId, CaseFile> found = new HashMap<>();
    for (CaseId id : ids) {
      cases.find(id).ifPresent(c -> found.put(id, c));
    }
    return found;
  }
}
