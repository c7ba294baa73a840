package se.knutpunkt.security.policy;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.marking.Releasability;
import se.knutpunkt.domain.user.Role;
import se.knutpunkt.security.policy.AccessRequest.AddMember;
import se.knutpunkt.security.policy.AccessRequest.CreateCase;
import se.knutpunkt.security.policy.AccessRequest.FollowCase;
import se.knutpunkt.security.policy.AccessRequest.ListCases;
import se.knutpunkt.security.policy.AccessRequest.ManageMembers;
import se.knutpunkt.security.policy.AccessRequest.OpenCase;
import se.knutpunkt.security.policy.AccessRequest.RaiseFlag;
import se.knutpunkt.security.policy.AccessRequest.ReadAuditEntry;
import se.knutpunkt.security.policy.AccessRequest.ReadAuditLog;
import se.knutpunkt.security.policy.AccessRequest.ReadField;
import se.knutpunkt.security.policy.AccessRequest.ReadHistory;
import se.knutpunkt.security.policy.AccessRequest.ReadNotice;
import se.knutpunkt.security.policy.AccessRequest.RecordExamination;
import se.knutpunkt.security.policy.AccessRequest.RemoveMember;
import se.knutpunkt.security.policy.AccessRequest.SearchRegistry;
import se.knutpunkt.security.policy.AccessRequest.ValidateIdentifier;
import se.knutpunkt.security.policy.AccessRequest.WatchIdentifier;
import se.knutpunkt.security.policy.AccessRequest.WithdrawFlag;
import se.knutpunkt.security.policy.AccessRequest.WriteField;
import se.knutpunkt.security.policy.AccessRequest.WriteInSection;

/**
 * The one place that decides who may see and do what. Pure Java, no container: every service asks
 * here before it returns or changes data, and nothing else decides access. Anything no rule permits
 * is denied.
 */
public final class PolicyDecisionPoint {

  private final Clock clock;
  private final Map<Class<? extends AccessRequest>, Function<AccessRequest, Reason>> rules =
      new HashMap<>();

  public PolicyDecisionPoint(Clock clock) {
    this.clock = Objects.requireNonNull(clock);
    rule(CreateCase.class, create -> createCase(create.subject()));
    rule(
        ListCases.class,
        list -> list.subject().worksCases() ? Reason.SIGNED_IN : Reason.NOT_CASE_WORKER);
    rule(ManageMembers.class, manage -> mayManageMembers(manage.subject(), manage.caseFacts()));
    rule(OpenCase.class, open -> openCase(open.subject(), open.caseFacts()));
    // whoever may open a case may follow it: each value pushed is decided again, value by value
    rule(FollowCase.class, follow -> openCase(follow.subject(), follow.caseFacts()));
    rule(
        ReadField.class,
        read -> readField(read.subject(), read.caseFacts(), read.section(), read.marking()));
    rule(ReadHistory.class, read -> readSection(read.subject(), read.caseFacts(), read.section()));
    rule(
        WriteInSection.class,
        write -> writeInSection(write.subject(), write.caseFacts(), write.section()));
    rule(WriteField.class, this::writeField);
    rule(AddMember.class, add -> addMember(add.subject(), add.caseFacts(), add.newMember()));
    rule(
        RemoveMember.class,
        remove -> removeMember(remove.subject(), remove.caseFacts(), remove.member()));
    rule(ValidateIdentifier.class, validate -> Reason.SIGNED_IN);
    rule(RaiseFlag.class, raise -> flagger(raise.subject()));
    rule(RecordExamination.class, record -> registryUser(record.subject()));
    rule(SearchRegistry.class, search -> registryUser(search.subject()));
    rule(
        WatchIdentifier.class,
        watch ->
            watch.subject().worksCases() ? Reason.CASE_WORKER_MAY_WATCH : Reason.NOT_CASE_WORKER);
    rule(
        ReadNotice.class,
        read ->
            read.toSpocs()
                ? spocOfAgencyInCase(read.subject(), read.caseFacts())
                : openCase(read.subject(), read.caseFacts()));
    rule(
        WithdrawFlag.class,
        withdraw -> {
          Reason flagger = flagger(withdraw.subject());
          if (!flagger.permits()) {
            return flagger;
          }
          return withdraw.subject().agency().equals(withdraw.flaggingAgency())
              ? Reason.FLAG_OF_OWN_AGENCY
              : Reason.FLAG_OF_OTHER_AGENCY;
        });
    rule(
        ReadAuditEntry.class,
        audit -> readAuditEntry(audit.subject(), audit.actorAgency(), audit.resourceOwner()));
    rule(
        ReadAuditLog.class,
        read ->
            read.subject().has(Role.AUDITOR) ? Reason.AUDITOR_VERIFIES_LOG : Reason.NOT_AUDITOR);
  }

