package se.knutpunkt.application.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.knutpunkt.application.casework.CaseworkFixture.as;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.knutpunkt.application.AccessDeniedException;
import se.knutpunkt.application.CaseNotFoundException;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.application.StaleVersionException;
import se.knutpunkt.application.audit.AuditRecord;
import se.knutpunkt.application.testing.RecordingAuditTrail.Entry;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseFile;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.casefile.CaseType;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.MembershipKind;
import se.knutpunkt.domain.event.CaseOpened;
import se.knutpunkt.domain.event.FieldWritten;
import se.knutpunkt.domain.event.MemberAdded;
import se.knutpunkt.domain.event.MemberRemoved;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.marking.LegalReference;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.policy.Reason;

/** The case services over in-memory repositories, with the real policy and gate. */
class CaseServiceTest {

  private static final AgencyCode PMY = AgencyCode.of("PMY");
  private static final AgencyCode MIG = AgencyCode.of("MIG");
  private static final LegalReference OSL = new LegalReference("OSL 35 kap. 1 §");
  private static final String SECRET = "Misstänkt kapning via falsk flyttanmälan";

  private final CaseworkFixture fixture = new CaseworkFixture();
  private final CaseService service = fixture.service;

  private CaseId caseOfAnnaWithErik() {
    CaseId id = service.openCase(as("anna.pmy"), "Kapad identitet Malmö", CaseType.TIPS);
    service.addMember(as("anna.pmy"), id, Username.of("erik.pmy"));
    return id;
  }

  private long write(String user, CaseId id, String path, String value, Marking marking) {
    long base =
        fixture.fields.currentValue(id, FieldPath.of(path)).map(v -> v.version()).orElse(0L);
    return service.writeField(as(user), id, FieldPath.of(path), value, base, Optional.of(marking));
  }

  private static Marking confidential() {
    return Marking.of(ClassificationLevel.CONFIDENTIAL, PMY, OSL);
  }

  private List<AuditRecord> recordsSince(int before) {
    List<AuditRecord> all = fixture.trail.records();
    return all.subList(before, all.size());
  }

  @Test
  void aReadOfFiftyMarkedFieldsIsOneEntryNamingWhatWasReleasedAndWithheld() {
    CaseId id = caseOfAnnaWithErik();
    ClassificationLevel[] levels = {
      ClassificationLevel.OPEN, ClassificationLevel.INTERNAL, ClassificationLevel.CONFIDENTIAL
    };
    // title and type, and 24 notes of two values each (the note's record and its text)
    for (int i = 0; i < 24; i++) {
      ClassificationLevel level = levels[i % 3];
      Marking marking = level.requiresLegalReference() ? confidential() : Marking.of(level, PMY);
      write("anna.pmy", id, "notes.n" + i + ".text", "anteckning " + i, marking);
    }
    int before = fixture.trail.records().size();

    CaseView view = service.open(as("erik.pmy"), id);

    assertThat(view.fields()).hasSize(50);
    long withheld = view.fields().stream().filter(FieldView::redacted).count();
    assertThat(withheld).isEqualTo(16);
    List<AuditRecord> read = recordsSince(before);
    assertThat(read).as("one entry for the whole read").hasSize(1);
    AuditRecord entry = read.get(0);
    assertThat(entry.action().name()).isEqualTo("case.read");
    assertThat(entry.outcome()).isEqualTo(AuditOutcome.PERMIT);
    assertThat(entry.caseId()).hasValue(id);
    assertThat(entry.details())
        .containsEntry("released.count", "34")
        .containsEntry("withheld.count", "16");
    assertThat(entry.details().get("released"))
        .contains("overview.title@1:INTERNAL", "notes.n0@1:OPEN", "notes.n0.text@1:OPEN");
    assertThat(entry.details().get("withheld"))
        .contains("notes.n2.text@1:CONFIDENTIAL:CLEARANCE_BELOW_LEVEL");
    assertThat(entry.details().toString()).doesNotContain("anteckning");
  }

