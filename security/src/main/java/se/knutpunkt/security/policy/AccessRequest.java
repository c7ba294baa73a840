package se.knutpunkt.security.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.casefile.ValueVersion;
import se.knutpunkt.domain.marking.Marking;

/** A question to the policy decision point: this subject wants to do this to that. */
public sealed interface AccessRequest {

  Subject subject();

  Action action();

  record CreateCase(Subject subject) implements AccessRequest {
    public CreateCase {
      Objects.requireNonNull(subject);
    }

    @Override
    public Action action() {
      return Action.CREATE_CASE;
    }
  }

  /** May the subject list the cases they are a member of? */
  record ListCases(Subject subject) implements AccessRequest {
    public ListCases {
      Objects.requireNonNull(subject);
    }

    @Override
    public Action action() {
      return Action.LIST_CASES;
    }
  }

  /** May the subject add and remove members of this case at all? */
  record ManageMembers(Subject subject, CaseFacts caseFacts) implements AccessRequest {
    public ManageMembers {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
    }

    @Override
    public Action action() {
      return Action.MANAGE_MEMBERS;
    }
  }

  record OpenCase(Subject subject, CaseFacts caseFacts) implements AccessRequest {
    public OpenCase {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
    }

    @Override
    public Action action() {
      return Action.OPEN_CASE;
    }
  }

  /** May the subject follow the case live (be pushed its changes as they happen)? */
  record FollowCase(Subject subject, CaseFacts caseFacts) implements AccessRequest {
    public FollowCase {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
    }

    @Override
    public Action action() {
      return Action.FOLLOW_CASE;
    }
  }

  /**
   * May the value marked so, in that section, be sent to the subject? {@code value} names the
   * version, which a granted disclosure may have released to the subject's agency.
   */
  record ReadField(
      Subject subject,
      CaseFacts caseFacts,
      CaseSection section,
      Marking marking,
      Optional<ValueVersion> value)
      implements AccessRequest {
    public ReadField {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
      Objects.requireNonNull(section);
      Objects.requireNonNull(marking);
      Objects.requireNonNull(value);
    }

    /** A value whose version no disclosure names (a value about to be written, say). */
    public ReadField(Subject subject, CaseFacts caseFacts, CaseSection section, Marking marking) {
      this(subject, caseFacts, section, marking, Optional.empty());
    }

    @Override
    public Action action() {
      return Action.READ_FIELD;
    }
  }

  /** May the subject read the history of values in this section (who wrote which version)? */
  record ReadHistory(Subject subject, CaseFacts caseFacts, CaseSection section)
      implements AccessRequest {
    public ReadHistory {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
      Objects.requireNonNull(section);
    }

    @Override
    public Action action() {
      return Action.READ_HISTORY;
    }
  }

  /** May the subject write in this section at all (under some marking they are cleared for)? */
  record WriteInSection(Subject subject, CaseFacts caseFacts, CaseSection section)
      implements AccessRequest {
    public WriteInSection {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
      Objects.requireNonNull(section);
    }

    @Override
    public Action action() {
      return Action.WRITE_IN_SECTION;
    }
  }

  /** May the subject write a value under {@code marking}, replacing {@code current} if any? */
  record WriteField(
      Subject subject,
      CaseFacts caseFacts,
      CaseSection section,
      Marking marking,
      Optional<Marking> current)
      implements AccessRequest {
    public WriteField {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
      Objects.requireNonNull(section);
      Objects.requireNonNull(marking);
      Objects.requireNonNull(current);
    }

    @Override
    public Action action() {
      return Action.WRITE_FIELD;
    }
  }

  record AddMember(Subject subject, CaseFacts caseFacts, Person newMember)
      implements AccessRequest {
    public AddMember {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
      Objects.requireNonNull(newMember);
    }

    @Override
    public Action action() {
      return Action.ADD_MEMBER;
    }
  }

  record RemoveMember(Subject subject, CaseFacts caseFacts, Person member)
      implements AccessRequest {
    public RemoveMember {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
      Objects.requireNonNull(member);
    }

    @Override
    public Action action() {
      return Action.REMOVE_MEMBER;
    }
  }

  /** May the subject flag an identifier or identity document as suspected misuse? */
  record RaiseFlag(Subject subject) implements AccessRequest {
    public RaiseFlag {
      Objects.requireNonNull(subject);
    }

    @Override
    public Action action() {
      return Action.RAISE_FLAG;
    }
  }

  /** May the subject withdraw (or change) a flag raised by {@code flaggingAgency}? */
  record WithdrawFlag(Subject subject, AgencyCode flaggingAgency) implements AccessRequest {
    public WithdrawFlag {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(flaggingAgency);
    }

    @Override
    public Action action() {
      return Action.WITHDRAW_FLAG;
    }
  }

  /** May the subject record an examination of an identity document in the shared registry? */
  record RecordExamination(Subject subject) implements AccessRequest {
    public RecordExamination {
      Objects.requireNonNull(subject);
    }

    @Override
    public Action action() {
      return Action.RECORD_EXAMINATION;
    }
  }

  /**
   * May the subject read a notice about the case {@code caseFacts} describes: as its member (a
   * notice addressed to them), or as an ID-SPOC of an agency taking part in it ({@code toSpocs}: a
   * notice addressed to the agency's ID-SPOC inbox)?
   */
  record ReadNotice(
      Subject subject, CaseFacts caseFacts, boolean toSpocs, Optional<AgencyCode> invitedAgency)
      implements AccessRequest {
    public ReadNotice {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
      Objects.requireNonNull(invitedAgency);
    }

    /** A notice about the case itself (a flag, a forged document), not about an invitation. */
    public ReadNotice(Subject subject, CaseFacts caseFacts, boolean toSpocs) {
      this(subject, caseFacts, toSpocs, Optional.empty());
    }

    @Override
    public Action action() {
      return Action.READ_NOTICE;
    }
  }

