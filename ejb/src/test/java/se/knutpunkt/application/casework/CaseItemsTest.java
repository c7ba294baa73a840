package se.knutpunkt.application.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.knutpunkt.application.casework.CaseworkFixture.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.knutpunkt.application.AccessDeniedException;
import se.knutpunkt.application.ConflictException;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.application.StaleVersionException;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseType;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.event.ItemAdded;
import se.knutpunkt.domain.event.ItemRemoved;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.marking.LegalReference;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.marking.Releasability;
import se.knutpunkt.domain.misuse.Confidence;
import se.knutpunkt.domain.misuse.Matchable;
import se.knutpunkt.domain.misuse.MisuseCategory;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.matching.MatchKey;
import se.knutpunkt.security.matching.MatchKeys;
import se.knutpunkt.security.policy.Reason;

/** Items of the case's collections: added whole, removed as versioned writes, typed values. */
class CaseItemsTest {

  private static final AgencyCode PMY = AgencyCode.of("PMY");
  private static final LegalReference OSL = new LegalReference("OSL 35 kap. 1 §");

  private final CaseworkFixture fixture = new CaseworkFixture();
  private final CaseService service = fixture.service;

  private CaseId caseOfAnnaWithErik() {
    CaseId id = service.openCase(as("anna.pmy"), "Kapad identitet Malmö", CaseType.TIPS);
    service.addMember(as("anna.pmy"), id, Username.of("erik.pmy"));
    return id;
  }

  private static Map<String, NewValue> values(String... nameThenText) {
    Map<String, NewValue> values = new LinkedHashMap<>();
    for (int i = 0; i < nameThenText.length; i += 2) {
      values.put(nameThenText[i], NewValue.of(nameThenText[i + 1]));
    }
    return values;
  }

  private AddedItem addPerson(CaseId id, String name) {
    return service.addPerson(
        as("anna.pmy"),
        id,
        Optional.empty(),
        values("name", name, "role", "UTNYTTJAD"),
        List.of(
            new CaseService.NewIdentifier(
                Optional.empty(), values("number", "19811218-9876", "identityLevel", "SANNOLIK"))));
  }

  private List<String> visiblePaths(String user, CaseId id) {
    return service.open(as(user), id).fields().stream().map(f -> f.path().value()).toList();
  }

  @Test
  void aPersonIsAddedWithIdentifiersEachValueAtVersionOneAndStoredNormalised() {
    CaseId id = caseOfAnnaWithErik();

    AddedItem person = addPerson(id, "Okänd Person");

    String p = person.path().value();
    assertThat(p).matches("persons\\.[a-z][a-z0-9]{9}");
    assertThat(person.versions())
        .hasSize(6)
        .allSatisfy((path, version) -> assertThat(version).isOne());
    CaseView view = service.open(as("erik.pmy"), id);
    FieldView number =
        view.fields().stream()
            .filter(
                f ->
                    f.path().value().startsWith(p + ".identifiers.")
                        && f.path().value().endsWith(".number"))
            .findFirst()
            .orElseThrow();
    assertThat(number.value()).hasValue("198112189876");
    assertThat(view.field(FieldPath.of(p + ".name")).flatMap(FieldView::value))
        .hasValue("Okänd Person");
    assertThat(fixture.events.published()).filteredOn(ItemAdded.class::isInstance).hasSize(2);
  }

