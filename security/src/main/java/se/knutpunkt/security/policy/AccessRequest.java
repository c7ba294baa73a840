package se.knutpunkt.security.policy;

import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseSection;
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

  /** May the value marked so, in that section, be sent to the subject? */
  record ReadField(Subject subject, CaseFacts caseFacts, CaseSection section, Marking marking)
      implements AccessRequest {
    public ReadField {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
      Objects.requireNonNull(section);
      Objects.requireNonNull(marking);
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
  record ReadNotice(Subject subject, CaseFacts caseFacts, boolean toSpocs)
      implements AccessRequest {
    public ReadNotice {
      Objects.requireNonNull(subject);
      Objects.requireNonNull(caseFacts);
    }

    @Override
    public Action action() {
      return Action.READ_NOTICE;
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
}
