package se.knutpunkt.infrastructure.auditlog;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import se.knutpunkt.application.audit.AuditEntryFilter;
import se.knutpunkt.application.audit.AuditEntryPage;
import se.knutpunkt.application.audit.AuditLogService;
import se.knutpunkt.application.audit.AuditLogStore;
import se.knutpunkt.application.audit.StoredCosignature;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.merkle.ConsistencyProof;
import se.knutpunkt.security.auditlog.merkle.InclusionProof;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;
import se.knutpunkt.security.auditlog.merkle.MerkleTree;
import se.knutpunkt.security.auditlog.merkle.TreeSize;
import se.knutpunkt.security.policy.AuditReach;

/** The stored log read through the application's own connection (select rights only). */
@ApplicationScoped
public class JdbcAuditLog implements AuditLogStore {

  /** Entries an export reads a query. */
  private static final int EXPORT_PAGE = 1000;

  // never more lines than a note may carry
  static final int MAX_COSIGNATURES = AuditLogService.MAX_COSIGNATURES;

  @Resource(lookup = "jdbc/knutpunkt")
  DataSource dataSource;

  @Override
  public Optional<String> newestCheckpoint() {
    return read(
        connection -> {
          try (PreparedStatement query =
                  connection.prepareStatement(
                      "select note from audit_checkpoint order by tree_size desc"
                          + " fetch first 1 rows only");
              ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
          }
        });
  }

