package se.knutpunkt.infrastructure.auditlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import se.knutpunkt.security.auditlog.merkle.CompactRange;
import se.knutpunkt.security.auditlog.merkle.Integrator;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;
import se.knutpunkt.security.auditlog.merkle.MerkleTree;
import se.knutpunkt.security.auditlog.merkle.TreeHasher;
import se.knutpunkt.security.auditlog.merkle.TreeHead;
import se.knutpunkt.security.auditlog.merkle.TreeSize;
import se.knutpunkt.security.auditlog.verify.LogVerifier;
import se.knutpunkt.security.auditlog.verify.VerificationReport;
import se.knutpunkt.security.auditlog.verify.VerificationRun;

/**
 * The integrator and the stored tree against the real migrations on H2: events recorded in any
 * number get dense indices in the order they are taken, every round signs a checkpoint an outside
 * verifier accepts, and restarts, rival integrators and failed rounds never fork the log.
 */
class LogIntegratorTest {

  private static final SignerKey KEY =
      SignerKey.generate(KeyName.of("test.knutpunkt/audit"), new SecureRandom());
  private Connection connection;
  private long nextPendingId = 1;

  @BeforeEach
  void migrate() throws SQLException {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration/common")
        .load()
        .migrate();
    connection = DriverManager.getConnection(url, "sa", "");
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  private static AuditEvent event(int n) {
    return new AuditEvent(
        Instant.ofEpochMilli(1_700_000_000_000L + n),
        Actor.of("anna.pmy", "PMY"),
        AuditAction.of("case.read"),
        n % 3 == 0 ? AuditOutcome.DENY : AuditOutcome.PERMIT,
        "MEMBER_OF_CASE",
        AuditResource.ofCase(UUID.nameUUIDFromBytes(new byte[] {(byte) n}).toString(), "PMY"),
        Optional.of("request-" + n),
        Optional.empty(),
        AuditDetails.of(Map.of("n", Integer.toString(n))));
  }

  private void record(int count) throws SQLException {
    for (int n = 0; n < count; n++) {
      try (PreparedStatement insert =
          connection.prepareStatement("insert into audit_pending (id, event) values (?, ?)")) {
        long id = nextPendingId++;
        insert.setLong(1, id);
        insert.setBytes(2, event((int) id).atIndex(LeafIndex.of(0)).encode());
        insert.executeUpdate();
      }
    }
  }

  private List<byte[]> storedLeaves() throws SQLException {
    List<byte[]> leaves = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement("select leaf from audit_leaf order by idx");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        leaves.add(rows.getBytes(1));
      }
    }
    return leaves;
  }

  private String newestNote() throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "select note from audit_checkpoint order by tree_size desc fetch first 1 rows only");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getString(1);
    }
  }

  private long count(String table) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("select count(*) from " + table);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private VerificationReport verify() throws SQLException {
    VerificationRun run = new LogVerifier(KEY.verifierKey()).start(newestNote(), Optional.empty());
    storedLeaves().forEach(run::accept);
    return run.finish();
  }

  @Test
  void theEmptyLogHasASignedCheckpointOfSizeZero() throws SQLException {
    LogIntegrator.Round round = new LogIntegrator(KEY, Clock.systemUTC(), 100).runRound(connection);
    assertThat(round.signed()).isTrue();
    SignedCheckpoint checkpoint = SignedCheckpoint.open(newestNote(), KEY.verifierKey());
    assertThat(checkpoint.checkpoint().head()).isEqualTo(TreeHead.empty());
    assertThat(new LogIntegrator(KEY, Clock.systemUTC(), 100).runRound(connection).signed())
        .as("nothing new, nothing signed")
        .isFalse();
  }

  @Test
  void recordedEventsGetDenseIndicesInTheOrderTakenAndEveryRoundSigns() throws SQLException {
    LogIntegrator integrator = new LogIntegrator(KEY, Clock.systemUTC(), 300);
    record(1000);
    List<Long> sizes = new ArrayList<>();
    LogIntegrator.Round round;
    do {
      round = integrator.runRound(connection);
      sizes.add(round.after().value());
    } while (round.integrated() > 0);
    assertThat(sizes).containsExactly(300L, 600L, 900L, 1000L, 1000L);
    assertThat(count("audit_pending")).isZero();

    List<byte[]> leaves = storedLeaves();
    assertThat(leaves).hasSize(1000);
    for (int i = 0; i < leaves.size(); i++) {
      AuditLeaf leaf = AuditLeaf.decode(leaves.get(i));
      assertThat(leaf.index().value()).isEqualTo(i);
      assertThat(leaf.event()).isEqualTo(event(i + 1));
    }
    assertThat(count("audit_checkpoint")).isEqualTo(4);
    VerificationReport report = verify();
    assertThat(report.verified()).as(report.summary()).isTrue();
    assertThat(report.entriesChecked()).isEqualTo(1000);
  }

  @Test
  void proofsFromTheStoredTreeVerifyAgainstTheSignedRoot() throws SQLException {
    LogIntegrator integrator = new LogIntegrator(KEY, Clock.systemUTC(), 37);
    record(100);
    for (int i = 0; i < 5; i++) {
      integrator.runRound(connection);
    }
    TreeHead early = SignedCheckpoint.open(newestNote(), KEY.verifierKey()).checkpoint().head();
    while (integrator.runRound(connection).integrated() > 0) {}
    TreeHead head = SignedCheckpoint.open(newestNote(), KEY.verifierKey()).checkpoint().head();
    assertThat(head.size()).isEqualTo(TreeSize.of(100));

    List<byte[]> leaves = storedLeaves();
    assertThat(head)
        .isEqualTo(new Integrator().integrateLeaves(CompactRange.empty(), leaves).head());
    MerkleTree tree = new MerkleTree(new JdbcSubtreeHashStore(connection));
    TreeHasher hasher = new TreeHasher();
    for (int i = 0; i < leaves.size(); i++) {
      assertThat(
              tree.inclusionProof(LeafIndex.of(i), head.size())
                  .verifies(hasher.leafHash(leaves.get(i)), head))
          .isTrue();
    }
    assertThat(tree.consistencyProof(early.size(), head.size()).verifies(early, head)).isTrue();
  }

  @Test
  void aRestartedOrRivalIntegratorContinuesTheSameLog() throws SQLException {
    LogIntegrator first = new LogIntegrator(KEY, Clock.systemUTC(), 50);
    LogIntegrator second = new LogIntegrator(KEY, Clock.systemUTC(), 70);
    record(60);
    first.runRound(connection);
    record(60);
    second.runRound(connection);
    record(60);
    first.runRound(connection); // its cached state is stale: it must reload, not fork
    while (second.runRound(connection).integrated() > 0) {}
    assertThat(count("audit_leaf")).isEqualTo(180);
    VerificationReport report = verify();
    assertThat(report.verified()).as(report.summary()).isTrue();
  }

  @Test
  void aFailedRoundLeavesNothingBehindAndTheNextOneIntegratesTheSameEvents() throws SQLException {
    LogIntegrator integrator = new LogIntegrator(KEY, Clock.systemUTC(), 100);
    record(10);
    integrator.runRound(connection);
    record(5);
    try (PreparedStatement forged =
        connection.prepareStatement("insert into audit_pending (id, event) values (?, ?)")) {
      forged.setLong(1, nextPendingId++);
      forged.setBytes(2, new byte[] {1, 2, 3});
      forged.executeUpdate();
    }
    assertThatThrownBy(() -> integrator.runRound(connection))
        .hasMessageContaining("leaf"); // the hand-made row is refused, the whole round undone
    assertThat(count("audit_leaf")).isEqualTo(10);
    assertThat(count("audit_pending")).isEqualTo(6);

    try (PreparedStatement remove =
        connection.prepareStatement("delete from audit_pending where id = ?")) {
      remove.setLong(1, nextPendingId - 1);
      remove.executeUpdate();
    }
    integrator.runRound(connection);
    assertThat(count("audit_leaf")).isEqualTo(15);
    VerificationReport report = verify();
    assertThat(report.verified()).as(report.summary()).isTrue();
  }

  @Test
  void theFirstCheckpointRecordsTheLogsIdentityAndAnotherKeySignsNothing() throws SQLException {
    new LogIntegrator(KEY, Clock.systemUTC(), 100).runRound(connection);
    assertThat(LogIdentity.read(connection)).contains(LogIdentity.of(KEY));

    SignerKey other = SignerKey.generate(KEY.name(), new SecureRandom());
    record(3);
    assertThatThrownBy(() -> new LogIntegrator(other, Clock.systemUTC(), 100).runRound(connection))
        .isInstanceOf(LogIdentityException.class)
        .hasMessageContaining(KEY.verifierKey().encoded())
        .hasMessageContaining(other.verifierKey().encoded());
    assertThat(count("audit_checkpoint")).as("nothing signed by the other key").isEqualTo(1);
    assertThat(count("audit_pending")).as("the events wait").isEqualTo(3);

    new LogIntegrator(KEY, Clock.systemUTC(), 100).runRound(connection);
    assertThat(count("audit_leaf")).isEqualTo(3);
    assertThat(verify().verified()).isTrue();
  }

  @Test
  void aLogFromBeforeTheIdentityIsAdoptedOnlyByTheKeyThatSignedIt() throws SQLException {
    record(2);
    new LogIntegrator(KEY, Clock.systemUTC(), 100).runRound(connection);
    try (PreparedStatement forget = connection.prepareStatement("delete from audit_log_identity")) {
      forget.executeUpdate(); // as a database migrated to V14 from before it
    }
    record(1);
    SignerKey other = SignerKey.generate(KEY.name(), new SecureRandom());
    assertThatThrownBy(() -> new LogIntegrator(other, Clock.systemUTC(), 100).runRound(connection))
        .isInstanceOf(LogIdentityException.class)
        .hasMessageContaining("not signed by this server's signing key");
    assertThat(LogIdentity.read(connection)).isEmpty();

    new LogIntegrator(KEY, Clock.systemUTC(), 100).runRound(connection);
    assertThat(LogIdentity.read(connection)).contains(LogIdentity.of(KEY));
    assertThat(count("audit_leaf")).isEqualTo(3);
  }
}