  private <T extends AccessRequest> void rule(Class<T> kind, Function<T, Reason> rule) {
    rules.put(kind, request -> rule.apply(kind.cast(request)));
  }

  /** Whether a kind of request has a rule of its own; a kind without one is always denied. */
  public boolean hasRuleFor(Class<? extends AccessRequest> kind) {
    return rules.containsKey(kind);
  }

  public Decision decide(AccessRequest request) {
    Function<AccessRequest, Reason> rule = rules.get(request.getClass());
    Reason reason = rule == null ? Reason.NO_RULE : rule.apply(request);
    return new Decision(request.action(), reason);
  }

  /**
   * Which audit entries the subject may read, as a filter a query can use: exactly the entries
   * {@link ReadAuditEntry} permits (the tests hold the two to each other).
   */
  public AuditReach auditReach(Subject subject) {
    if (!subject.has(Role.AUDITOR)) {
      return AuditReach.NOTHING;
    }
    if (subject.agency().equals(AgencyCode.IMY)) {
      return AuditReach.EVERYTHING;
    }
    return AuditReach.ofAgency(subject.agency());
  }

  /**
   * Whether the subject reads an agency's ID-SPOC inbox (that of their own agency): the inbox
   * {@link ReadNotice} with {@code toSpocs} can permit anything from at all.
   */
  public boolean readsSpocInbox(Subject subject) {
    return subject.has(Role.SPOC);
  }

  /** Shorthand: whether {@link #decide} permits. */
  public boolean permits(AccessRequest request) {
    return decide(request).permitted();
  }

  /** Investigators use the shared registry of examined identity documents (API.md). */
  private static Reason registryUser(Subject subject) {
    return subject.has(Role.INVESTIGATOR)
        ? Reason.INVESTIGATOR_USES_REGISTRY
        : Reason.NOT_INVESTIGATOR;
  }

  /**
   * The ID-SPOC inbox of an agency holds notices about the cases the agency takes part in, for as
   * long as it does (a notice of a case the agency left disappears).
   */
  private static Reason spocOfAgencyInCase(Subject subject, CaseFacts caseFacts) {
    if (!subject.has(Role.SPOC)) {
      return Reason.NOT_SPOC;
    }
    return caseFacts.memberAgencies().contains(subject.agency())
        ? Reason.SPOC_OF_AGENCY_IN_CASE
        : Reason.AGENCY_NOT_IN_CASE;
  }

  /** Investigators and ID-SPOCs flag suspected misuse for their agency (API.md). */
  private static Reason flagger(Subject subject) {
    return subject.has(Role.INVESTIGATOR) || subject.has(Role.SPOC)
        ? Reason.CASE_WORKER_MAY_FLAG
        : Reason.NOT_CASE_WORKER;
  }

  private static Reason createCase(Subject subject) {
    return subject.has(Role.INVESTIGATOR)
        ? Reason.INVESTIGATOR_MAY_OPEN_CASES
        : Reason.NOT_INVESTIGATOR;
  }

  private Reason openCase(Subject subject, CaseFacts caseFacts) {
    if (!subject.worksCases()) {
      return Reason.NOT_CASE_WORKER;
    }
    Optional<Membership> membership = caseFacts.askersMembership();
    if (membership.isEmpty() || !membership.get().agency().equals(subject.agency())) {
      return Reason.NOT_A_MEMBER;
    }
    if (!membership.get().isValidAt(clock.instant())) {
      return Reason.MEMBERSHIP_EXPIRED;
    }
    return Reason.MEMBER_OF_CASE;
  }

  private Reason readField(
      Subject subject, CaseFacts caseFacts, CaseSection section, Marking marking) {
    Reason inScope = readSection(subject, caseFacts, section);
    if (!inScope.permits()) {
      return inScope;
    }
    if (!marking.isReleasableTo(subject.agency())) {
      return Reason.NOT_RELEASABLE_TO_AGENCY;
    }
    if (subject.clearance().isEmpty()) {
      return Reason.NO_CLEARANCE;
    }
    if (!subject.isClearedFor(marking.level())) {
      return Reason.CLEARANCE_BELOW_LEVEL;
    }
    return Reason.RELEASED_TO_READER;
  }

