package se.knutpunkt.application.casework;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.application.AccessGuard;
import se.knutpunkt.application.AccessGuard.Target;
import se.knutpunkt.application.Capabilities;
import se.knutpunkt.application.CaseNotFoundException;
import se.knutpunkt.application.ConflictException;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.application.StaleVersionException;
import se.knutpunkt.application.event.DomainEvents;
import se.knutpunkt.application.gate.ValueGate;
import se.knutpunkt.application.identity.UserDirectory;
import se.knutpunkt.domain.casefile.CaseFile;
import se.knutpunkt.domain.casefile.CaseFileRepository;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseMember;
import se.knutpunkt.domain.casefile.CaseType;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.FieldValue;
import se.knutpunkt.domain.casefile.FieldValueRepository;
import se.knutpunkt.domain.event.CaseOpened;
import se.knutpunkt.domain.event.FieldWritten;
import se.knutpunkt.domain.event.MemberAdded;
import se.knutpunkt.domain.event.MemberRemoved;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.text.PlainText;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.auditlog.leaf.ValueHasher;
import se.knutpunkt.security.policy.AccessRequest;
import se.knutpunkt.security.policy.Action;
import se.knutpunkt.security.policy.CaseFacts;
import se.knutpunkt.security.policy.Decision;
import se.knutpunkt.security.policy.Person;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * Opening, reading and writing cases, and managing their members. Every request is decided by the
 * policy decision point before anything is returned or changed; values leave only through the
 * {@link ValueGate}; a refusal rolls back everything the request did (its audit entry is recorded
 * apart and stays); what happened is announced as a domain event once it has committed.
 */
@Stateless
public class CaseService {

  public static final int MAX_TITLE_LENGTH = 200;

  @Inject CaseFileRepository cases;
  @Inject FieldValueRepository fields;
  @Inject UserDirectory directory;
  @Inject AccessGuard guard;
  @Inject PolicyDecisionPoint pdp;
  @Inject ValueGate gate;
  @Inject Capabilities capabilities;
  @Inject ValueHasher valueHashes;
  @Inject DomainEvents events;
  @Inject Clock clock;

  /**
   * Opens a case owned by the subject's agency, with its title as the first value. Everything is
   * decided before anything is stored: a refusal leaves no case behind.
   */
  public CaseId openCase(Subject subject, String title, CaseType type) {
    String cleanTitle = requireTitle(title);
    Decision create = guard.require(new AccessRequest.CreateCase(subject), Target.none());
    Marking titleMarking = Marking.defaultFor(subject.agency());
    guard.require(
        new AccessRequest.WriteField(
            subject,
            CaseFacts.ofNewCase(subject),
            FieldPath.TITLE.section(),
            titleMarking,
            Optional.empty()),
        Target.none());

    OffsetDateTime now = OffsetDateTime.now(clock);
    CaseFile caseFile =
        CaseFile.open(CaseId.random(), type, subject.username(), subject.agency(), now);
    cases.store(caseFile);
    guard.record(
        subject,
        create,
        Target.caseOf(caseFile.id(), caseFile.ownerAgency()),
        Map.of("type", type.name()));
    events.publish(
        new CaseOpened(caseFile.id(), caseFile.ownerAgency(), subject.username(), now.toInstant()));
    appendVersion(
        subject,
        caseFile,
        FieldPath.TITLE,
        cleanTitle,
        Optional.of(titleMarking),
        Optional.empty());
    return caseFile.id();
  }

  /** The cases the subject is a member of, newest first; titles only where they may be seen. */
  public List<CaseSummary> myCases(Subject subject) {
    guard.require(new AccessRequest.ListCases(subject), Target.none());
    List<CaseFile> memberOf =
        cases.casesWithMember(subject.username()).stream()
            .filter(c -> pdp.permits(new AccessRequest.OpenCase(subject, facts(c, subject))))
            .toList();
    Map<CaseId, FieldValue> titles =
        fields.currentValues(memberOf.stream().map(CaseFile::id).toList(), FieldPath.TITLE);
    return gate.caseList(subject, memberOf, titles);
  }

  /** The case as the subject may see it: released values, and placeholders for the rest. */
  public CaseView open(Subject subject, CaseId id) {
    Opened opened = caseTheSubjectMayOpen(subject, cases.find(id), id);
    CaseFile caseFile = opened.caseFile();
    List<FieldView> views =
        gate.caseValues(subject, caseFile, opened.permit(), fields.currentValues(id));
    CaseFacts facts = facts(caseFile, subject);
    List<MemberView> members =
        caseFile.members().stream()
            .map(
                m ->
                    new MemberView(
                        m.username(),
                        m.agency(),
                        m.kind(),
                        m.addedAt(),
                        capabilities.mayRemove(subject, facts, person(m))))
            .toList();
    return new CaseView(
        id,
        caseFile.type(),
        caseFile.ownerAgency(),
        caseFile.createdBy().value(),
        caseFile.createdAt(),
        views,
        members,
        capabilities.inCase(subject, facts));
  }

