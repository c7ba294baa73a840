package se.knutpunkt.application.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.knutpunkt.application.casework.CaseworkFixture.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.knutpunkt.application.AccessGuard;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.application.casework.CaseService;
import se.knutpunkt.application.casework.CaseworkFixture;
import se.knutpunkt.application.casework.NewValue;
import se.knutpunkt.application.gate.ValueGate;
import se.knutpunkt.application.misuse.DocumentRegistryService;
import se.knutpunkt.application.misuse.FlagView;
import se.knutpunkt.application.testing.InMemoryNotices;
import se.knutpunkt.application.testing.InMemoryWatches;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseType;
import se.knutpunkt.domain.casefile.DocumentType;
import se.knutpunkt.domain.event.ForgedDocumentInCase;
import se.knutpunkt.domain.misuse.Confidence;
import se.knutpunkt.domain.misuse.ExaminationResult;
import se.knutpunkt.domain.misuse.Matchable;
import se.knutpunkt.domain.misuse.MisuseCategory;
import se.knutpunkt.domain.notice.NoticeKind;
import se.knutpunkt.domain.user.UserProfile;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.auditlog.leaf.ValueHasher;

class NoticeServiceTest {

  private final CaseworkFixture fixture = new CaseworkFixture();
  private final CaseService cases = fixture.service;
  private final InMemoryNotices stored = new InMemoryNotices();
  private final InMemoryWatches watches = new InMemoryWatches();
  private final NoticeService notices =
      NoticeService.over(
          stored,
          fixture.flags,
          fixture.documents,
          fixture.matchingIndex,
          fixture.cases,
          fixture.fields,
          new ValueGate(fixture.pdp, fixture.trail, new ValueHasher(new byte[32])),
          fixture.pdp,
          fixture.profileRepository,
          watches,
          new se.knutpunkt.application.testing.InMemoryInvitations(),
          new se.knutpunkt.application.testing.InMemoryDisclosures(),
          fixture.trail,
          fixture.clock);
  private final WatchService watching =
      WatchService.over(
          watches, fixture.matchKeys, new AccessGuard(fixture.pdp, fixture.trail), fixture.clock);

  private static Map<String, NewValue> values(String... nameThenText) {
    Map<String, NewValue> values = new LinkedHashMap<>();
    for (int i = 0; i < nameThenText.length; i += 2) {
      values.put(nameThenText[i], NewValue.of(nameThenText[i + 1]));
    }
    return values;
  }

  private CaseId caseOfAnnaAndErikHolding(String identifier) {
    CaseId id = cases.openCase(as("anna.pmy"), "Kapad identitet Malmö", CaseType.TIPS);
    cases.addMember(as("anna.pmy"), id, Username.of("erik.pmy"));
    cases.addPerson(
        as("anna.pmy"),
        id,
        Optional.empty(),
        values("name", "Okänd Person", "role", "UTNYTTJAD"),
        List.of(new CaseService.NewIdentifier(Optional.empty(), values("number", identifier))));
    return id;
  }

  private FlagView flagByMaria(String identifier) {
    return fixture.flagService.raise(
        as("maria.mig"),
        new Matchable.Identifier(identifier.replace("-", "")),
        MisuseCategory.KAPAD_IDENTITET,
        Confidence.MISSTANKT,
        Optional.of("ansökan med annat foto"));
  }

