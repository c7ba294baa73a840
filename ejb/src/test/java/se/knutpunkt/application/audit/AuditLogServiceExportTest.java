package se.knutpunkt.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.knutpunkt.application.AccessDeniedException;
import se.knutpunkt.application.AccessGuard;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.application.testing.RecordingAuditTrail;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.user.Role;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.auditlog.checkpoint.Checkpoint;
import se.knutpunkt.security.auditlog.checkpoint.KeyName;
import se.knutpunkt.security.auditlog.checkpoint.LogOrigin;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.SignerKey;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.merkle.ConsistencyProof;
import se.knutpunkt.security.auditlog.merkle.InclusionProof;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.merkle.TreeHead;
import se.knutpunkt.security.auditlog.merkle.TreeSize;
import se.knutpunkt.security.policy.AuditReach;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * The export's and the chart's rules in the service: the cap, who may, what is recorded, and
 * Swedish days — also across the change to winter time — counted from hours in UTC.
 */
class AuditLogServiceExportTest {

  private static final SignerKey KEY =
      SignerKey.generate(KeyName.of("test.knutpunkt/audit"), new SecureRandom());

  /** A store that matches {@code matching} entries and counts what {@code hours} says. */
  private static final class FakeStore implements AuditLogStore {
    long matching;
    List<HourlyCount> hours = List.of();
    final List<AuditEntryFilter> counted = new ArrayList<>();

    @Override
    public Optional<String> newestCheckpoint() {
      TreeHead head = new TreeHead(TreeSize.of(1_000_000), MerkleHash.of(new byte[32]));
      return Optional.of(
          SignedCheckpoint.sign(new Checkpoint(LogOrigin.of("test.knutpunkt/audit"), head), KEY)
              .text());
    }

    @Override
    public Optional<String> checkpoint(TreeSize size) {
      return Optional.empty();
    }

    @Override
    public Optional<TreeSize> newestCosignedBy(String witnessKey) {
      return Optional.empty();
    }

    @Override
    public List<String> cosignatureLines(TreeSize size) {
      return List.of();
    }

    @Override
    public boolean addCosignature(StoredCosignature cosignature) {
      return false;
    }

    @Override
    public List<byte[]> leaves(long start, long end) {
      return List.of();
    }

    @Override
    public InclusionProof inclusionProof(LeafIndex index, TreeSize size) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ConsistencyProof consistencyProof(TreeSize first, TreeSize second) {
      throw new UnsupportedOperationException();
    }

    @Override
    public AuditEntryPage entries(
        AuditEntryFilter filter, AuditReach reach, int page, int pageSize) {
      return new AuditEntryPage(List.of(), page, 0, false);
    }

    @Override
    public int denials(String actor, Instant from, Instant to, int upTo) {
      return 0;
    }

    @Override
    public List<AuditLeaf> invitationEndings(Set<String> caseIds) {
      return List.of();
    }

    @Override
    public long count(AuditEntryFilter filter, AuditReach reach, TreeSize size, long upTo) {
      return Math.min(matching, upTo);
    }

    @Override
    public void forEachEntry(
        AuditEntryFilter filter, AuditReach reach, TreeSize size, EntryVisitor visitor) {}

    @Override
    public List<HourlyCount> countPerHourAndAgency(AuditEntryFilter filter, AuditReach reach) {
      counted.add(filter);
      return hours;
    }
  }

  private final FakeStore store = new FakeStore();
  private final RecordingAuditTrail trail = new RecordingAuditTrail();
  private AuditLogService service;

  @BeforeEach
  void aService() {
    PolicyDecisionPoint pdp = new PolicyDecisionPoint(Clock.systemUTC());
    service = new AuditLogService();
    service.store = store;
    service.signingKey = KEY::verifierKey;
    service.pdp = pdp;
    service.trail = trail;
    service.guard = new AccessGuard(pdp, trail);
  }

  private static Subject person(String username, String agency, Role role) {
    return new Subject(
        new Username(username), AgencyCode.of(agency), EnumSet.of(role), Optional.empty());
  }

  private static final Subject IVAR = person("ivar.imy", "IMY", Role.AUDITOR);

