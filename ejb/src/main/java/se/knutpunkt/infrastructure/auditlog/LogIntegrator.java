package se.knutpunkt.infrastructure.auditlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.security.auditlog.checkpoint.Checkpoint;
import se.knutpunkt.security.auditlog.checkpoint.LogOrigin;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.SignerKey;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.merkle.CompactRange;
import se.knutpunkt.security.auditlog.merkle.Integration;
import se.knutpunkt.security.auditlog.merkle.Integrator;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;
import se.knutpunkt.security.auditlog.merkle.TreeSize;

/**
 * One round of the log's single writer (docs/audit-log.md, "Growing the log"): in one transaction
 * on a connection of the schema owner, lock the integrator row, take the committed pending events
 * in id order, give them the next indices, store their leaves and the subtree hashes they complete,
 * delete them from the pending table, and store a checkpoint signed over the new tree. A crash
 * before the commit loses nothing: the next round does the same again.
 *
 * <p>Not thread-safe; one per process, driven by {@link Checkpointer}. Across processes the row
 * lock keeps rounds apart, and the cached compact range is checked against the newest checkpoint
 * before every round.
 */
public final class LogIntegrator {

  private static final String[] LEAF_COLUMNS = {
    "idx",
    "recorded_at",
    "actor",
    "actor_agency",
    "action",
    "outcome",
    "case_id",
    "resource_owner",
    "leaf"
  };

  /** What a round did. */
  public record Round(TreeSize before, TreeSize after, boolean signed) {
    public long integrated() {
      return after.value() - before.value();
    }
  }

  private final SignerKey key;
  private final LogOrigin origin;
  private final Clock clock;
  private final int maxBatch;
  private final Integrator integrator = new Integrator();
  private CompactRange cached;

  public LogIntegrator(SignerKey key, Clock clock, int maxBatch) {
    this.key = Objects.requireNonNull(key);
    this.origin = LogOrigin.of(key.name());
    this.clock = Objects.requireNonNull(clock);
    if (maxBatch < 1) {
      throw new IllegalArgumentException("a round integrates at least one event");
    }
    this.maxBatch = maxBatch;
  }

  /** Runs one round and commits it; on any failure rolls back and forgets its cached state. */
  public Round runRound(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      Round round = integrate(connection);
      connection.commit();
      return round;
    } catch (SQLException | RuntimeException e) {
      cached = null;
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private Round integrate(Connection connection) throws SQLException {
    lock(connection);
    Optional<TreeSize> signedSize = newestCheckpointSize(connection);
    TreeSize size = signedSize.orElse(TreeSize.EMPTY);
    JdbcSubtreeHashStore store = new JdbcSubtreeHashStore(connection);
    CompactRange range =
        cached != null && cached.size().equals(size) ? cached : CompactRange.load(size, store);
    List<Pending> batch = takePending(connection);
    if (batch.isEmpty()) {
      if (signedSize.isEmpty()) {
        // the empty log gets its checkpoint too, so that /audit/checkpoint always answers
        storeCheckpoint(
            connection, SignedCheckpoint.sign(new Checkpoint(origin, range.head()), key));
        cached = range;
        return new Round(size, size, true);
      }
      cached = range;
      return new Round(size, size, false);
    }
    List<AuditLeaf> leaves = new ArrayList<>(batch.size());
    List<byte[]> leafBytes = new ArrayList<>(batch.size());
    long index = size.value();
    for (Pending event : batch) {
      AuditLeaf leaf = event.event().atIndex(LeafIndex.of(index++));
      leaves.add(leaf);
      leafBytes.add(leaf.encode());
    }
    Integration integration = integrator.integrateLeaves(range, leafBytes);
    storeLeaves(connection, leaves, leafBytes);
    store.addAll(integration.newSubtrees());
    Sql.deleteIds(connection, "audit_pending", batch.stream().map(Pending::id).toList());
    storeCheckpoint(
        connection, SignedCheckpoint.sign(new Checkpoint(origin, integration.head()), key));
    cached = integration.after();
    return new Round(size, integration.after().size(), true);
  }

  private record Pending(long id, AuditEvent event) {}

  private static void lock(Connection connection) throws SQLException {
    try (PreparedStatement lock =
            connection.prepareStatement(
                "select id from audit_integrator_lock where id = 1 for update");
        ResultSet row = lock.executeQuery()) {
      if (!row.next()) {
        throw new SQLException("the audit integrator's lock row is missing (migration V3)");
      }
    }
  }

  private static Optional<TreeSize> newestCheckpointSize(Connection connection)
      throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement("select max(tree_size) from audit_checkpoint");
        ResultSet row = query.executeQuery()) {
      row.next();
      long size = row.getLong(1);
      return row.wasNull() ? Optional.empty() : Optional.of(TreeSize.of(size));
    }
  }

  private List<Pending> takePending(Connection connection) throws SQLException {
    List<Pending> batch = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select id, event from audit_pending order by id fetch first ? rows only")) {
      query.setInt(1, maxBatch);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong(1);
          // canonical bytes made by the writer; anything else was put there by hand
          batch.add(new Pending(id, AuditLeaf.decode(rows.getBytes(2)).event()));
        }
      }
    }
    return batch;
  }

  private static void storeLeaves(Connection connection, List<AuditLeaf> leaves, List<byte[]> bytes)
      throws SQLException {
    List<Integer> positions = new ArrayList<>(leaves.size());
    for (int i = 0; i < leaves.size(); i++) {
      positions.add(i);
    }
    Sql.insertAll(
        connection,
        "audit_leaf",
        LEAF_COLUMNS,
        positions,
        (statement, p, i) -> {
          AuditLeaf leaf = leaves.get(i);
          AuditEvent event = leaf.event();
          statement.setLong(p, leaf.index().value());
          statement.setObject(p + 1, OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC));
          statement.setString(p + 2, event.actor().username());
          statement.setString(p + 3, event.actor().agency());
          statement.setString(p + 4, event.action().name());
          statement.setString(p + 5, event.outcome().name());
          statement.setString(p + 6, event.resource().caseId().orElse(null));
          statement.setString(p + 7, event.resource().ownerAgency().orElse(null));
          statement.setBytes(p + 8, bytes.get(i));
        });
  }

  private void storeCheckpoint(Connection connection, SignedCheckpoint checkpoint)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into audit_checkpoint (tree_size, signed_at, note) values (?, ?, ?)")) {
      insert.setLong(1, checkpoint.checkpoint().size().value());
      insert.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      insert.setString(3, checkpoint.text());
      insert.executeUpdate();
    }
  }
}
