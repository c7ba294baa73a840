package se.knutpunkt.security.policy;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.casefile.ValueVersion;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.marking.Releasability;
import se.knutpunkt.domain.user.Role;
import se.knutpunkt.security.policy.AccessRequest.AcceptInvitation;
import se.knutpunkt.security.policy.AccessRequest.AddCosignature;
import se.knutpunkt.security.policy.AccessRequest.AddMember;
import se.knutpunkt.security.policy.AccessRequest.CreateCase;
import se.knutpunkt.security.policy.AccessRequest.DecideDisclosure;
import se.knutpunkt.security.policy.AccessRequest.DeclineInvitation;
import se.knutpunkt.security.policy.AccessRequest.FollowCase;
import se.knutpunkt.security.policy.AccessRequest.InviteAgency;
import se.knutpunkt.security.policy.AccessRequest.ListCases;
import se.knutpunkt.security.policy.AccessRequest.ManageMembers;
import se.knutpunkt.security.policy.AccessRequest.OpenCase;
import se.knutpunkt.security.policy.AccessRequest.RaiseFlag;
import se.knutpunkt.security.policy.AccessRequest.ReadAuditEntry;
import se.knutpunkt.security.policy.AccessRequest.ReadAuditLog;
import se.knutpunkt.security.policy.AccessRequest.ReadField;
import se.knutpunkt.security.policy.AccessRequest.ReadHistory;
import se.knutpunkt.security.policy.AccessRequest.ReadInvitation;
import se.knutpunkt.security.policy.AccessRequest.ReadNotice;
import se.knutpunkt.security.policy.AccessRequest.ReadSharing;
import se.knutpunkt.security.policy.AccessRequest.RecordExamination;
import se.knutpunkt.security.policy.AccessRequest.RemoveMember;
import se.knutpunkt.security.policy.AccessRequest.RequestDisclosure;
import se.knutpunkt.security.policy.AccessRequest.RevokeInvitation;
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
        read ->
            readField(
                read.subject(), read.caseFacts(), read.section(), read.marking(), read.value()));
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
    rule(ReadNotice.class, this::readNotice);
    rule(InviteAgency.class, this::inviteAgency);
    rule(
        AcceptInvitation.class,
        accept -> answerInvitation(accept.subject(), accept.invitedAgency(), accept.joining()));
    rule(
        DeclineInvitation.class,
        decline -> answerInvitation(decline.subject(), decline.invitedAgency(), List.of()));
    rule(RevokeInvitation.class, revoke -> spocOfOwner(revoke.subject(), revoke.caseFacts()));
    rule(
        ReadInvitation.class,
        read -> {
          Subject subject = read.subject();
          if (!subject.has(Role.SPOC)) {
            return Reason.NOT_SPOC;
          }
          if (subject.agency().equals(read.ownerAgency())) {
            return Reason.SPOC_OF_OWNER_AGENCY;
          }
          return subject.agency().equals(read.invitedAgency())
              ? Reason.SPOC_OF_INVITED_AGENCY
              : Reason.NOT_SPOC_OF_INVITED_AGENCY;
        });
    rule(ReadSharing.class, read -> readSharing(read.subject(), read.caseFacts()));
    rule(RequestDisclosure.class, this::requestDisclosure);
    rule(
        DecideDisclosure.class,
        decide -> {
          Subject subject = decide.subject();
          if (!subject.has(Role.SPOC)) {
            return Reason.NOT_SPOC;
          }
          return subject.agency().equals(decide.valueOwner())
              ? Reason.SPOC_OF_VALUE_OWNER
              : Reason.NOT_SPOC_OF_VALUE_OWNER;
        });
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
    rule(
        AddCosignature.class,
        add -> add.subject().has(Role.AUDITOR) ? Reason.AUDITOR_WITNESSES_LOG : Reason.NOT_AUDITOR);
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

  /**
   * A value reaches a cleared member whose agency's scope covers its section and to whose agency it
   * is released — or whose agency was disclosed exactly this version on request, which stands in
   * for scope and releasability but never for the reader's own clearance.
   */
  private Reason readField(
      Subject subject,
      CaseFacts caseFacts,
      CaseSection section,
      Marking marking,
      Optional<ValueVersion> value) {
    Reason released = releasedToAgency(subject, caseFacts, section, marking);
    boolean disclosed = value.isPresent() && caseFacts.disclosedToAsker().contains(value.get());
    if (!released.permits() && !(disclosed && openCase(subject, caseFacts).permits())) {
      return released;
    }
    if (!released.permits() && !subject.isClearedFor(marking.level())) {
      // the disclosure does not reach this reader: withheld as if there were none
      return released;
    }
    if (subject.clearance().isEmpty()) {
      return Reason.NO_CLEARANCE;
    }
    if (!subject.isClearedFor(marking.level())) {
      return Reason.CLEARANCE_BELOW_LEVEL;
    }
    return released.permits() ? Reason.RELEASED_TO_READER : Reason.DISCLOSED_TO_AGENCY;
  }

  private Reason releasedToAgency(
      Subject subject, CaseFacts caseFacts, CaseSection section, Marking marking) {
    Reason inScope = readSection(subject, caseFacts, section);
    if (!inScope.permits()) {
      return inScope;
    }
    if (!marking.isReleasableTo(subject.agency())) {
      return Reason.NOT_RELEASABLE_TO_AGENCY;
    }
    return Reason.RELEASED_TO_READER;
  }

  /**
   * A member asks for a value withheld from them; not for one they see already, nor for one a
   * disclosure could not show them (above their clearance).
   */
  private Reason requestDisclosure(RequestDisclosure request) {
    Subject subject = request.subject();
    Reason open = openCase(subject, request.caseFacts());
    if (!open.permits()) {
      return open;
    }
    Reason read =
        readField(
            subject,
            request.caseFacts(),
            request.section(),
            request.marking(),
            Optional.of(request.value()));
    if (read.permits()) {
      return Reason.ALREADY_RELEASED;
    }
    if (!subject.isClearedFor(request.marking().level())) {
      return Reason.DISCLOSURE_CANNOT_RAISE_CLEARANCE;
    }
    return Reason.MEMBER_MAY_REQUEST;
  }

  private Reason readNotice(ReadNotice read) {
    Subject subject = read.subject();
    if (read.toSpocs()
        && read.invitedAgency().isPresent()
        && read.invitedAgency().get().equals(subject.agency())) {
      return subject.has(Role.SPOC) ? Reason.SPOC_OF_INVITED_AGENCY : Reason.NOT_SPOC;
    }
    return read.toSpocs()
        ? spocOfAgencyInCase(subject, read.caseFacts())
        : openCase(subject, read.caseFacts());
  }

  private Reason inviteAgency(InviteAgency invite) {
    Reason spoc = spocOfOwner(invite.subject(), invite.caseFacts());
    if (!spoc.permits()) {
      return spoc;
    }
    if (invite.invited().equals(invite.caseFacts().ownerAgency())) {
      return Reason.INVITING_OWN_AGENCY;
    }
    if (invite.caseFacts().memberAgencies().contains(invite.invited())) {
      return Reason.AGENCY_ALREADY_IN_CASE;
    }
    return spoc;
  }

  private static Reason answerInvitation(
      Subject subject, AgencyCode invitedAgency, List<Person> joiningMembers) {
    if (!subject.has(Role.SPOC)) {
      return Reason.NOT_SPOC;
    }
    if (!subject.agency().equals(invitedAgency)) {
      return Reason.NOT_SPOC_OF_INVITED_AGENCY;
    }
    for (Person joining : joiningMembers) {
      if (!joining.agency().equals(invitedAgency)) {
        return Reason.MEMBER_OF_OTHER_AGENCY;
      }
      if (!joining.worksCases()) {
        return Reason.MEMBER_NOT_CASE_WORKER;
      }
    }
    return Reason.SPOC_OF_INVITED_AGENCY;
  }

  private static Reason spocOfOwner(Subject subject, CaseFacts caseFacts) {
    if (!subject.has(Role.SPOC)) {
      return Reason.NOT_SPOC;
    }
    return subject.agency().equals(caseFacts.ownerAgency())
        ? Reason.SPOC_OF_OWNER_AGENCY
        : Reason.NOT_SPOC_OF_OWNER_AGENCY;
  }

  /** The owner agency's members and ID-SPOCs follow what was shared of its case, and how. */
  private Reason readSharing(Subject subject, CaseFacts caseFacts) {
    Reason spoc = spocOfOwner(subject, caseFacts);
    if (spoc.permits()) {
      return spoc;
    }
    Reason open = openCase(subject, caseFacts);
    if (!open.permits()) {
      return open;
    }
    return subject.agency().equals(caseFacts.ownerAgency())
        ? Reason.MEMBER_OF_OWNER_AGENCY
        : Reason.NOT_OF_OWNER_AGENCY;
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
        && !readField(
                subject,
                write.caseFacts(),
                write.section(),
                write.current().get(),
                Optional.empty())
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

  /**
   * The owner agency's ID-SPOC and the case's creator manage the owner agency's members; the
   * ID-SPOC of an agency taking part through an invitation manages that agency's own.
   */
  private Reason manageMembers(Subject subject, CaseFacts caseFacts, Person member) {
    Reason actor = mayManageMembers(subject, caseFacts);
    if (!actor.permits()) {
      return actor;
    }
    AgencyCode managed =
        actor == Reason.SPOC_OF_AGENCY_IN_CASE ? subject.agency() : caseFacts.ownerAgency();
    if (!member.agency().equals(managed)) {
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
    if (subject.has(Role.SPOC) && caseFacts.memberAgencies().contains(subject.agency())) {
      return Reason.SPOC_OF_AGENCY_IN_CASE;
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
