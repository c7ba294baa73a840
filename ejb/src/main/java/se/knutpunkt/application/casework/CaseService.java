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
import se.knutpunkt.application.misuse.DocumentRegistryService;
import se.knutpunkt.application.misuse.ExaminationView;
import se.knutpunkt.application.misuse.FlagView;
import se.knutpunkt.application.misuse.MisuseFlagService;
import se.knutpunkt.domain.casefile.CaseContents;
import se.knutpunkt.domain.casefile.CaseFile;
import se.knutpunkt.domain.casefile.CaseFileRepository;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseMember;
import se.knutpunkt.domain.casefile.CaseParticipation;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.casefile.CaseType;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.FieldValue;
import se.knutpunkt.domain.casefile.FieldValueRepository;
import se.knutpunkt.domain.casefile.schema.Attribute;
import se.knutpunkt.domain.casefile.schema.CaseSchema;
import se.knutpunkt.domain.casefile.schema.ItemKind;
import se.knutpunkt.domain.casefile.schema.Located;
import se.knutpunkt.domain.event.CaseOpened;
import se.knutpunkt.domain.event.FieldWritten;
import se.knutpunkt.domain.event.ForgedDocumentInCase;
import se.knutpunkt.domain.event.ItemAdded;
import se.knutpunkt.domain.event.ItemRemoved;
import se.knutpunkt.domain.event.MemberAdded;
import se.knutpunkt.domain.event.MemberRemoved;
import se.knutpunkt.domain.event.ValueRemoved;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.misuse.Matchable;
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
  @Inject ValueRules values;
  @Inject IdentifierIndexing indexing;
  @Inject MisuseFlagService flagsService;
  @Inject DocumentRegistryService registry;

  /**
   * Opens a case owned by the subject's agency, with its title as the first value. Everything is
   * decided before anything is stored: a refusal leaves no case behind.
   */
  public CaseId openCase(Subject subject, String title, CaseType type) {
    String cleanTitle = requireTitle(title);
    Decision create = guard.require(new AccessRequest.CreateCase(subject), Target.none());
    Marking titleMarking = Marking.defaultFor(subject.agency());
    Decision write =
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
    append(subject, caseFile, FieldPath.TITLE, cleanTitle, titleMarking, Optional.empty(), write);
    append(subject, caseFile, FieldPath.TYPE, type.name(), titleMarking, Optional.empty(), write);
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
        gate.caseValues(
            subject,
            caseFile,
            opened.permit(),
            CaseContents.of(fields.currentValues(id)).present());
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
        capabilities.inCase(subject, facts),
        warnings(subject, views),
        registryWarnings(views));
  }

  /**
   * Flags in force on the identifiers and documents among the values the reader sees, by item:
   * matched on what the gate released to this reader, so nobody learns of a flag on a value they
   * may not see.
   */
  private Map<FieldPath, List<FlagView>> warnings(Subject subject, List<FieldView> views) {
    Map<FieldPath, String> seen = new LinkedHashMap<>();
    views.forEach(v -> v.value().ifPresent(value -> seen.put(v.path(), value)));
    Map<FieldPath, Matchable> matchables = new LinkedHashMap<>();
    for (Map.Entry<FieldPath, String> value : seen.entrySet()) {
      Located located = CaseSchema.locate(value.getKey());
      if (located.attribute().isEmpty() || !located.attribute().get().name().equals("number")) {
        continue;
      }
      FieldPath item = located.item().orElseThrow();
      Map<String, String> values = new LinkedHashMap<>();
      values.put("number", value.getValue());
      Optional.ofNullable(seen.get(FieldPath.of(item.value() + ".country")))
          .ifPresent(country -> values.put("country", country));
      IdentifierIndexing.matchableOfNew(located.kind().orElseThrow(), values)
          .ifPresent(matchable -> matchables.put(item, matchable));
    }
    if (matchables.isEmpty()) {
      return Map.of();
    }
    Map<Matchable, List<FlagView>> flags = flagsService.flagsOn(subject, matchables.values());
    Map<FieldPath, List<FlagView>> warnings = new LinkedHashMap<>();
    matchables.forEach(
        (item, matchable) -> {
          List<FlagView> found = flags.get(matchable);
          if (found != null) {
            warnings.put(item, found);
          }
        });
    return warnings;
  }

  /**
   * A document that enters the case and that the registry knows as forged (or not its holder's) is
   * told to the case's members and ID-SPOCs (after commit), beside the warning they see in it.
   */
  private void tellIfForged(CaseId id, Optional<Matchable> entered) {
    if (entered.isPresent() && entered.get() instanceof Matchable.Document document) {
      registry.warningsOn(document).stream()
          .findFirst()
          .ifPresent(
              examination ->
                  events.publish(new ForgedDocumentInCase(id, examination.id(), clock.instant())));
    }
  }

  /** Registry examinations that found a document the reader sees forged, by the document. */
  private Map<FieldPath, List<ExaminationView>> registryWarnings(List<FieldView> views) {
    Map<FieldPath, String> seen = new LinkedHashMap<>();
    views.forEach(v -> v.value().ifPresent(value -> seen.put(v.path(), value)));
    Map<FieldPath, List<ExaminationView>> warnings = new LinkedHashMap<>();
    for (Map.Entry<FieldPath, String> value : seen.entrySet()) {
      Located located = CaseSchema.locate(value.getKey());
      if (located.kind().orElse(null) != CaseSchema.DOCUMENT
          || !located.attribute().map(a -> a.name().equals("number")).orElse(false)) {
        continue;
      }
      FieldPath item = located.item().orElseThrow();
      String country = seen.get(FieldPath.of(item.value() + ".country"));
      if (country == null) {
        continue;
      }
      List<ExaminationView> found =
          registry.warningsOn((Matchable.Document) Matchable.document(country, value.getValue()));
      if (!found.isEmpty()) {
        warnings.put(item, found);
      }
    }
    return warnings;
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
    if (baseVersion < 0) {
      throw new InvalidInputException("baseVersion", "baseVersion.negative");
    }
    Located located = locate(path);
    if (located.isItem()) {
      throw new InvalidInputException("path", "path.isItem", path.value());
    }
    Attribute attribute = located.attribute().orElseThrow();
    String stored = values.check("value", attribute, value);
    CaseFile caseFile = caseTheSubjectMayOpen(subject, cases.findForUpdate(id), id).caseFile();
    CaseContents contents = contentsAround(id, located);
    Optional<FieldValue> current = contents.newest(path);
    long currentVersion = current.map(FieldValue::version).orElse(0L);
    // a stale base is told first, as API.md has it: the writer learns the current version (and
    // value, where the gate lets it through) and can start again from there
    if (baseVersion != currentVersion) {
      throw stale(subject, caseFile, path, baseVersion, current);
    }
    requireItemsPresent(contents, located);
    values.requireMember("value", caseFile, attribute, stored);
    Marking marking = markingOfNewValue(subject, requestedMarking);
    Decision permit = requireWrite(subject, caseFile, path, marking, current);
    boolean matched = IdentifierIndexing.matters(path);
    Optional<Matchable> matchedBefore = Optional.empty();
    Optional<Matchable> matchedAfter = Optional.empty();
    if (matched) {
      FieldPath item = located.item().orElseThrow();
      matchedBefore = indexing.matchableOf(id, item);
      matchedAfter = indexing.matchableAfterWrite(id, item, attribute.name(), stored);
    }
    Optional<FieldPath> missingRecord =
        located.item().filter(item -> contents.newest(item).isEmpty());
    if (missingRecord.isPresent() && current.isEmpty()) {
      // API.md: a path is created by its first write. An item made so starts with this one value,
      // which must then be all it needs (a note's text), and takes the value's marking.
      ItemKind kind = located.kind().orElseThrow();
      if (!values.isAllAnItemNeeds(kind, attribute)) {
        throw new InvalidInputException(
            "path", "item.addWithValues", missingRecord.get().value(), kind.name());
      }
      addRecord(subject, caseFile, missingRecord.get(), kind, marking, permit);
    }
    long version = append(subject, caseFile, path, stored, marking, current, permit);
    if (matched) {
      indexing.changed(id, matchedBefore, matchedAfter);
      if (!matchedBefore.equals(matchedAfter)) {
        tellIfForged(id, matchedAfter);
      }
    }
    return version;
  }

  /**
   * Adds an item to a collection ({@code persons}, or {@code persons.<id>.identifiers}) with its
   * values, all at version 1, in one transaction: every value is checked and every write decided
   * before anything is stored, so a refusal leaves nothing behind.
   *
   * @param itemMarking the marking of the item's own record (who may learn the item exists); values
   *     without a marking of their own take it too
   */
  public AddedItem addItem(
      Subject subject,
      CaseId id,
      String collectionName,
      Optional<Marking> itemMarking,
      Map<String, NewValue> given) {
    return addItem(subject, id, collectionName, itemMarking, given, false);
  }

  /**
   * @param parentJustAdded the collection's item was added in this transaction (a new person's
   *     identifiers): reads of values skip what this transaction wrote, so it is not looked up
   */
  private AddedItem addItem(
      Subject subject,
      CaseId id,
      String collectionName,
      Optional<Marking> itemMarking,
      Map<String, NewValue> given,
      boolean parentJustAdded) {
    CaseSchema.Collection collection =
        CaseSchema.collection(collectionName)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "collection", "collection.unknown", String.valueOf(collectionName)));
    ItemKind kind = collection.kind();
    Map<Attribute, NewValue> checked = values.checkNewItem(kind, given);
    CaseFile caseFile = caseTheSubjectMayOpen(subject, cases.findForUpdate(id), id).caseFile();
    if (collection.parent().isPresent() && !parentJustAdded) {
      FieldPath parent = collection.parent().get();
      CaseContents around = contentsAround(id, locate(parent));
      if (!around.isPresent(parent)) {
        throw new InvalidInputException("collection", "item.unknown", parent.value());
      }
    }
    FieldPath item = collection.itemPath(ItemIds.next());
    Marking recordMarking = markingOfNewValue(subject, itemMarking);
    Decision recordPermit = requireWrite(subject, caseFile, item, recordMarking, Optional.empty());
    Map<FieldPath, Marking> markings = new LinkedHashMap<>();
    Map<FieldPath, Decision> permits = new LinkedHashMap<>();
    for (Map.Entry<Attribute, NewValue> entry : checked.entrySet()) {
      values.requireMember(
          entry.getKey().name(), caseFile, entry.getKey(), entry.getValue().text());
      FieldPath path = FieldPath.of(item.value() + "." + entry.getKey().name());
      Marking marking =
          markingOfNewValue(
              subject, entry.getValue().marking().or(() -> Optional.of(recordMarking)));
      markings.put(path, marking);
      permits.put(path, requireWrite(subject, caseFile, path, marking, Optional.empty()));
    }
    Map<FieldPath, Long> versions = new LinkedHashMap<>();
    versions.put(item, addRecord(subject, caseFile, item, kind, recordMarking, recordPermit));
    for (Map.Entry<Attribute, NewValue> entry : checked.entrySet()) {
      FieldPath path = FieldPath.of(item.value() + "." + entry.getKey().name());
      versions.put(
          path,
          append(
              subject,
              caseFile,
              path,
              entry.getValue().text(),
              markings.get(path),
              Optional.empty(),
              permits.get(path)));
    }
    Map<String, String> stored = new LinkedHashMap<>();
    checked.forEach((attribute, value) -> stored.put(attribute.name(), value.text()));
    Optional<Matchable> matchable = IdentifierIndexing.matchableOfNew(kind, stored);
    indexing.changed(id, Optional.empty(), matchable);
    tellIfForged(id, matchable);
    return new AddedItem(item, versions);
  }

  /** An identifier given with a new person: its own marking (if any) and its values. */
  public record NewIdentifier(Optional<Marking> marking, Map<String, NewValue> values) {}

  /**
   * Adds a person and their identifiers in one transaction (API.md {@code POST
   * /cases/{id}/persons}): any refusal leaves none of them behind.
   */
  public AddedItem addPerson(
      Subject subject,
      CaseId id,
      Optional<Marking> marking,
      Map<String, NewValue> person,
      List<NewIdentifier> identifiers) {
    // every identifier is checked before the person is stored: one bad number refuses them all
    identifiers.forEach(i -> values.checkNewItem(CaseSchema.IDENTIFIER, i.values()));
    AddedItem added = addItem(subject, id, CaseSection.PERSONS.code(), marking, person);
    Map<FieldPath, Long> versions = new LinkedHashMap<>(added.versions());
    for (NewIdentifier identifier : identifiers) {
      versions.putAll(
          addItem(
                  subject,
                  id,
                  added.path().value() + ".identifiers",
                  identifier.marking().or(() -> marking),
                  identifier.values(),
                  true)
              .versions());
    }
    return new AddedItem(added.path(), versions);
  }

  /**
   * Removes a value: an item (with everything in it) or an optional attribute. A removal is a
   * versioned write: it names the version it was based on, is refused when that is stale, and stays
   * in the history.
   *
   * @return the version of the removal
   */
  public long removeValue(Subject subject, CaseId id, FieldPath path, long baseVersion) {
    if (baseVersion < 1) {
      throw new InvalidInputException("baseVersion", "baseVersion.ofRemoval");
    }
    Located located = locate(path);
    located
        .attribute()
        .filter(Attribute::required)
        .ifPresent(
            a -> {
              throw new InvalidInputException("path", "value.requiredNotRemovable", a.name());
            });
    CaseFile caseFile = caseTheSubjectMayOpen(subject, cases.findForUpdate(id), id).caseFile();
    CaseContents contents = contentsAround(id, located);
    Optional<FieldValue> current = contents.newest(path);
    if (current.isEmpty()) {
      throw new InvalidInputException("path", "field.unknown", path.value());
    }
    if (baseVersion != current.get().version()) {
      throw stale(subject, caseFile, path, baseVersion, current);
    }
    if (current.get().removed()) {
      throw new ConflictException("value.alreadyRemoved", path.value());
    }
    requireItemsPresent(contents, located);
    List<Matchable> unmatched =
        located.isItem()
            ? indexing.everythingUnder(id, path, CaseContents.of(fields.currentValues(id)))
            : List.of();
    OffsetDateTime now = OffsetDateTime.now(clock);
    FieldValue removal =
        FieldValue.removal(current.get(), subject.username(), subject.agency(), now);
    Decision permit = requireWrite(subject, caseFile, path, removal.marking(), current);
    fields.append(removal);
    indexing.released(id, unmatched);
    Map<String, String> details = new LinkedHashMap<>();
    details.put("version", Long.toString(removal.version()));
    details.put("level", removal.marking().level().name());
    details.put("removed", "true");
    details.put("old", gate.fingerprint(current.get()));
    guard.record(
        subject, permit, Target.caseOf(caseFile.id(), caseFile.ownerAgency()).field(path), details);
    if (located.isItem()) {
      events.publish(
          new ItemRemoved(
              id,
              path,
              located.kind().orElseThrow().name(),
              removal.version(),
              removal.marking().level(),
              subject.username(),
              now.toInstant()));
    } else {
      events.publish(
          new ValueRemoved(
              id,
              path,
              removal.version(),
              removal.marking().level(),
              subject.username(),
              now.toInstant()));
    }
    return removal.version();
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
    if (newMember.agency().equals(caseFile.ownerAgency())) {
      caseFile.addMember(username, newMember.agency(), subject.username(), now);
    } else {
      // a member of an invited agency joins on its invitation's terms: its scope, its end
      CaseParticipation participation =
          caseFile
              .participationOf(newMember.agency())
              .orElseThrow(
                  () ->
                      new ConflictException("member.agencyNotInCase", newMember.agency().value()));
      caseFile.admitThrough(participation, username, subject.username(), now);
    }
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

  private long addRecord(
      Subject subject,
      CaseFile caseFile,
      FieldPath item,
      ItemKind kind,
      Marking marking,
      Decision permit) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    fields.append(
        new FieldValue(
            caseFile.id(),
            item,
            1,
            kind.name(),
            marking,
            subject.username(),
            subject.agency(),
            now));
    Map<String, String> details = new LinkedHashMap<>();
    details.put("version", "1");
    details.put("level", marking.level().name());
    details.put("releasable", marking.releasable().storedForm());
    details.put("item", kind.name());
    guard.record(
        subject, permit, Target.caseOf(caseFile.id(), caseFile.ownerAgency()).field(item), details);
    events.publish(
        new ItemAdded(
            caseFile.id(),
            item,
            kind.name(),
            1,
            marking.level(),
            subject.username(),
            now.toInstant()));
    return 1;
  }

  private static Located locate(FieldPath path) {
    Located located = CaseSchema.locate(path);
    if (!located.exists()) {
      throw new InvalidInputException(
          "path", "path.unknown", path.value(), located.problem().orElseThrow());
    }
    return located;
  }

  /** The newest versions of the value and of every item it belongs to. */
  private CaseContents contentsAround(CaseId id, Located located) {
    List<FieldPath> paths = new java.util.ArrayList<>(located.requiredItems());
    paths.add(located.path());
    return CaseContents.of(fields.currentValues(id, paths));
  }

  private static void requireItemsPresent(CaseContents contents, Located located) {
    for (FieldPath item : located.requiredItems()) {
      if (contents.isRemoved(item)) {
        throw new ConflictException("item.removed", item.value());
      }
    }
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
