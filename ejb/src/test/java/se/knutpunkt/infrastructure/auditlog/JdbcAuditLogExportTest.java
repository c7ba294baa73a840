package se.knutpunkt.infrastructure.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.knutpunkt.application.audit.AuditEntryFilter;
import se.knutpunkt.application.audit.AuditLogStore.HourlyCount;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.user.Role;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.auditlog.checkpoint.KeyName;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.SignerKey;
import se.knutpunkt.security.auditlog.leaf.Actor;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditDetails;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.auditlog.leaf.AuditResource;
import se.knutpunkt.security.auditlog.merkle.InclusionProof;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;
import se.knutpunkt.security.auditlog.merkle.MerkleTree;
import se.knutpunkt.security.auditlog.merkle.TreeHasher;
import se.knutpunkt.security.auditlog.merkle.TreeHead;
import se.knutpunkt.security.auditlog.merkle.TreeSize;
import se.knutpunkt.security.policy.AuditReach;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * The export's and the chart's reads of the stored log against the real migrations on H2: every
 * entry within reach, oldest first, with a proof that verifies against the signed root, read in
 * blocks; and counts per hour and agency from one grouped query.
 */
class JdbcAuditLogExportTest {

  private static final SignerKey KEY =
      SignerKey.generate(KeyName.of("test.knutpunkt/audit"), new SecureRandom());
  private static final Instant START = Instant.parse("2026-11-30T22:30:00Z");
  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint(Clock.systemUTC());
  private static final int ENTRIES = 3000;

  private Connection connection;
  private JdbcAuditLog log;
  private TreeHead head;

