package se.knutpunkt.application.casework;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.application.AccessGuard;
import se.knutpunkt.application.AccessGuard.Target;
import se.knutpunkt.application.CaseNotFoundException;
import se.knutpunkt.application.ConflictException;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.application.StaleVersionException;
import se.knutpunkt.application.identity.UserDirectory;
import se.knutpunkt.domain.casefile.CaseFile;
import se.knutpunkt.domain.casefile.CaseFileRepository;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseType;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.FieldValue;
import se.knutpunkt.domain.casefile.FieldValueRepository;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.auditlog.leaf.ValueHasher;
import se.knutpunkt.security.policy.AccessRequest;
import se.knutpunkt.security.policy.Action;
import se.knutpunkt.security.policy.CaseFacts;
import se.knutpunkt.security.policy.Decision;
import se.knutpunkt.security.policy.Person;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * Opening, reading and writing cases, and managing their members. Every method asks the policy
 * decision point before it returns or changes anything, and records what it did.
 */
@Stateless
public class CaseService {

  public static final int MAX_TITLE_LENGTH = 200;

  @Inject CaseFileRepository cases;
  @Inject FieldValueRepository fields;
  @Inject UserDirectory directory;
  @Inject AccessGuard guard;
  @Inject PolicyDecisionPoint pdp;
  @Inject ValueHasher valueHashes;
  @Inject Clock clock;

  public CaseId openCase(Subject subject, String title, CaseType type) {
    Decision permit = guard.require(new AccessRequest.CreateCase(subject), Target.none());
    String cleanTitle = requireTitle(title);
    OffsetDateTime now = OffsetDateTime.now(clock);
    CaseFile caseFile =
        CaseFile.open(CaseId.random(), type, subject.username(), subject.agency(), now);
    cases.store(caseFile);
    Target target = Target.caseOf(caseFile.id(), caseFile.ownerAgency());
    guard.record(subject, permit, target, Map.of("type", type.name()));
    appendVersion(
        subject, caseFile, FieldPath.TITLE, cleanTitle, Optional.empty(), Optional.empty(), now);
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
    List<CaseSummary> summaries = new ArrayList<>();
    for (CaseFile c : memberOf) {
      Optional<String> title =
          Optional.ofNullable(titles.get(c.id()))
              .filter(t -> pdp.permits(readRequest(subject, c, t)))
              .map(FieldValue::content);
      summaries.add(new CaseSummary(c.id(), title, c.ownerAgency(), c.type(), c.createdAt()));
    }
    return summaries;
  }

  /** The case as the subject may see it; values they may not see are left out, not hidden. */
  public CaseView open(Subject subject, CaseId id) {
    CaseFile caseFile = caseTheSubjectMayOpen(subject, cases.find(id), id);
    Decision open = pdp.decide(new AccessRequest.OpenCase(subject, facts(caseFile, subject)));
    Target target = Target.caseOf(id, caseFile.ownerAgency());
    guard.record(subject, open, target, Map.of());

    List<FieldView> views = new ArrayList<>();
    for (FieldValue value : fields.currentValues(id)) {
      Decision read = pdp.decide(readRequest(subject, caseFile, value));
      guard.record(subject, read, target.field(value.path()), readDetails(value));
      views.add(read.permitted() ? released(value) : redacted(value));
    }
    boolean managesMembers =
        pdp.permits(new AccessRequest.ManageMembers(subject, facts(caseFile, subject)));
    List<MemberView> members =
        caseFile.members().stream()
            .map(m -> new MemberView(m.username(), m.agency(), m.kind(), m.addedAt()))
            .toList();
    return new CaseView(
        id,
        caseFile.type(),
        caseFile.ownerAgency(),
        caseFile.createdBy().value(),
        caseFile.createdAt(),
        views,
        members,
        managesMembers);
  }

  /**
   * Writes the next version of a field. {@code baseVersion} is the version the writer saw (0 for a
   * new field); if the field has moved on since, nothing is written.
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
    if (value == null) {
      throw new InvalidInputException("value", "a value is required (use \"\" to clear a field)");
    }
    if (value.length() > FieldValue.MAX_VALUE_LENGTH) {
      throw new InvalidInputException(
          "value", "a value is at most " + FieldValue.MAX_VALUE_LENGTH + " characters");
    }
    if (baseVersion < 0) {
      throw new InvalidInputException("baseVersion", "baseVersion is 0 or more");
    }
    CaseFile caseFile = caseTheSubjectMayOpen(subject, cases.findForUpdate(id), id);
    Optional<FieldValue> current = fields.currentValue(id, path);
    long currentVersion = current.map(FieldValue::version).orElse(0L);
    if (baseVersion != currentVersion) {
      guard.recordOutcome(
          subject,
          Action.WRITE_FIELD,
          AuditOutcome.DENY,
          "STALE_VERSION",
          Target.caseOf(id, caseFile.ownerAgency()).field(path),
          Map.of(
              "baseVersion",
              Long.toString(baseVersion),
              "currentVersion",
              Long.toString(currentVersion)));
      throw new StaleVersionException(
          currentVersion,
          current
              .filter(v -> pdp.permits(readRequest(subject, caseFile, v)))
              .map(FieldValue::content));
    }
    return appendVersion(
        subject, caseFile, path, value, requestedMarking, current, OffsetDateTime.now(clock));
  }

  /** Every version of a field, oldest first, each value only where the subject may see it. */
  public List<FieldVersionView> history(Subject subject, CaseId id, FieldPath path) {
    CaseFile caseFile = caseTheSubjectMayOpen(subject, cases.find(id), id);
    Target target = Target.caseOf(id, caseFile.ownerAgency()).field(path);
    List<FieldVersionView> versions = new ArrayList<>();
    for (FieldValue value : fields.history(id, path)) {
      Decision read = pdp.decide(readRequest(subject, caseFile, value));
      guard.record(subject, read, target, readDetails(value));
      versions.add(
          new FieldVersionView(
              value.version(),
              value.author().value(),
              value.authorAgency(),
              value.writtenAt(),
              value.marking(),
              read.permitted() ? Optional.of(value.content()) : Optional.empty()));
    }
    if (versions.isEmpty()) {
      throw new InvalidInputException("path", "the case has no field " + path);
    }
    return versions;
  }

