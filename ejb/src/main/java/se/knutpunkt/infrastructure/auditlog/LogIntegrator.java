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
import se.knutpunkt.security.auditlog.checkpoint.MalformedNoteException;
import se.knutpunkt.security.auditlog.checkpoint.NoteVerificationException;
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
  private boolean identityConfirmed;

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
      identityConfirmed = false;
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private Round integrate(Connection connection) throws SQLException {
    lock(connection);
    Optional<TreeSize> signedSize = newestCheckpointSize(connection);
    if (!identityConfirmed) {
      confirmIdentity(connection, signedSize);
    }
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
    List<byte[]> leaves = new ArrayList<>(batch.size());
    long index = size.value();
    for (Pending event : batch) {
      // the same bytes as event.atIndex(index).encode(): the writer stored the canonical form
      leaves.add(AuditLeaf.placedAt(event.bytes(), LeafIndex.of(index++)));
    }
    Integration integration = integrator.integrateLeaves(range, leaves);
    LogRows rows = LogRows.on(connection);
    rows.insert("audit_leaf", LEAF_COLUMNS, leafRows(size.value(), batch, leaves));
    JdbcSubtreeHashStore.addAll(integration.newSubtrees(), rows);
    deletePending(connection, batch);
    storeCheckpoint(
        connection, SignedCheckpoint.sign(new Checkpoint(origin, integration.head()), key));
    cached = integration.after();
    return new Round(size, integration.after().size(), true);
  }

  /**
   * One key signs one log: the database's recorded identity must be this key's. A database without
   * one gets it now, in the round's transaction — with the first checkpoint of a new log, or for a
   * log from before V14 once its newest checkpoint verifies with this key.
   */
  private void confirmIdentity(Connection connection, Optional<TreeSize> signedSize)
      throws SQLException {
    Optional<LogIdentity> recorded = LogIdentity.read(connection);
    if (recorded.isPresent()) {
      if (!recorded.get().isSignedBy(key)) {
        throw new LogIdentityException(LogKeyBinding.mismatch(recorded.get(), key));
      }
    } else {
      if (signedSize.isPresent()) {
        String note = newestNote(connection);
        try {
          SignedCheckpoint.open(note, key.verifierKey());
        } catch (MalformedNoteException | NoteVerificationException e) {
          throw new LogIdentityException(
              "The audit log in this database was not signed by this server's signing key "
                  + key.verifierKey().encoded()
                  + " ("
                  + e.getMessage()
                  + "). No checkpoint is signed: one key signs one log. Give the server the key"
                  + " file of this database's log, or start it on a fresh database.",
              e);
        }
      }
      LogIdentity.of(key).insert(connection, clock.instant());
    }
    identityConfirmed = true;
  }

  private static String newestNote(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "select note from audit_checkpoint order by tree_size desc fetch first 1 rows only");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getString(1);
    }
  }

  /** A recorded event: the canonical leaf bytes the writer stored (index 0), and what they say. */
  private record Pending(long id, byte[] bytes, AuditEvent event) {}

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
          byte[] bytes = rows.getBytes(2);
          // canonical bytes made by the writer; anything else was put there by hand
          batch.add(new Pending(id, bytes, AuditLeaf.decode(bytes).event()));
        }
      }
    }
    return batch;
  }

  /** The leaf rows: the entry's bytes and the copies /audit/entries filters on. */
  private static List<Object[]> leafRows(
      long firstIndex, List<Pending> batch, List<byte[]> leaves) {
    List<Object[]> rows = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      AuditEvent event = batch.get(i).event();
      rows.add(
          new Object[] {
            firstIndex + i,
            event.at(),
            event.actor().username(),
            event.actor().agency(),
            event.action().name(),
            event.outcome().name(),
            event.resource().caseId().orElse(null),
            event.resource().ownerAgency().orElse(null),
            leaves.get(i)
          });
    }
    return rows;
  }

  /** One statement for the whole batch; the row lock makes them ours to take. */
  private static void deletePending(Connection connection, List<Pending> batch)
      throws SQLException {
    Long[] ids = batch.stream().map(Pending::id).toArray(Long[]::new);
    try (PreparedStatement delete =
        connection.prepareStatement("delete from audit_pending where id = any(?)")) {
      delete.setArray(1, connection.createArrayOf("bigint", ids));
      int deleted = delete.executeUpdate();
      if (deleted != ids.length) {
        // another integrator took them: the row lock should make this impossible
        throw new SQLException(
            "expected to take " + ids.length + " pending audit events, took " + deleted);
      }
    }
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