  @Test
  void aWithheldValueLeavesOnlyItsPathVersionAndMarking() {
    CaseId id = caseOfAnnaWithErik();
    write("anna.pmy", id, "overview.summary", SECRET, confidential());

    FieldView summary = service.open(as("erik.pmy"), id).field(FieldPath.SUMMARY).orElseThrow();

    assertThat(summary.redacted()).isTrue();
    assertThat(summary.value()).isEmpty();
    assertThat(summary.author()).isEmpty();
    assertThat(summary.authorAgency()).isEmpty();
    assertThat(summary.writtenAt()).isEmpty();
    assertThat(summary.version()).hasValue(1);
    assertThat(summary.marking().level()).isEqualTo(ClassificationLevel.CONFIDENTIAL);
  }

  @Test
  void myCasesShowsATitleOnlyWhereTheReaderMaySeeItAndRecordsTheList() {
    CaseId id = caseOfAnnaWithErik();
    write("anna.pmy", id, "overview.title", "Hemlig titel", confidential());
    int before = fixture.trail.records().size();

    List<CaseSummary> erikSees = service.myCases(as("erik.pmy"));

    assertThat(erikSees).hasSize(1);
    assertThat(erikSees.get(0).title()).isEmpty();
    List<AuditRecord> listed = recordsSince(before);
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).action().name()).isEqualTo("case.list");
    assertThat(listed.get(0).resourceOwner()).hasValue(PMY);
    assertThat(listed.get(0).details().get("withheld"))
        .isEqualTo(id + "/overview.title@2:CONFIDENTIAL:CLEARANCE_BELOW_LEVEL");
    assertThat(service.myCases(as("anna.pmy")).get(0).title()).hasValue("Hemlig titel");
  }

  @Test
  void aStaleWriteChangesNothingAndShowsTheCurrentValueOnlyToWhoMaySeeIt() {
    CaseId id = caseOfAnnaWithErik();
    write("anna.pmy", id, "overview.summary", "första", Marking.of(ClassificationLevel.OPEN, PMY));
    write("anna.pmy", id, "overview.summary", "andra", Marking.of(ClassificationLevel.OPEN, PMY));
    int versions = fixture.fields.size();
    int before = fixture.trail.records().size();

    assertThatThrownBy(
            () ->
                service.writeField(
                    as("erik.pmy"), id, FieldPath.SUMMARY, "eriks", 1, Optional.empty()))
        .isInstanceOfSatisfying(
            StaleVersionException.class,
            stale -> {
              assertThat(stale.currentVersion()).isEqualTo(2);
              assertThat(stale.currentValue()).hasValue("andra");
            });
    assertThat(fixture.fields.size()).isEqualTo(versions);
    List<Entry> entries = fixture.trail.entries();
    Entry refusal = entries.get(entries.size() - 1);
    assertThat(entries).hasSize(before + 1);
    assertThat(refusal.apart()).as("kept although the write rolls back").isTrue();
    assertThat(refusal.record().outcome()).isEqualTo(AuditOutcome.DENY);
    assertThat(refusal.record().reason()).isEqualTo("STALE_VERSION");
    assertThat(refusal.record().details()).containsEntry("released", "overview.summary@2:OPEN");
  }

  @Test
  void aStaleWriteOverAValueTheWriterMayNotSeeIsRefusedWithoutItAndOverwritingItIsRefused() {
    CaseId id = caseOfAnnaWithErik();
    write("anna.pmy", id, "overview.summary", SECRET, confidential());

    assertThatThrownBy(
            () ->
                service.writeField(
                    as("erik.pmy"), id, FieldPath.SUMMARY, "eriks", 0, Optional.empty()))
        .isInstanceOfSatisfying(
            StaleVersionException.class,
            stale -> {
              assertThat(stale.currentVersion()).isEqualTo(1);
              assertThat(stale.currentValue()).isEmpty();
            });
    AuditRecord refusal = fixture.trail.records().get(fixture.trail.records().size() - 1);
    assertThat(refusal.details())
        .containsEntry("withheld", "overview.summary@1:CONFIDENTIAL:CLEARANCE_BELOW_LEVEL")
        .doesNotContainKey("released");

    assertThatThrownBy(
            () ->
                service.writeField(
                    as("erik.pmy"), id, FieldPath.SUMMARY, "eriks", 1, Optional.empty()))
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            denied ->
                assertThat(denied.decision().reason()).isEqualTo(Reason.CURRENT_VALUE_NOT_VISIBLE));
  }

  @Test
  void aWithheldVersionInTheHistoryShowsNoAuthorAgencyOrTime() {
    CaseId id = caseOfAnnaWithErik();
    write("anna.pmy", id, "overview.summary", SECRET, confidential());
    write(
        "anna.pmy", id, "overview.summary", "offentlig", Marking.of(ClassificationLevel.OPEN, PMY));

    List<FieldVersionView> history = service.history(as("erik.pmy"), id, FieldPath.SUMMARY);

    assertThat(history).extracting(FieldVersionView::version).containsExactly(1L, 2L);
    assertThat(history.get(0).released()).isEmpty();
    assertThat(history.get(1).released())
        .hasValueSatisfying(r -> assertThat(r.author()).isEqualTo("anna.pmy"));
    AuditRecord entry = fixture.trail.records().get(fixture.trail.records().size() - 1);
    assertThat(entry.action().name()).isEqualTo("field.history");
    assertThat(entry.details())
        .containsEntry("released", "overview.summary@2:OPEN")
        .containsEntry("withheld", "overview.summary@1:CONFIDENTIAL:CLEARANCE_BELOW_LEVEL");
  }

  @Test
  void aMemberWhoseStoredScopeLacksASectionCannotWriteThereAndSeesOnlyPathAndMarking() {
    CaseId id = caseOfAnnaWithErik();
    write(
        "anna.pmy",
        id,
        "notes.a1.text",
        "intern anteckning",
        Marking.of(ClassificationLevel.OPEN, PMY));
    CaseFile caseFile = fixture.cases.find(id).orElseThrow();
    caseFile.admit(
        Username.of("maria.mig"),
        MIG,
        MembershipKind.INVITED,
        EnumSet.of(CaseSection.OVERVIEW, CaseSection.PERSONS),
        Optional.of(OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
        Username.of("petter.pmy"),
        OffsetDateTime.now(fixture.clock));

    FieldView note =
        service.open(as("maria.mig"), id).field(FieldPath.of("notes.a1.text")).orElseThrow();
    assertThat(note.redacted()).isTrue();
    assertThat(note.inScope()).isFalse();
    assertThat(note.version()).as("not even how often it changed").isEmpty();
    assertThat(note.marking().owner()).isEqualTo(PMY);

    assertThatThrownBy(
            () ->
                service.writeField(
                    as("maria.mig"),
                    id,
                    FieldPath.of("notes.m1.text"),
                    "migs anteckning",
                    0,
                    Optional.empty()))
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            denied ->
                assertThat(denied.decision().reason()).isEqualTo(Reason.SECTION_NOT_IN_SCOPE));
    assertThatThrownBy(() -> service.history(as("maria.mig"), id, FieldPath.of("notes.a1.text")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(service.open(as("maria.mig"), id).capabilities().writableSections())
        .containsExactlyInAnyOrder(CaseSection.OVERVIEW, CaseSection.PERSONS);
  }

  @Test
  void anExpiredMembershipIsNoMembershipAtAll() {
    CaseId id = caseOfAnnaWithErik();
    fixture
        .cases
        .find(id)
        .orElseThrow()
        .admit(
            Username.of("maria.mig"),
            MIG,
            MembershipKind.INVITED,
            CaseSection.all(),
            Optional.of(OffsetDateTime.ofInstant(CaseworkFixture.NOW, ZoneOffset.UTC)),
            Username.of("petter.pmy"),
            OffsetDateTime.now(fixture.clock).minusDays(3));
    int before = fixture.trail.entries().size();

    assertThatThrownBy(() -> service.open(as("maria.mig"), id))
        .isInstanceOf(CaseNotFoundException.class);
    assertThat(service.myCases(as("maria.mig"))).isEmpty();
    Entry denial = fixture.trail.entries().get(before);
    assertThat(denial.apart()).isTrue();
    assertThat(denial.record().reason()).isEqualTo(Reason.MEMBERSHIP_EXPIRED.name());
  }

  @Test
  void aCaseAlwaysKeepsAMemberOfItsOwnerAgency() {
    CaseId alone = service.openCase(as("anna.pmy"), "Ensam", CaseType.TIPS);
    assertThatThrownBy(() -> service.removeMember(as("anna.pmy"), alone, Username.of("anna.pmy")))
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            denied ->
                assertThat(denied.decision().reason())
                    .isEqualTo(Reason.LAST_MEMBER_OF_OWNER_AGENCY));
    assertThatThrownBy(() -> service.removeMember(as("petter.pmy"), alone, Username.of("anna.pmy")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(fixture.cases.find(alone).orElseThrow().members()).hasSize(1);

    CaseId two = caseOfAnnaWithErik();
    service.removeMember(as("petter.pmy"), two, Username.of("anna.pmy"));
    assertThat(fixture.cases.find(two).orElseThrow().members())
        .extracting(m -> m.username().value())
        .containsExactly("erik.pmy");
    assertThat(service.open(as("erik.pmy"), two).members().get(0).removable())
        .as("the last one is never offered for removal")
        .isFalse();
  }

  @Test
  void aRefusedCaseCreationStoresNothing() {
    assertThatThrownBy(() -> service.openCase(as("alva.pmy"), "Granskarens", CaseType.TIPS))
        .isInstanceOf(AccessDeniedException.class);
    se.knutpunkt.security.policy.Subject noClearance =
        new se.knutpunkt.security.policy.Subject(
            Username.of("utan.pmy"),
            PMY,
            java.util.Set.of(se.knutpunkt.domain.user.Role.INVESTIGATOR),
            Optional.empty());
    assertThatThrownBy(() -> service.openCase(noClearance, "Utan behörighet", CaseType.TIPS))
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            denied -> assertThat(denied.decision().reason()).isEqualTo(Reason.NO_CLEARANCE));
    assertThatThrownBy(() -> service.openCase(as("anna.pmy"), "nul\u0000", CaseType.TIPS))
        .isInstanceOf(InvalidInputException.class);

    assertThat(fixture.cases.size()).isZero();
    assertThat(fixture.fields.size()).isZero();
    assertThat(fixture.events.published()).isEmpty();
    assertThat(fixture.trail.entries()).hasSize(2).allMatch(Entry::apart);
  }

  @Test
  void whatHappenedIsPublishedAsEventsWithoutValues() {
    CaseId id = caseOfAnnaWithErik();
    write("anna.pmy", id, "overview.summary", SECRET, confidential());
    service.removeMember(as("anna.pmy"), id, Username.of("erik.pmy"));

    assertThat(fixture.events.published())
        .hasExactlyElementsOfTypes(
            CaseOpened.class,
            FieldWritten.class,
            FieldWritten.class,
            MemberAdded.class,
            FieldWritten.class,
            MemberRemoved.class);
    FieldWritten summary = (FieldWritten) fixture.events.published().get(4);
    assertThat(summary.path()).isEqualTo(FieldPath.SUMMARY);
    assertThat(summary.version()).isEqualTo(1);
    assertThat(summary.level()).isEqualTo(ClassificationLevel.CONFIDENTIAL);
    assertThat(fixture.events.published().toString()).doesNotContain(SECRET);

    fixture.events.clear();
    assertThatThrownBy(
            () ->
                service.writeField(
                    as("anna.pmy"), id, FieldPath.SUMMARY, "gammal bas", 0, Optional.empty()))
        .isInstanceOf(StaleVersionException.class);
    assertThat(fixture.events.published()).as("a refused write announces nothing").isEmpty();
  }

  @Test
  void valuesThatCannotBeStoredAreRefusedAsInput() {
    CaseId id = caseOfAnnaWithErik();
    assertThatThrownBy(
            () ->
                service.writeField(
                    as("anna.pmy"), id, FieldPath.SUMMARY, "a\u0000b", 0, Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("NUL");
    assertThatThrownBy(
            () ->
                service.writeField(
                    as("anna.pmy"), id, FieldPath.SUMMARY, "\uD800", 0, Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("surrogate");
  }
}