  @BeforeEach
  void aLogOfThreeThousandEntries() throws SQLException {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration/common")
        .load()
        .migrate();
    connection = DriverManager.getConnection(url, "sa", "");
    try (PreparedStatement insert =
        connection.prepareStatement("insert into audit_pending (id, event) values (?, ?)")) {
      for (int n = 0; n < ENTRIES; n++) {
        insert.setLong(1, n + 1);
        insert.setBytes(2, event(n).atIndex(LeafIndex.of(0)).encode());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    LogIntegrator integrator = new LogIntegrator(KEY, Clock.systemUTC(), 1000);
    while (integrator.runRound(connection).integrated() > 0) {}
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    log = new JdbcAuditLog();
    log.dataSource = dataSource;
    head =
        SignedCheckpoint.open(log.newestCheckpoint().orElseThrow(), KEY.verifierKey())
            .checkpoint()
            .head();
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  /** Every third entry by MIG on a case PMY owns, the rest by PMY; one a minute. */
  private static AuditEvent event(int n) {
    boolean mig = n % 3 == 0;
    return new AuditEvent(
        START.plusSeconds(60L * n),
        mig ? Actor.of("maria.mig", "MIG") : Actor.of("anna.pmy", "PMY"),
        AuditAction.of("case.read"),
        AuditOutcome.PERMIT,
        "MEMBER_OF_CASE",
        AuditResource.ofCase(UUID.nameUUIDFromBytes(new byte[] {(byte) n}).toString(), "PMY"),
        Optional.of("request-" + n),
        Optional.empty(),
        AuditDetails.of(Map.of("n", Integer.toString(n))));
  }

  private static AuditReach reachOf(String agency) {
    return PDP.auditReach(
        new Subject(
            new Username("someone." + agency.toLowerCase()),
            AgencyCode.of(agency),
            EnumSet.of(Role.AUDITOR),
            Optional.empty()));
  }

  private static AuditEntryFilter by(String actor) {
    return new AuditEntryFilter(
        Optional.empty(), Optional.of(actor), Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void everyEntryComesOldestFirstWithAProofOfItsInclusionInTheSignedTree() {
    assertThat(head.size()).isEqualTo(TreeSize.of(ENTRIES));
    TreeSize size = TreeSize.of(2777); // an older checkpoint's size: not a power of two
    TreeHead older = new MerkleTree(new JdbcSubtreeHashStore(connection)).head(size);
    TreeHasher hasher = new TreeHasher();
    List<Long> indices = new ArrayList<>();
    Map<Long, InclusionProof> proofs = new java.util.HashMap<>();
    long started = System.nanoTime();
    log.forEachEntry(
        AuditEntryFilter.none(),
        reachOf("IMY"),
        size,
        (leaf, decoded, proof) -> {
          indices.add(decoded.index().value());
          assertThat(AuditLeaf.decode(leaf)).isEqualTo(decoded);
          InclusionProof path = proof.get();
          proofs.put(decoded.index().value(), path);
          assertThat(path.verifies(hasher.leafHash(leaf), older))
              .as("proof of %s in %s", decoded.index(), size)
              .isTrue();
        });
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(indices).hasSize(2777);
    assertThat(indices).isSorted();
    assertThat(indices.get(0)).isZero();
    MerkleTree unbatched = new MerkleTree(new JdbcSubtreeHashStore(connection));
    for (long i = 0; i < 2777; i += i < 2700 ? 97 : 1) {
      assertThat(proofs.get(i)).isEqualTo(unbatched.inclusionProof(LeafIndex.of(i), size));
    }
    assertThat(log.count(AuditEntryFilter.none(), reachOf("IMY"), size, 10_000)).isEqualTo(2777);
    assertThat(log.count(AuditEntryFilter.none(), reachOf("IMY"), size, 100)).isEqualTo(100);
    System.out.printf("H2: 2777 entries with their proofs handed over in %d ms%n", millis);
  }

  @Test
  void proofsReadInBlocksTakeFarFewerQueriesThanEntries() {
    BlockReadingSubtreeHashStore blocks = new BlockReadingSubtreeHashStore(connection);
    MerkleTree tree = new MerkleTree(blocks);
    for (long i = 0; i < ENTRIES; i++) {
      tree.inclusionProof(LeafIndex.of(i), head.size());
    }
    assertThat(blocks.queries())
        .as("queries for %d proofs", ENTRIES)
        .isLessThan(ENTRIES / BlockReadingSubtreeHashStore.BLOCK * 3);
  }

  @Test
  void anAgencysReachAndTheFilterNarrowWhatIsHandedOver() {
    List<String> actors = new ArrayList<>();
    log.forEachEntry(
        by("maria.mig"),
        reachOf("MIG"),
        head.size(),
        (leaf, decoded, proof) -> actors.add(decoded.event().actor().username()));
    assertThat(actors).hasSize(ENTRIES / 3).containsOnly("maria.mig");
    List<String> agencies = new ArrayList<>();
    log.forEachEntry(
        AuditEntryFilter.none(),
        reachOf("MIG"),
        head.size(),
        (leaf, decoded, proof) -> agencies.add(decoded.event().actor().agency()));
    assertThat(agencies).hasSize(ENTRIES / 3).containsOnly("MIG");
    assertThat(log.count(by("anna.pmy"), reachOf("MIG"), head.size(), 10_000)).isZero();
    assertThat(log.count(by("anna.pmy"), reachOf("SKV"), head.size(), 10_000)).isZero();
    assertThat(log.count(AuditEntryFilter.none(), reachOf("PMY"), head.size(), 10_000))
        .as("PMY owns every case")
        .isEqualTo(ENTRIES);
  }

  @Test
  void entriesAreCountedPerHourAndActorAgencyInOneQuery() {
    AuditEntryFilter firstDay =
        new AuditEntryFilter(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(START),
            Optional.of(START.plusSeconds(3600 * 24)));
    List<HourlyCount> counts = log.countPerHourAndAgency(firstDay, reachOf("IMY"));
    // 1440 entries, one a minute from 22:30: the first hour bucket (22:00) holds 30 minutes
    assertThat(counts.stream().mapToLong(HourlyCount::count).sum()).isEqualTo(1440);
    assertThat(counts)
        .contains(new HourlyCount(Instant.parse("2026-11-30T22:00:00Z"), "MIG", 10))
        .contains(new HourlyCount(Instant.parse("2026-11-30T22:00:00Z"), "PMY", 20))
        .contains(new HourlyCount(Instant.parse("2026-12-01T05:00:00Z"), "MIG", 20))
        .contains(new HourlyCount(Instant.parse("2026-12-01T05:00:00Z"), "PMY", 40));
    assertThat(log.countPerHourAndAgency(firstDay, reachOf("MIG")))
        .extracting(HourlyCount::agency)
        .containsOnly("MIG");
  }
}