  @Test
  void anInvalidIdentifierRefusesTheWholePersonAndLeavesNothingBehind() {
    CaseId id = caseOfAnnaWithErik();
    int before = fixture.fields.size();

    assertThatThrownBy(
            () ->
                service.addPerson(
                    as("anna.pmy"),
                    id,
                    Optional.empty(),
                    values("name", "Okänd"),
                    List.of(
                        new CaseService.NewIdentifier(
                            Optional.empty(), values("number", "19811218-9875")))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("19811218-9875");
    assertThat(fixture.fields.size()).isEqualTo(before);
  }

  @Test
  void valuesOfTheWrongTypeOrUnknownNamesAreRefusedNamingTheValue() {
    CaseId id = caseOfAnnaWithErik();
    assertThatThrownBy(
            () ->
                service.addItem(
                    as("anna.pmy"),
                    id,
                    "tasks",
                    Optional.empty(),
                    values("title", "Ring banken", "due", "2026-02-30")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("values.due"))
        .hasMessageContaining("2026-02-30");
    assertThatThrownBy(
            () ->
                service.addItem(
                    as("anna.pmy"),
                    id,
                    "tasks",
                    Optional.empty(),
                    values("title", "x", "colour", "blå")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("colour");
    assertThatThrownBy(
            () ->
                service.addItem(
                    as("anna.pmy"), id, "tasks", Optional.empty(), values("due", "2026-12-24")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("title");
    assertThatThrownBy(
            () ->
                service.addItem(
                    as("anna.pmy"),
                    id,
                    "tasks",
                    Optional.empty(),
                    values("title", "x", "assignee", "sara.skv")))
        .as("an assignee is a member of the case")
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("sara.skv");
    assertThatThrownBy(
            () ->
                service.addItem(
                    as("anna.pmy"),
                    id,
                    "documents",
                    Optional.empty(),
                    values("type", "PASS", "number", "AB 123", "country", "XXX")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("XXX");
    assertThatThrownBy(
            () -> service.addItem(as("anna.pmy"), id, "gossip", Optional.empty(), values()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                service.writeField(
                    as("anna.pmy"),
                    id,
                    FieldPath.of("overview.colour"),
                    "blå",
                    0,
                    Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("overview.colour");
    assertThatThrownBy(
            () ->
                service.writeField(
                    as("anna.pmy"),
                    id,
                    FieldPath.of("overview.status"),
                    "KLAR",
                    0,
                    Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("KLAR");

    AddedItem task =
        service.addItem(
            as("anna.pmy"),
            id,
            "tasks",
            Optional.empty(),
            values("title", "Ring banken", "assignee", "Erik.PMY", "done", "false"));
    assertThat(
            service
                .open(as("anna.pmy"), id)
                .field(FieldPath.of(task.path() + ".assignee"))
                .flatMap(FieldView::value))
        .hasValue("erik.pmy");
  }

  @Test
  void removingAnItemIsAVersionedWriteThatTakesItsValuesOutOfTheCaseButNotOutOfTheHistory() {
    CaseId id = caseOfAnnaWithErik();
    AddedItem person = addPerson(id, "Okänd Person");
    FieldPath name = FieldPath.of(person.path() + ".name");

    assertThatThrownBy(() -> service.removeValue(as("erik.pmy"), id, person.path(), 2))
        .as("a removal based on a version that is not the current one")
        .isInstanceOf(StaleVersionException.class);
    assertThat(visiblePaths("anna.pmy", id)).contains(name.value());

    long version = service.removeValue(as("erik.pmy"), id, person.path(), 1);

    assertThat(version).isEqualTo(2);
    assertThat(visiblePaths("anna.pmy", id)).noneMatch(p -> p.startsWith(person.path().value()));
    List<FieldVersionView> history = service.history(as("anna.pmy"), id, person.path());
    assertThat(history).hasSize(2);
    assertThat(history.get(1).removal()).isTrue();
    assertThat(history.get(1).released().orElseThrow().author()).isEqualTo("erik.pmy");
    assertThat(service.history(as("anna.pmy"), id, name)).hasSize(1);
    assertThat(fixture.events.published()).last().isInstanceOf(ItemRemoved.class);

    assertThatThrownBy(
            () -> service.writeField(as("anna.pmy"), id, name, "Ny", 1, Optional.empty()))
        .as("a value of a removed item cannot be written")
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> service.removeValue(as("anna.pmy"), id, person.path(), 2))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void anOptionalValueCanBeRemovedAndWrittenAgainButARequiredOneCannotBeRemoved() {
    CaseId id = caseOfAnnaWithErik();
    AddedItem task =
        service.addItem(
            as("anna.pmy"),
            id,
            "tasks",
            Optional.empty(),
            values("title", "Ring", "due", "2026-12-24"));
    FieldPath due = FieldPath.of(task.path() + ".due");

    assertThatThrownBy(
            () -> service.removeValue(as("anna.pmy"), id, FieldPath.of(task.path() + ".title"), 1))
        .isInstanceOf(InvalidInputException.class);
    assertThat(service.removeValue(as("anna.pmy"), id, due, 1)).isEqualTo(2);
    assertThat(visiblePaths("anna.pmy", id))
        .doesNotContain(due.value())
        .contains(task.path() + ".title");
    assertThat(service.writeField(as("anna.pmy"), id, due, "2027-01-07", 2, Optional.empty()))
        .isEqualTo(3);
  }

  @Test
  void aNoteMadeByItsFirstWriteGetsItsRecordButAPersonNeedsItsRequiredValues() {
    CaseId id = caseOfAnnaWithErik();
    service.writeField(
        as("anna.pmy"), id, FieldPath.of("notes.n1.text"), "hej", 0, Optional.empty());
    assertThat(visiblePaths("erik.pmy", id)).contains("notes.n1", "notes.n1.text");

    int before = fixture.fields.size();
    assertThatThrownBy(
            () ->
                service.writeField(
                    as("anna.pmy"),
                    id,
                    FieldPath.of("persons.p1.role"),
                    "MISSTANKT",
                    0,
                    Optional.empty()))
        .isInstanceOf(InvalidInputException.class);
    assertThat(fixture.fields.size()).isEqualTo(before);
  }

  @Test
  void aConfidentialItemHidesFromAReaderBelowItsLevelWithoutHidingOtherItems() {
    CaseId id = caseOfAnnaWithErik();
    Marking confidential = Marking.of(ClassificationLevel.CONFIDENTIAL, PMY, OSL);
    AddedItem secret =
        service.addItem(
            as("anna.pmy"), id, "notes", Optional.of(confidential), values("text", "hemlig"));
    AddedItem open =
        service.addItem(as("anna.pmy"), id, "notes", Optional.empty(), values("text", "öppen"));

    CaseView erik = service.open(as("erik.pmy"), id);

    assertThat(erik.field(secret.path()).orElseThrow().redacted()).isTrue();
    assertThat(erik.field(FieldPath.of(secret.path() + ".text")).orElseThrow().redacted())
        .as("a value without its own marking takes the item's")
        .isTrue();
    assertThat(erik.field(FieldPath.of(open.path() + ".text")).flatMap(FieldView::value))
        .hasValue("öppen");
  }

  @Test
  void aMarkingThatReleasesToAnAgencyOutsideTheCaseIsRefusedAndNothingIsWritten() {
    CaseId id = caseOfAnnaWithErik();
    Marking toSkv =
        new Marking(
            ClassificationLevel.INTERNAL,
            PMY,
            Releasability.toAgencies(Set.of(PMY, AgencyCode.of("SKV"))),
            Optional.empty(),
            Optional.empty());
    int before = fixture.fields.size();
    fixture.events.clear();

    assertThatThrownBy(
            () ->
                service.addItem(
                    as("anna.pmy"), id, "notes", Optional.of(toSkv), values("text", "x")))
        .isInstanceOf(AccessDeniedException.class)
        .satisfies(
            e ->
                assertThat(((AccessDeniedException) e).decision().reason())
                    .isEqualTo(Reason.RELEASED_OUTSIDE_CASE));
    assertThat(fixture.fields.size()).isEqualTo(before);
    assertThat(fixture.events.published()).isEmpty();
  }

  @Test
  void theMatchingIndexFollowsIdentifiersAndDocumentsAsTheyAreAddedChangedAndRemoved() {
    CaseId id = caseOfAnnaWithErik();
    MatchKeys keys = fixture.matchKeys;
    MatchKey first = keys.of(new Matchable.Identifier("198112189876"));
    AddedItem person = addPerson(id, "Okänd Person");
    assertThat(fixture.matchingIndex.casesHolding(first)).containsExactly(id);

    FieldPath number =
        service.open(as("anna.pmy"), id).fields().stream()
            .map(FieldView::path)
            .filter(p -> p.value().endsWith(".number"))
            .findFirst()
            .orElseThrow();
    service.writeField(as("anna.pmy"), id, number, "19400101-0018", 1, Optional.empty());
    MatchKey second = keys.of(new Matchable.Identifier("194001010018"));
    assertThat(fixture.matchingIndex.casesHolding(first)).isEmpty();
    assertThat(fixture.matchingIndex.casesHolding(second)).containsExactly(id);

    AddedItem passport =
        service.addItem(
            as("anna.pmy"),
            id,
            "documents",
            Optional.empty(),
            values("type", "PASS", "number", "aa 123", "country", "swe"));
    MatchKey document = keys.of(Matchable.document("SWE", "AA123"));
    assertThat(fixture.matchingIndex.casesHolding(document)).containsExactly(id);

    service.removeValue(as("anna.pmy"), id, person.path(), 1);
    service.removeValue(as("anna.pmy"), id, passport.path(), 1);
    assertThat(fixture.matchingIndex.size()).as("nothing removed is still matched").isZero();
  }

  @Test
  void aFlaggedIdentifierIsWarnedOfBesideItWithoutTheFlaggingAgencysComment() {
    CaseId id = caseOfAnnaWithErik();
    AddedItem person = addPerson(id, "Okänd Person");
    fixture.flagService.raise(
        as("maria.mig"),
        new Matchable.Identifier("198112189876"),
        MisuseCategory.KAPAD_IDENTITET,
        Confidence.KONSTATERAD,
        Optional.of("uppehållstillstånd återkallat"));

    CaseView view = service.open(as("erik.pmy"), id);

    FieldPath identifier =
        view.fields().stream()
            .map(FieldView::path)
            .filter(
                p ->
                    p.value().startsWith(person.path() + ".identifiers.")
                        && !p.value().endsWith(".number"))
            .filter(p -> CaseSchemaPaths.isItem(p))
            .findFirst()
            .orElseThrow();
    assertThat(view.flagsOn(identifier))
        .singleElement()
        .satisfies(
            flag -> {
              assertThat(flag.category()).isEqualTo(MisuseCategory.KAPAD_IDENTITET);
              assertThat(flag.agency()).isEqualTo(AgencyCode.of("MIG"));
              assertThat(flag.comment()).isEmpty();
              assertThat(flag.identifier()).isEmpty();
            });
    assertThatThrownBy(() -> fixture.flagService.withdraw(as("anna.pmy"), 1))
        .as("only the flagging agency withdraws its flag")
        .isInstanceOf(AccessDeniedException.class);
    fixture.flagService.withdraw(as("maria.mig"), 1);
    assertThat(service.open(as("erik.pmy"), id).flagsOn(identifier)).isEmpty();
  }

  /** Whether a path names an item's own record. */
  private static final class CaseSchemaPaths {
    static boolean isItem(FieldPath path) {
      return se.knutpunkt.domain.casefile.schema.CaseSchema.locate(path).isItem();
    }
  }
}