  /** May the subject invite another agency into the case? */
  record InviteAgency(Subject subject, CaseFacts caseFacts, AgencyCode invited)
      implements AccessRequest {
    public InviteAgency {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
      Objects.requireNonNull(invited);
    }

    @Override
    public Action action() {
      return Action.INVITE_AGENCY;
    }
  }

  /**
   * May the subject accept an invitation sent to {@code invitedAgency}, with {@code joining} as the
   * members it brings?
   */
  record AcceptInvitation(Subject subject, AgencyCode invitedAgency, List<Person> joining)
      implements AccessRequest {
    public AcceptInvitation {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(invitedAgency);
      joining = List.copyOf(joining);
    }

    @Override
    public Action action() {
      return Action.ACCEPT_INVITATION;
    }
  }

  /** May the subject decline an invitation sent to {@code invitedAgency}? */
  record DeclineInvitation(Subject subject, AgencyCode invitedAgency) implements AccessRequest {
    public DeclineInvitation {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(invitedAgency);
    }

    @Override
    public Action action() {
      return Action.DECLINE_INVITATION;
    }
  }

  /** May the subject take back an invitation of another agency into this case? */
  record RevokeInvitation(Subject subject, CaseFacts caseFacts) implements AccessRequest {
    public RevokeInvitation {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
    }

    @Override
    public Action action() {
      return Action.REVOKE_INVITATION;
    }
  }

  /**
   * May the subject read an invitation between these agencies (in an ID-SPOC inbox, say), before
   * the invited agency takes part in the case?
   */
  record ReadInvitation(Subject subject, AgencyCode ownerAgency, AgencyCode invitedAgency)
      implements AccessRequest {
    public ReadInvitation {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(ownerAgency);
      Objects.requireNonNull(invitedAgency);
    }

    @Override
    public Action action() {
      return Action.READ_INVITATION;
    }
  }

  /** May the subject read the case's sharing history: invitations and disclosure decisions? */
  record ReadSharing(Subject subject, CaseFacts caseFacts) implements AccessRequest {
    public ReadSharing {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
    }

    @Override
    public Action action() {
      return Action.READ_SHARING;
    }
  }

  /** May the subject ask the value's owner to release this value version, withheld from them? */
  record RequestDisclosure(
      Subject subject,
      CaseFacts caseFacts,
      CaseSection section,
      Marking marking,
      ValueVersion value)
      implements AccessRequest {
    public RequestDisclosure {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
      Objects.requireNonNull(section);
      Objects.requireNonNull(marking);
      Objects.requireNonNull(value);
    }

    @Override
    public Action action() {
      return Action.REQUEST_DISCLOSURE;
    }
  }

  /** May the subject decide a request for a value that {@code valueOwner} owns? */
  record DecideDisclosure(Subject subject, AgencyCode valueOwner) implements AccessRequest {
    public DecideDisclosure {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(valueOwner);
    }

    @Override
    public Action action() {
      return Action.DECIDE_DISCLOSURE;
    }
  }

  /**
   * May the subject keep watches (bevakningar) on identifiers of their choosing, and read the
   * notices their watches bring?
   */
  record WatchIdentifier(Subject subject) implements AccessRequest {
    public WatchIdentifier {
      Objects.requireNonNull(subject);
    }

    @Override
    public Action action() {
      return Action.WATCH_IDENTIFIER;
    }
  }

  /** May the subject look a document up in the shared registry of examinations? */
  record SearchRegistry(Subject subject) implements AccessRequest {
    public SearchRegistry {
      Objects.requireNonNull(subject);
    }

    @Override
    public Action action() {
      return Action.SEARCH_REGISTRY;
    }
  }

  record ValidateIdentifier(Subject subject) implements AccessRequest {
    public ValidateIdentifier {
      Objects.requireNonNull(subject);
    }

    @Override
    public Action action() {
      return Action.VALIDATE_IDENTIFIER;
    }
  }

  /**
   * May an auditor see an audit entry whose actor belongs to {@code actorAgency} and whose resource
   * (if any) is owned by {@code resourceOwner}?
   */
  record ReadAuditEntry(Subject subject, AgencyCode actorAgency, Optional<AgencyCode> resourceOwner)
      implements AccessRequest {
    public ReadAuditEntry {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(actorAgency);
      Objects.requireNonNull(resourceOwner);
    }

    @Override
    public Action action() {
      return Action.READ_AUDIT_ENTRY;
    }
  }

  /**
   * May the subject read the verifiable log as a whole — every leaf, proofs — to check it? Leaves
   * carry entries of every agency; a verifier needs all of them to recompute the tree.
   */
  record ReadAuditLog(Subject subject) implements AccessRequest {
    public ReadAuditLog {
      Objects.requireNonNull(subject);
    }

    @Override
    public Action action() {
      return Action.READ_AUDIT_LOG;
    }
  }

  /**
   * May the subject hand the platform a witness's cosignature of one of the log's checkpoints, to
   * be stored and served with it? Whether the cosignature is valid is checked apart; this asks who
   * may bring one.
   */
  record AddCosignature(Subject subject) implements AccessRequest {
    public AddCosignature {
      Objects.requireNonNull(subject);
    }

    @Override
    public Action action() {
      return Action.COSIGN_CHECKPOINT;
    }
  }
}