  @Test
  void anExportOfMoreThanTheCapIsRefusedSayingToNarrowTheSearchAndRecordsNothing() {
    store.matching = 5_000_000;
    assertThatThrownBy(() -> service.export(IVAR, AuditEntryFilter.none()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.message(Locale.ENGLISH)).contains("narrow the search"));
    assertThat(trail.records()).isEmpty();

    store.matching = AuditExport.MAX_ROWS;
    AuditExport export = service.export(IVAR, AuditEntryFilter.none());
    assertThat(export.treeSize()).isEqualTo(TreeSize.of(1_000_000));
    assertThat(export.fileName()).matches("knutpunkt-audit-[0-9]{8}T[0-9]{6}Z-tree-1000000\\.csv");
    assertThat(trail.entries()).hasSize(1);
    AuditRecord recorded = trail.entries().get(0).record();
    assertThat(trail.entries().get(0).apart()).isTrue();
    assertThat(recorded.action().name()).isEqualTo("audit.entries.export");
    assertThat(recorded.details())
        .containsEntry("rows", Integer.toString(AuditExport.MAX_ROWS))
        .containsEntry("treeSize", "1000000");
  }

  @Test
  void onlyAuditorsExportAndAReversedRangeIsRefused() {
    assertThatThrownBy(
            () ->
                service.export(
                    person("anna.pmy", "PMY", Role.INVESTIGATOR), AuditEntryFilter.none()))
        .isInstanceOf(AccessDeniedException.class);
    AuditEntryFilter reversed =
        new AuditEntryFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Instant.parse("2026-11-23T10:00:00Z")),
            Optional.of(Instant.parse("2026-11-22T10:00:00Z")));
    assertThatThrownBy(() -> service.export(IVAR, reversed))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> service.accessesPerDay(IVAR, reversed, LocalDate.now()))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void hoursInUtcAddUpToSwedishDaysAcrossTheChangeToWinterTime() {
    LocalDate today = LocalDate.parse("2026-10-26");
    store.hours =
        List.of(
            // 2026-10-24 22:00Z is 25 October 00:00 in Stockholm (summer time, UTC+2)
            new AuditLogStore.HourlyCount(Instant.parse("2026-10-24T22:00:00Z"), "PMY", 3),
            new AuditLogStore.HourlyCount(Instant.parse("2026-10-24T21:00:00Z"), "PMY", 5),
            // 25 October has 25 hours; its last hour starts 23:00 CET = 22:00Z
            new AuditLogStore.HourlyCount(Instant.parse("2026-10-25T22:00:00Z"), "MIG", 7),
            new AuditLogStore.HourlyCount(Instant.parse("2026-10-25T23:00:00Z"), "MIG", 11));
    AccessesPerDay perDay = service.accessesPerDay(IVAR, AuditEntryFilter.none(), today);
    assertThat(perDay.days()).hasSize(AuditLogService.CHART_DAYS);
    assertThat(perDay.days().get(perDay.days().size() - 1)).isEqualTo(today);
    int the24th = perDay.days().indexOf(LocalDate.parse("2026-10-24"));
    int the25th = the24th + 1;
    assertThat(perDay.perAgency().get("PMY").get(the24th)).isEqualTo(5);
    assertThat(perDay.perAgency().get("PMY").get(the25th)).isEqualTo(3);
    assertThat(perDay.perAgency().get("MIG").get(the25th)).isEqualTo(7);
    assertThat(perDay.perAgency().get("MIG").get(the25th + 1)).isEqualTo(11);
    assertThat(perDay.total(the25th)).isEqualTo(10);
    assertThat(store.counted.get(0).from())
        .contains(
            LocalDate.parse("2026-09-26")
                .atStartOfDay(java.time.ZoneId.of("Europe/Stockholm"))
                .toInstant());
  }

  @Test
  void theChartCoversTheSearchsRangeCutToItsLastDays() {
    AuditEntryFilter twoDays =
        new AuditEntryFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Instant.parse("2026-11-01T23:00:00Z")),
            Optional.of(Instant.parse("2026-11-03T23:00:00Z")));
    assertThat(service.accessesPerDay(IVAR, twoDays, LocalDate.parse("2026-12-04")).days())
        .containsExactly(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-03"));
    AuditEntryFilter aYear =
        new AuditEntryFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Instant.parse("2025-11-01T23:00:00Z")),
            Optional.of(Instant.parse("2026-11-03T23:00:00Z")));
    List<LocalDate> days =
        service.accessesPerDay(IVAR, aYear, LocalDate.parse("2026-12-04")).days();
    assertThat(days).hasSize(AuditLogService.CHART_DAYS);
    assertThat(days.get(days.size() - 1)).isEqualTo(LocalDate.parse("2026-11-03"));
  }
}
