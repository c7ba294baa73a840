package se.knutpunkt.infrastructure.auditlog;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGStatement;

/**
 * Asks PgJDBC for binary results from a statement's first execution. By default it switches to
 * binary only after five executions on one connection, so a verifier's first pages of leaves arrive
 * as hex text, twice the bytes, encoded by the server and decoded by the driver.
 */
final class PostgresResults {

  private PostgresResults() {}

  static void binaryFromTheStart(PreparedStatement statement) throws SQLException {
    if (statement.isWrapperFor(PGStatement.class)) {
      // a negative threshold is PgJDBC's "force binary transfers"
      statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
    }
  }

  /**
   * Has the statement planned for the values it is run with, every time. After five runs PgJDBC
   * prepares it on the server, which may then plan once for any value: for the auditor's search
   * that generic plan walked the denials of everyone instead of one person's within the range.
   */
  static void plannedForItsValues(PreparedStatement statement) throws SQLException {
    if (statement.isWrapperFor(PGStatement.class)) {
      statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
  }
}
