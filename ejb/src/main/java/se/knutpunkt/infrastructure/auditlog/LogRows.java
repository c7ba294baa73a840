package se.knutpunkt.infrastructure.auditlog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * How the integrator adds rows to the log's append-only tables in its transaction: PostgreSQL's
 * binary {@code COPY} when the connection is PgJDBC's (the rows are most of a round's work), else
 * multi-row inserts (H2 in the tests). Either way the rows are part of the round's transaction.
 *
 * <p>A row is its column values in order, typed as the column: {@code Short} for smallint, {@code
 * Long} for bigint, {@code String} for text (the only nullable type), {@code byte[]} for bytea,
 * {@code Instant} for a timestamp with time zone.
 */
interface LogRows {

  void insert(String table, String[] columns, List<Object[]> rows) throws SQLException;

  static LogRows on(Connection connection) throws SQLException {
    return PostgresCopy.isPossibleOn(connection)
        ? PostgresCopy.on(connection)
        : new MultiRowInsert(connection);
  }
}