  @Test
  void aFlagIsToldToTheMembersAndTheSpocInboxOfEachCaseHoldingItAndNothingOfTheFlaggersCase() {
    CaseId id = caseOfAnnaAndErikHolding("19811218-9876");
    FlagView flag = flagByMaria("19811218-9876");

    Recipients told = notices.postAboutFlag(flag.id(), NoticeKind.MISUSE_FLAGGED);

    assertThat(told.people())
        .containsExactlyInAnyOrder(Username.of("anna.pmy"), Username.of("erik.pmy"));
    assertThat(told.spocInboxes()).containsExactly(AgencyCode.of("PMY"));
    assertThat(notices.inbox(as("anna.pmy")))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.caseId()).contains(id);
              assertThat(n.caseTitle()).contains("Kapad identitet Malmö");
              assertThat(n.category()).contains(MisuseCategory.KAPAD_IDENTITET);
              assertThat(n.agency()).isEqualTo(AgencyCode.of("MIG"));
              assertThat(n.toSpocInbox()).isFalse();
              assertThat(n.toString())
                  .doesNotContain("foto")
                  .doesNotContain("maria")
                  .doesNotContain("9876");
            });
    assertThat(notices.inbox(as("petter.pmy")))
        .as("PMY's ID-SPOC inbox: the case, not its title (petter is no member)")
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.toSpocInbox()).isTrue();
              assertThat(n.caseTitle()).isEmpty();
            });
    assertThat(notices.inbox(as("sara.skv"))).isEmpty();
    assertThat(notices.inbox(as("magnus.mig"))).as("MIG is not in anna's case").isEmpty();
    assertThat(notices.inbox(as("maria.mig"))).isEmpty();
    assertThat(fixture.trail.records())
        .anySatisfy(r -> assertThat(r.action().toString()).isEqualTo("notice.read"));
  }

  @Test
  void aNoticeIsReadOnceByItsOwnReaderAndGoesWhenTheReaderLeavesTheCase() {
    CaseId id = caseOfAnnaAndErikHolding("19811218-9876");
    notices.postAboutFlag(flagByMaria("19811218-9876").id(), NoticeKind.MISUSE_FLAGGED);
    long annas = notices.inbox(as("anna.pmy")).get(0).id();

    assertThat(notices.unreadCount(as("anna.pmy"))).isOne();
    assertThatThrownBy(() -> notices.markRead(as("sara.skv"), annas))
        .isInstanceOf(InvalidInputException.class);
    assertThat(fixture.trail.records())
        .as("sara's try at anna's notice is recorded as refused")
        .anySatisfy(
            r -> {
              assertThat(r.action().toString()).isEqualTo("notice.mark");
              assertThat(r.outcome().name()).isEqualTo("DENY");
            });
    notices.markRead(as("anna.pmy"), annas);
    assertThat(notices.unreadCount(as("anna.pmy"))).isZero();
    assertThat(notices.unreadCount(as("erik.pmy"))).isOne();

    cases.removeMember(as("anna.pmy"), id, Username.of("erik.pmy"));
    assertThat(notices.inbox(as("erik.pmy"))).isEmpty();
    assertThat(notices.unreadCount(as("erik.pmy"))).isZero();
  }

  @Test
  void aDocumentTheRegistryKnowsAsForgedIsToldWhenItEntersACase() {
    DocumentRegistryService.over(
            fixture.documents,
            fixture.matchKeys,
            new AccessGuard(fixture.pdp, fixture.trail),
            null,
            fixture.clock)
        .record(
            as("maria.mig"),
            (Matchable.Document) Matchable.document("SWE", "AB1234567"),
            DocumentType.PASS,
            Optional.empty(),
            ExaminationResult.FORFALSKAD,
            Optional.empty());
    CaseId id = cases.openCase(as("anna.pmy"), "Falskt pass", CaseType.TIPS);
    cases.addMember(as("anna.pmy"), id, Username.of("erik.pmy"));
    fixture.events.clear();

    cases.addItem(
        as("anna.pmy"),
        id,
        "documents",
        Optional.empty(),
        values("type", "PASS", "number", "ab 123 4567", "country", "swe"));

    ForgedDocumentInCase event =
        fixture.events.published().stream()
            .filter(ForgedDocumentInCase.class::isInstance)
            .map(ForgedDocumentInCase.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(event.caseId()).isEqualTo(id);
    notices.postAboutForgedDocument(event.caseId(), event.examinationId());
    assertThat(notices.inbox(as("erik.pmy")))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(NoticeKind.FORGED_DOCUMENT);
              assertThat(n.examinationResult()).contains(ExaminationResult.FORFALSKAD);
              assertThat(n.agency()).isEqualTo(AgencyCode.of("MIG"));
              assertThat(n.caseTitle()).contains("Falskt pass");
            });
    assertThat(notices.inbox(as("sara.skv"))).isEmpty();
  }

  @Test
  void theDailyDigestTellsThoseWhoChoseItHowManyNoticesTheyHaveNotReadAndNothingElse() {
    caseOfAnnaAndErikHolding("19811218-9876");
    for (String name : new String[] {"anna.pmy", "erik.pmy"}) {
      fixture.profileRepository.store(
          new UserProfile(
              Username.of(name),
              AgencyCode.of("PMY"),
              name,
              name + "@demo.knutpunkt.invalid",
              as(name).clearance(),
              as(name).roles(),
              java.time.OffsetDateTime.now(fixture.clock)));
    }
    notices.postAboutFlag(flagByMaria("19811218-9876").id(), NoticeKind.MISUSE_FLAGGED);
    List<String> mailed = new java.util.ArrayList<>();
    NoticeMailer mailer =
        new NoticeMailer() {
          @Override
          public void tellOfNewNotice(java.util.Set<String> addresses) {}

          @Override
          public void tellOfUnreadNotices(String address, int unread) {
            mailed.add(address + ":" + unread);
          }
        };
    NoticeDigest digest = NoticeDigest.over(fixture.profileRepository, notices, mailer);

    assertThat(digest.send()).as("nobody chose it yet").isZero();
    notices.chooseDigest(as("anna.pmy"), true);
    assertThat(notices.wantsDigest(as("anna.pmy"))).isTrue();
    assertThat(digest.send()).isOne();
    assertThat(mailed).containsExactly("anna.pmy@demo.knutpunkt.invalid:1");

    notices.markRead(as("anna.pmy"), notices.inbox(as("anna.pmy")).get(0).id());
    mailed.clear();
    assertThat(digest.send()).as("nothing unread, no mail").isZero();
    assertThat(mailed).isEmpty();
  }

  @Test
  void aWatchBringsANoticeOfAFlagInNoCaseOfTheWatchersAndEndsWithTheWatch() {
    var watch = watching.watch(as("sara.skv"), new Matchable.Identifier("194001010018"));
    assertThat(watching.watch(as("sara.skv"), new Matchable.Identifier("194001010018")).id())
        .as("watching twice is one watch")
        .isEqualTo(watch.id());
    assertThatThrownBy(
            () -> watching.watch(as("alva.pmy"), new Matchable.Identifier("194001010018")))
        .as("auditors keep no watches")
        .isInstanceOf(se.knutpunkt.application.AccessDeniedException.class);

    notices.postAboutFlag(flagByMaria("19400101-0018").id(), NoticeKind.MISUSE_FLAGGED);

    assertThat(notices.inbox(as("sara.skv")))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.caseId()).isEmpty();
              assertThat(n.watched()).contains("19400101-0018");
              assertThat(n.agency()).isEqualTo(AgencyCode.of("MIG"));
              assertThat(n.toString()).doesNotContain("foto");
            });
    assertThat(notices.inbox(as("magnus.mig"))).as("a watch is its keeper's own").isEmpty();
    assertThatThrownBy(() -> watching.stop(as("anna.pmy"), watch.id()))
        .isInstanceOf(InvalidInputException.class);

    watching.stop(as("sara.skv"), watch.id());
    assertThat(notices.inbox(as("sara.skv"))).as("the notice goes with the watch").isEmpty();
  }

  @Test
  void aFlagOnAnIdentifierNoCaseHoldsTellsNobody() {
    caseOfAnnaAndErikHolding("19811218-9876");
    Recipients told =
        notices.postAboutFlag(flagByMaria("19400101-0018").id(), NoticeKind.MISUSE_FLAGGED);
    assertThat(told.isEmpty()).isTrue();
    assertThat(stored.size()).isZero();
  }
}
