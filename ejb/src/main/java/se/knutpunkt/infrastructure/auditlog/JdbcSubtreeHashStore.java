package se.knutpunkt.infrastructure.auditlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.merkle.Subtree;
import se.knutpunkt.security.auditlog.merkle.SubtreeHash;
import se.knutpunkt.security.auditlog.merkle.SubtreeHashStore;

/**
 * The stored subtree hashes in table {@code audit_subtree}, read over one connection: a proof or a
 * root is one query per level descended. Rows are only ever added, by the integrator.
 *
 * <p>Keeps level 0 (the leaf hashes) and every fourth level above it, like tiles: about 1.07 rows
 * per leaf instead of 2, which halves the integrator's inserts. {@link
 * se.knutpunkt.security.auditlog.merkle.MerkleTree} rebuilds a level in between from at most 8
 * stored descendants (three more small queries per proof).
 */
public final class JdbcSubtreeHashStore implements SubtreeHashStore {

  private static final int KEYS_PER_QUERY = 200;
  private static final String[] COLUMNS = {"level", "idx", "hash"};
  private static final int KEPT_LEVEL_STEP = 4;

  private final Connection connection;

  public JdbcSubtreeHashStore(Connection connection) {
    this.connection = connection;
  }

  @Override
  public Optional<MerkleHash> find(Subtree subtree) {
    return Optional.ofNullable(findAll(List.of(subtree)).get(subtree));
  }

  @Override
  public Map<Subtree, MerkleHash> findAll(Collection<Subtree> subtrees) {
    List<Subtree> wanted = new ArrayList<>(subtrees);
    Map<Subtree, MerkleHash> found = new HashMap<>();
    for (int from = 0; from < wanted.size(); from += KEYS_PER_QUERY) {
      List<Subtree> chunk = wanted.subList(from, Math.min(wanted.size(), from + KEYS_PER_QUERY));
      String sql =
          "select level, idx, hash from audit_subtree where (level, idx) in ("
              + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?)"))
              + ")";
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        int parameter = 1;
        for (Subtree subtree : chunk) {
          query.setInt(parameter++, subtree.level());
          query.setLong(parameter++, subtree.index());
        }
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            found.put(
                new Subtree(rows.getInt(1), rows.getLong(2)), MerkleHash.of(rows.getBytes(3)));
          }
        }
      } catch (SQLException e) {
        throw new AuditStorageException("cannot read the audit log's subtree hashes", e);
      }
    }
    return found;
  }

  static boolean keeps(int level) {
    return level % KEPT_LEVEL_STEP == 0;
  }

  /** Adds the rows an integration made; in the integrator's transaction. */
  static void addAll(List<SubtreeHash> hashes, LogRows rows) throws SQLException {
    rows.insert(
        "audit_subtree",
        COLUMNS,
        hashes.stream()
            .filter(row -> keeps(row.level()))
            .map(row -> new Object[] {(short) row.level(), row.index(), row.hash().bytes()})
            .toList());
  }
}