  public void addMember(Subject subject, CaseId id, Username username) {
    CaseFile caseFile = caseWhoseMembersTheSubjectMayManage(subject, id);
    Person newMember =
        directory
            .find(username)
            .orElseThrow(
                () -> new InvalidInputException("username", "there is no user " + username));
    CaseFacts facts = facts(caseFile, subject);
    Decision permit =
        guard.require(
            new AccessRequest.AddMember(subject, facts, newMember),
            Target.caseOf(id, caseFile.ownerAgency()));
    if (caseFile.memberNamed(username).isPresent()) {
      throw new ConflictException(username + " is already a member of this case");
    }
    caseFile.addMember(username, newMember.agency(), subject.username(), OffsetDateTime.now(clock));
    guard.record(
        subject,
        permit,
        Target.caseOf(id, caseFile.ownerAgency()),
        Map.of("member", username.value()));
  }

  public void removeMember(Subject subject, CaseId id, Username username) {
    CaseFile caseFile = caseWhoseMembersTheSubjectMayManage(subject, id);
    var member =
        caseFile
            .memberNamed(username)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "username", username + " is not a member of this case"));
    Person person = new Person(username, member.agency(), java.util.Set.of());
    Decision permit =
        guard.require(
            new AccessRequest.RemoveMember(subject, facts(caseFile, subject), person),
            Target.caseOf(id, caseFile.ownerAgency()));
    caseFile.removeMember(username);
    guard.record(
        subject,
        permit,
        Target.caseOf(id, caseFile.ownerAgency()),
        Map.of("member", username.value()));
  }

  private long appendVersion(
      Subject subject,
      CaseFile caseFile,
      FieldPath path,
      String value,
      Optional<Marking> requestedMarking,
      Optional<FieldValue> current,
      OffsetDateTime now) {
    Marking marking =
        requestedMarking
            .orElseGet(() -> Marking.defaultFor(subject.agency()))
            .withOwner(subject.agency());
    Target target = Target.caseOf(caseFile.id(), caseFile.ownerAgency()).field(path);
    Decision permit =
        guard.require(
            new AccessRequest.WriteField(
                subject,
                facts(caseFile, subject),
                path.section(),
                marking,
                current.map(FieldValue::marking)),
            target);
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
    details.put("new", valueHashes.hash(caseFile.id() + "/" + path, value));
    current.ifPresent(
        old -> details.put("old", valueHashes.hash(caseFile.id() + "/" + path, old.content())));
    guard.record(subject, permit, target, details);
    return version;
  }

  /**
   * The case, if it exists and the subject may open it; otherwise the subject learns only that
   * there is no such case, and the trail records which of the two it was.
   */
  private CaseFile caseTheSubjectMayOpen(Subject subject, Optional<CaseFile> found, CaseId id) {
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
    return caseFile;
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
    guard.recordOutcome(
        subject,
        Action.OPEN_CASE,
        AuditOutcome.DENY,
        "NO_SUCH_CASE",
        new Target(Optional.of(id), Optional.empty(), Optional.empty()),
        Map.of());
  }

  private static CaseFacts facts(CaseFile caseFile, Subject subject) {
    return CaseFactsOf.of(caseFile, subject.username());
  }

  private static AccessRequest.ReadField readRequest(
      Subject subject, CaseFile caseFile, FieldValue value) {
    return new AccessRequest.ReadField(
        subject, facts(caseFile, subject), value.path().section(), value.marking());
  }

  private static Map<String, String> readDetails(FieldValue value) {
    return Map.of(
        "version", Long.toString(value.version()), "level", value.marking().level().name());
  }

  private static FieldView released(FieldValue value) {
    return new FieldView(
        value.path(),
        value.version(),
        value.marking(),
        Optional.of(value.content()),
        Optional.of(value.author().value()),
        Optional.of(value.authorAgency()),
        Optional.of(value.writtenAt()));
  }

  private static FieldView redacted(FieldValue value) {
    return new FieldView(
        value.path(),
        value.version(),
        value.marking(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static String requireTitle(String title) {
    if (title == null || title.isBlank()) {
      throw new InvalidInputException("title", "a case needs a title");
    }
    String clean = title.strip();
    if (clean.length() > MAX_TITLE_LENGTH) {
      throw new InvalidInputException(
          "title", "a title is at most " + MAX_TITLE_LENGTH + " characters");
    }
    return clean;
  }
}