  /**
   * Writes the next version of a field. {@code baseVersion} is the version the writer saw (0 for a
   * new field); if the field has moved on since, nothing is written and the refusal carries the
   * current version (and value, where the writer may see it).
   *
   * @return the new version
   */
  public long writeField(
      Subject subject,
      CaseId id,
      FieldPath path,
      String value,
      long baseVersion,
      Optional<Marking> requestedMarking) {
    requireStorable("value", value);
    if (value.length() > FieldValue.MAX_VALUE_LENGTH) {
      throw new InvalidInputException("value", "value.tooLong", FieldValue.MAX_VALUE_LENGTH);
    }
    if (baseVersion < 0) {
      throw new InvalidInputException("baseVersion", "baseVersion.negative");
    }
    CaseFile caseFile = caseTheSubjectMayOpen(subject, cases.findForUpdate(id), id).caseFile();
    Optional<FieldValue> current = fields.currentValue(id, path);
    long currentVersion = current.map(FieldValue::version).orElse(0L);
    // a stale base is told first, as API.md has it: the writer learns the current version (and
    // value, where the gate lets it through) and can start again from there
    if (baseVersion != currentVersion) {
      throw stale(subject, caseFile, path, baseVersion, current);
    }
    return appendVersion(subject, caseFile, path, value, requestedMarking, current);
  }

  /** Every version of a field, oldest first, each value only where the subject may see it. */
  public List<FieldVersionView> history(Subject subject, CaseId id, FieldPath path) {
    CaseFile caseFile = caseTheSubjectMayOpen(subject, cases.find(id), id).caseFile();
    Decision permit =
        guard.require(
            new AccessRequest.ReadHistory(subject, facts(caseFile, subject), path.section()),
            Target.caseOf(id, caseFile.ownerAgency()).field(path));
    List<FieldValue> versions = fields.history(id, path);
    if (versions.isEmpty()) {
      throw new InvalidInputException("path", "field.unknown", path.value());
    }
    return gate.history(subject, caseFile, permit, path, versions);
  }

  public void addMember(Subject subject, CaseId id, Username username) {
    CaseFile caseFile = caseWhoseMembersTheSubjectMayManage(subject, id);
    Person newMember =
        directory
            .find(username)
            .orElseThrow(
                () -> new InvalidInputException("username", "user.unknown", username.value()));
    Target target = Target.caseOf(id, caseFile.ownerAgency());
    Decision permit =
        guard.require(
            new AccessRequest.AddMember(subject, facts(caseFile, subject), newMember), target);
    if (caseFile.memberNamed(username).isPresent()) {
      throw new ConflictException("member.already", username.value());
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    caseFile.addMember(username, newMember.agency(), subject.username(), now);
    guard.record(subject, permit, target, Map.of("member", username.value()));
    events.publish(
        new MemberAdded(id, username, newMember.agency(), subject.username(), now.toInstant()));
  }

  public void removeMember(Subject subject, CaseId id, Username username) {
    CaseFile caseFile = caseWhoseMembersTheSubjectMayManage(subject, id);
    CaseMember member =
        caseFile
            .memberNamed(username)
            .orElseThrow(
                () -> new InvalidInputException("username", "member.notMember", username.value()));
    Target target = Target.caseOf(id, caseFile.ownerAgency());
    Decision permit =
        guard.require(
            new AccessRequest.RemoveMember(subject, facts(caseFile, subject), person(member)),
            target);
    caseFile.removeMember(username);
    guard.record(subject, permit, target, Map.of("member", username.value()));
    events.publish(
        new MemberRemoved(id, username, member.agency(), subject.username(), clock.instant()));
  }

  private Marking markingOfNewValue(Subject subject, Optional<Marking> requested) {
    return requested
        .orElseGet(() -> Marking.defaultFor(subject.agency()))
        .withOwner(subject.agency());
  }

  private Decision requireWrite(
      Subject subject,
      CaseFile caseFile,
      FieldPath path,
      Marking marking,
      Optional<FieldValue> current) {
    return guard.require(
        new AccessRequest.WriteField(
            subject,
            facts(caseFile, subject),
            path.section(),
            marking,
            current.map(FieldValue::marking)),
        Target.caseOf(caseFile.id(), caseFile.ownerAgency()).field(path));
  }

  private StaleVersionException stale(
      Subject subject,
      CaseFile caseFile,
      FieldPath path,
      long baseVersion,
      Optional<FieldValue> current) {
    if (current.isPresent()) {
      return gate.staleWrite(subject, caseFile, path, baseVersion, current.get());
    }
    guard.refused(
        subject,
        Action.WRITE_FIELD,
        "STALE_VERSION",
        Target.caseOf(caseFile.id(), caseFile.ownerAgency()).field(path),
        Map.of("baseVersion", Long.toString(baseVersion), "currentVersion", "0"));
    return new StaleVersionException(0, Optional.empty());
  }

  private long appendVersion(
      Subject subject,
      CaseFile caseFile,
      FieldPath path,
      String value,
      Optional<Marking> requestedMarking,
      Optional<FieldValue> current) {
    Marking marking = markingOfNewValue(subject, requestedMarking);
    Decision permit = requireWrite(subject, caseFile, path, marking, current);
    return append(subject, caseFile, path, value, marking, current, permit);
  }

  private long append(
      Subject subject,
      CaseFile caseFile,
      FieldPath path,
      String value,
      Marking marking,
      Optional<FieldValue> current,
      Decision permit) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    long version = current.map(FieldValue::version).orElse(0L) + 1;
    fields.append(
        new FieldValue(
            caseFile.id(),
            path,
            version,
            value,
            marking,
            subject.username(),
            subject.agency(),
            now));
    Map<String, String> details = new LinkedHashMap<>();
    details.put("version", Long.toString(version));
    details.put("level", marking.level().name());
    details.put("releasable", marking.releasable().storedForm());
    details.put("new", valueHashes.hash(ValueGate.fingerprintKey(caseFile.id(), path), value));
    current.ifPresent(old -> details.put("old", gate.fingerprint(old)));
    guard.record(
        subject, permit, Target.caseOf(caseFile.id(), caseFile.ownerAgency()).field(path), details);
    events.publish(
        new FieldWritten(
            caseFile.id(), path, version, marking.level(), subject.username(), now.toInstant()));
    return version;
  }