  private Reason readSection(Subject subject, CaseFacts caseFacts, CaseSection section) {
    Reason open = openCase(subject, caseFacts);
    if (!open.permits()) {
      return open;
    }
    if (!caseFacts.askersMembership().orElseThrow().covers(section)) {
      return Reason.SECTION_NOT_IN_SCOPE;
    }
    return Reason.MEMBER_OF_CASE;
  }

  private Reason writeInSection(Subject subject, CaseFacts caseFacts, CaseSection section) {
    Reason read = readSection(subject, caseFacts, section);
    if (!read.permits()) {
      return read;
    }
    if (subject.clearance().isEmpty()) {
      return Reason.NO_CLEARANCE;
    }
    return Reason.MEMBER_MAY_WRITE;
  }

  private Reason writeField(WriteField write) {
    Subject subject = write.subject();
    Reason section = writeInSection(subject, write.caseFacts(), write.section());
    if (!section.permits()) {
      return section;
    }
    if (!write.marking().owner().equals(subject.agency())) {
      return Reason.MARKING_NOT_WRITERS;
    }
    if (!subject.isClearedFor(write.marking().level())) {
      return Reason.MARKING_ABOVE_CLEARANCE;
    }
    if (write.marking().releasable() instanceof Releasability.ToAgencies released
        && !write.caseFacts().memberAgencies().containsAll(released.agencies())) {
      return Reason.RELEASED_OUTSIDE_CASE;
    }
    if (write.current().isPresent()
        && !readField(subject, write.caseFacts(), write.section(), write.current().get())
            .permits()) {
      return Reason.CURRENT_VALUE_NOT_VISIBLE;
    }
    return Reason.MEMBER_MAY_WRITE;
  }

  private Reason addMember(Subject subject, CaseFacts caseFacts, Person newMember) {
    Reason manage = manageMembers(subject, caseFacts, newMember);
    if (!manage.permits()) {
      return manage;
    }
    if (!newMember.worksCases()) {
      return Reason.MEMBER_NOT_CASE_WORKER;
    }
    return manage;
  }

  private Reason removeMember(Subject subject, CaseFacts caseFacts, Person member) {
    Reason manage = manageMembers(subject, caseFacts, member);
    if (!manage.permits()) {
      return manage;
    }
    if (member.agency().equals(caseFacts.ownerAgency()) && caseFacts.ownerAgencyMembers() <= 1) {
      return Reason.LAST_MEMBER_OF_OWNER_AGENCY;
    }
    return manage;
  }

  private Reason manageMembers(Subject subject, CaseFacts caseFacts, Person member) {
    Reason actor = mayManageMembers(subject, caseFacts);
    if (!actor.permits()) {
      return actor;
    }
    if (!member.agency().equals(caseFacts.ownerAgency())) {
      return Reason.MEMBER_OF_OTHER_AGENCY;
    }
    return actor;
  }

  private Reason mayManageMembers(Subject subject, CaseFacts caseFacts) {
    if (!subject.worksCases()) {
      return Reason.NOT_CASE_WORKER;
    }
    if (subject.has(Role.SPOC) && subject.agency().equals(caseFacts.ownerAgency())) {
      return Reason.SPOC_OF_OWNER_AGENCY;
    }
    if (subject.username().equals(caseFacts.creator()) && openCase(subject, caseFacts).permits()) {
      return Reason.CREATOR_OF_CASE;
    }
    return Reason.NOT_SPOC_OR_CREATOR;
  }

  private static Reason readAuditEntry(
      Subject subject, AgencyCode actorAgency, Optional<AgencyCode> resourceOwner) {
    if (!subject.has(Role.AUDITOR)) {
      return Reason.NOT_AUDITOR;
    }
    if (subject.agency().equals(AgencyCode.IMY)) {
      return Reason.SUPERVISORY_AUDITOR;
    }
    if (subject.agency().equals(actorAgency)
        || resourceOwner.map(subject.agency()::equals).orElse(false)) {
      return Reason.AUDITOR_OF_AGENCY;
    }
    return Reason.OUTSIDE_AUDITORS_REACH;
  }
}