  @Override
  public Optional<String> checkpoint(TreeSize size) {
    return read(
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "select note from audit_checkpoint where tree_size = ?")) {
            query.setLong(1, size.value());
            try (ResultSet row = query.executeQuery()) {
              return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public Optional<TreeSize> newestCosignedBy(String witnessKey) {
    return read(
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "select max(tree_size) from audit_cosignature where witness_key = ?")) {
            query.setString(1, witnessKey);
            try (ResultSet row = query.executeQuery()) {
              row.next();
              long size = row.getLong(1);
              return row.wasNull() ? Optional.empty() : Optional.of(TreeSize.of(size));
            }
          }
        });
  }

  @Override
  public List<String> cosignatureLines(TreeSize size) {
    return read(
        connection -> {
          List<String> lines = new ArrayList<>();
          try (PreparedStatement query =
              connection.prepareStatement(
                  "select signature_line from audit_cosignature where tree_size = ?"
                      + " order by added_at, witness_key fetch first "
                      + MAX_COSIGNATURES
                      + " rows only")) {
            query.setLong(1, size.value());
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                lines.add(rows.getString(1));
              }
            }
          }
          return lines;
        });
  }

  @Override
  public boolean addCosignature(StoredCosignature stored) {
    return read(
        connection -> {
          String key = stored.cosignature().witness().encoded();
          try (PreparedStatement exists =
              connection.prepareStatement(
                  "select count(*) from audit_cosignature where tree_size = ? and witness_key = ?")) {
            exists.setLong(1, stored.size().value());
            exists.setString(2, key);
            try (ResultSet row = exists.executeQuery()) {
              row.next();
              if (row.getLong(1) > 0) {
                return false;
              }
            }
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "insert into audit_cosignature (tree_size, witness_key, witness_name, cosigned_at,"
                      + " signature_line, added_at, added_by) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, stored.size().value());
            insert.setString(2, key);
            insert.setString(3, stored.cosignature().witness().name().value());
            insert.setObject(
                4, OffsetDateTime.ofInstant(stored.cosignature().time(), ZoneOffset.UTC));
            insert.setString(5, stored.cosignature().line().strip());
            insert.setObject(6, OffsetDateTime.ofInstant(stored.addedAt(), ZoneOffset.UTC));
            insert.setString(7, stored.addedBy().value());
            insert.executeUpdate();
          }
          return true;
        });
  }

  @Override
  public List<byte[]> leaves(long start, long end) {
    return read(
        connection -> {
          List<byte[]> leaves = new ArrayList<>((int) (end - start));
          try (PreparedStatement query =
              connection.prepareStatement(
                  "select leaf from audit_leaf where idx >= ? and idx < ? order by idx")) {
            PostgresResults.binaryFromTheStart(query);
            query.setLong(1, start);
            query.setLong(2, end);
            query.setFetchSize(1000);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                leaves.add(rows.getBytes(1));
              }
            }
          }
          return leaves;
        });
  }

  @Override
  public InclusionProof inclusionProof(LeafIndex index, TreeSize size) {
    return read(
        connection ->
            new MerkleTree(new JdbcSubtreeHashStore(connection)).inclusionProof(index, size));
  }

  @Override
  public ConsistencyProof consistencyProof(TreeSize first, TreeSize second) {
    return read(
        connection ->
            new MerkleTree(new JdbcSubtreeHashStore(connection)).consistencyProof(first, second));
  }

  @Override
  public int denials(String actor, Instant from, Instant to, int upTo) {
    return read(
        connection -> {
          try (PreparedStatement count =
              connection.prepareStatement(
                  "select count(*) from (select 1 from audit_leaf where outcome = 'DENY'"
                      + " and actor = ? and recorded_at >= ? and recorded_at <= ?"
                      + " fetch first "
                      + upTo
                      + " rows only) denied")) {
            PostgresResults.plannedForItsValues(count);
            count.setString(1, actor);
            count.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            count.setObject(3, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            try (ResultSet row = count.executeQuery()) {
              row.next();
              return row.getInt(1);
            }
          }
        });
  }

  @Override
  public List<AuditLeaf> invitationEndings(Set<String> caseIds) {
    return leavesWhere(
        "case_id in ("
            + placeholders(caseIds.size())
            + ")"
            + " and action in ('invitation.revoke', 'invitation.expire')",
        new ArrayList<>(caseIds));
  }

  private List<AuditLeaf> leavesWhere(String where, List<Object> parameters) {
    if (parameters.isEmpty()) {
      return List.of();
    }
    return read(
        connection -> {
          List<AuditLeaf> found = new ArrayList<>();
          try (PreparedStatement query =
              connection.prepareStatement(
                  "select leaf from audit_leaf where " + where + " order by idx")) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                found.add(AuditLeaf.decode(rows.getBytes(1)));
              }
            }
          }
          return found;
        });
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(Math.max(count, 1), "?"));
  }

  /** A time range of at most this many matches is sorted rather than walked (see entries). */
  static final int SORTED_UP_TO = 100_000;

  @Override
  public AuditEntryPage entries(AuditEntryFilter filter, AuditReach reach, int page, int pageSize) {
    if (reach.isNothing()) {
      return new AuditEntryPage(List.of(), page, 0, false);
    }
    Where where = Where.of(filter, reach);
    boolean timeBounded = filter.from().isPresent() || filter.to().isPresent();
    return read(
        connection -> {
          long total;
          try (PreparedStatement count =
              connection.prepareStatement(
                  "select count(*) from (select 1 from audit_leaf"
                      + where.sql()
                      + " fetch first "
                      + ((timeBounded ? SORTED_UP_TO : AuditEntryPage.COUNTED_UP_TO) + 1)
                      + " rows only) matching")) {
            PostgresResults.plannedForItsValues(count);
            where.bind(count);
            try (ResultSet row = count.executeQuery()) {
              row.next();
              total = row.getLong(1);
            }
          }
          boolean atLeast = total > AuditEntryPage.COUNTED_UP_TO;
          // A time range's entries lie together in the log, but the planner takes them as spread
          // over it and walks the primary key back from the newest entry, through every entry
          // after the range (650 000 rows for a range a third into a million). When the range holds
          // few enough, its rows are fetched on the time index and sorted instead.
          boolean sortTheRange = timeBounded && total <= SORTED_UP_TO;
          List<AuditLeaf> entries = new ArrayList<>();
          try (PreparedStatement query =
              connection.prepareStatement(
                  (sortTheRange
                          ? "select leaf from (select idx, leaf from audit_leaf"
                              + where.sql()
                              + " offset 0) in_range"
                          : "select leaf from audit_leaf" + where.sql())
                      + " order by idx desc offset ? rows fetch next ? rows only")) {
            PostgresResults.plannedForItsValues(query);
            where.bind(query);
            query.setLong(where.parameters().size() + 1, (long) (page - 1) * pageSize);
            query.setInt(where.parameters().size() + 2, pageSize);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                entries.add(AuditLeaf.decode(rows.getBytes(1)));
              }
            }
          }
          return new AuditEntryPage(
              entries, page, atLeast ? AuditEntryPage.COUNTED_UP_TO : total, atLeast);
        });
  }

  @Override
  public long count(AuditEntryFilter filter, AuditReach reach, TreeSize size, long upTo) {
    if (reach.isNothing()) {
      return 0;
    }
    Where where = Where.of(filter, reach).below(size);
    return read(
        connection -> {
          try (PreparedStatement count =
              connection.prepareStatement(
                  "select count(*) from (select 1 from audit_leaf"
                      + where.sql()
                      + " fetch first "
                      + upTo
                      + " rows only) matching")) {
            where.bind(count);
            try (ResultSet row = count.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        });
  }

  @Override
  public void forEachEntry(
      AuditEntryFilter filter, AuditReach reach, TreeSize size, EntryVisitor visitor) {
    if (reach.isNothing()) {
      return;
    }
    Where where = Where.of(filter, reach).below(size);
    read(
        connection -> {
          MerkleTree tree = new MerkleTree(new BlockReadingSubtreeHashStore(connection));
          String sql =
              "select idx, leaf from audit_leaf"
                  + where.sql()
                  + " and idx > ? order by idx fetch first "
                  + EXPORT_PAGE
                  + " rows only";
          long after = -1;
          try (PreparedStatement query = connection.prepareStatement(sql)) {
            PostgresResults.binaryFromTheStart(query);
            while (true) {
              where.bind(query);
              query.setLong(where.parameters().size() + 1, after);
              int read = 0;
              try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                  read++;
                  after = rows.getLong(1);
                  byte[] leaf = rows.getBytes(2);
                  LeafIndex index = LeafIndex.of(after);
                  visitor.visit(
                      leaf, AuditLeaf.decode(leaf), () -> tree.inclusionProof(index, size));
                }
              }
              if (read < EXPORT_PAGE) {
                return null;
              }
            }
          }
        });
  }

  @Override
  public List<HourlyCount> countPerHourAndAgency(AuditEntryFilter filter, AuditReach reach) {
    if (reach.isNothing()) {
      return List.of();
    }
    Where where = Where.of(filter, reach);
    // seconds since the epoch in both H2 and PostgreSQL; an hour is the same in every time zone
    // Sweden has used, so the caller sums hours into Swedish days
    String hour = "floor(extract(epoch from recorded_at) / 3600)";
    return read(
        connection -> {
          List<HourlyCount> counts = new ArrayList<>();
          try (PreparedStatement query =
              connection.prepareStatement(
                  "select "
                      + hour
                      + ", actor_agency, count(*) from audit_leaf"
                      + where.sql()
                      + " group by "
                      + hour
                      + ", actor_agency")) {
            where.bind(query);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                counts.add(
                    new HourlyCount(
                        Instant.ofEpochSecond(rows.getLong(1) * 3600),
                        rows.getString(2),
                        rows.getLong(3)));
              }
            }
          }
          return counts;
        });
  }

  /** The where clause of a search within a reach, on the copied columns, and its parameters. */
  private record Where(String sql, List<Object> parameters) {

    static Where of(AuditEntryFilter filter, AuditReach reach) {
      StringBuilder where = new StringBuilder(" where 1 = 1");
      List<Object> parameters = new ArrayList<>();
      reach
          .agency()
          .ifPresent(
              agency -> {
                where.append(" and (actor_agency = ? or resource_owner = ?)");
                parameters.add(agency.value());
                parameters.add(agency.value());
              });
      condition(where, parameters, " and case_id = ?", filter.caseId());
      condition(where, parameters, " and actor = ?", filter.actor());
      condition(where, parameters, " and actor_agency = ?", filter.agency());
      condition(where, parameters, " and action = ?", filter.action());
      condition(where, parameters, " and outcome = ?", filter.outcome());
      condition(
          where,
          parameters,
          " and recorded_at >= ?",
          filter.from().map(at -> OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
      condition(
          where,
          parameters,
          " and recorded_at < ?",
          filter.to().map(at -> OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
      return new Where(where.toString(), parameters);
    }

    Where below(TreeSize size) {
      List<Object> more = new ArrayList<>(parameters);
      more.add(size.value());
      return new Where(sql + " and idx < ?", more);
    }

    void bind(PreparedStatement statement) throws SQLException {
      JdbcAuditLog.bind(statement, parameters);
    }
  }

  private static void condition(
      StringBuilder where, List<Object> parameters, String sql, Optional<?> value) {
    value.ifPresent(
        v -> {
          where.append(sql);
          parameters.add(v);
        });
  }

  private static void bind(PreparedStatement statement, List<Object> parameters)
      throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  private interface Read<T> {
    T from(Connection connection) throws SQLException;
  }

  private <T> T read(Read<T> read) {
    try (Connection connection = dataSource.getConnection()) {
      return read.from(connection);
    } catch (SQLException e) {
      throw new AuditStorageException("cannot read the audit log", e);
    }
  }
}