  /** A case and the permit to open it. */
  private record Opened(CaseFile caseFile, Decision permit) {}

  /**
   * The case, if it exists and the subject may open it; otherwise the subject learns only that
   * there is no such case, and the trail records which of the two it was.
   */
  private Opened caseTheSubjectMayOpen(Subject subject, Optional<CaseFile> found, CaseId id) {
    if (found.isEmpty()) {
      recordNoSuchCase(subject, id);
      throw new CaseNotFoundException();
    }
    CaseFile caseFile = found.get();
    Decision open =
        guard.decide(
            new AccessRequest.OpenCase(subject, facts(caseFile, subject)),
            Target.caseOf(id, caseFile.ownerAgency()));
    if (open.denied()) {
      throw new CaseNotFoundException();
    }
    return new Opened(caseFile, open);
  }

  private CaseFile caseWhoseMembersTheSubjectMayManage(Subject subject, CaseId id) {
    Optional<CaseFile> found = cases.findForUpdate(id);
    if (found.isEmpty()) {
      recordNoSuchCase(subject, id);
      throw new CaseNotFoundException();
    }
    CaseFile caseFile = found.get();
    CaseFacts facts = facts(caseFile, subject);
    Target target = Target.caseOf(id, caseFile.ownerAgency());
    if (pdp.decide(new AccessRequest.OpenCase(subject, facts)).denied()) {
      // outsiders learn nothing; a SPOC of the owner agency may manage without being a member
      if (guard.decide(new AccessRequest.ManageMembers(subject, facts), target).denied()) {
        throw new CaseNotFoundException();
      }
    } else {
      guard.require(new AccessRequest.ManageMembers(subject, facts), target);
    }
    return caseFile;
  }

  private void recordNoSuchCase(Subject subject, CaseId id) {
    guard.refused(subject, Action.OPEN_CASE, "NO_SUCH_CASE", Target.unknownCase(id), Map.of());
  }

  private static CaseFacts facts(CaseFile caseFile, Subject subject) {
    return CaseFactsOf.of(caseFile, subject.username());
  }

  private static Person person(CaseMember member) {
    return new Person(member.username(), member.agency(), Set.of());
  }

  private static void requireStorable(String field, String text) {
    if (text == null) {
      throw new InvalidInputException(field, "value.required");
    }
    PlainText.problemWith(text)
        .ifPresent(
            problem -> {
              throw new InvalidInputException(field, "text.notStorable", field, problem);
            });
  }

  private static String requireTitle(String title) {
    if (title == null || title.isBlank()) {
      throw new InvalidInputException("title", "title.required");
    }
    requireStorable("title", title);
    String clean = title.strip();
    if (clean.length() > MAX_TITLE_LENGTH) {
      throw new InvalidInputException("title", "title.tooLong", MAX_TITLE_LENGTH);
    }
    return clean;
  }
}
