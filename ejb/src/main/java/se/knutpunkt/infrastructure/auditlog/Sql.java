package se.knutpunkt.infrastructure.auditlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Multi-row statements in chunks: one round trip per few hundred rows, the same SQL on PostgreSQL
 * and H2, and no dependence on driver settings such as PostgreSQL's reWriteBatchedInserts.
 */
final class Sql {

  /** Fills the parameters of one row, starting at a given parameter number. */
  interface RowBinder<T> {
    void bind(PreparedStatement statement, int firstParameter, T row) throws SQLException;
  }

  private static final int ROWS_PER_STATEMENT = 500;

  private Sql() {}

  /** {@code insert into <table> (<columns>) values (?, ...), (?, ...), ...} for all rows. */
  static <T> void insertAll(
      Connection connection, String table, String[] columns, List<T> rows, RowBinder<T> binder)
      throws SQLException {
    String tuple = "(" + "?, ".repeat(columns.length - 1) + "?)";
    String head = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
      String sql = head + String.join(", ", java.util.Collections.nCopies(chunk.size(), tuple));
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        int parameter = 1;
        for (T row : chunk) {
          binder.bind(statement, parameter, row);
          parameter += columns.length;
        }
        statement.executeUpdate();
      }
    }
  }

  /** {@code delete from <table> where id in (...)} for all ids. */
  static void deleteIds(Connection connection, String table, List<Long> ids) throws SQLException {
    for (int from = 0; from < ids.size(); from += ROWS_PER_STATEMENT) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_STATEMENT));
      String sql =
          "delete from "
              + table
              + " where id in ("
              + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
              + ")";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          statement.setLong(i + 1, chunk.get(i));
        }
        int deleted = statement.executeUpdate();
        if (deleted != chunk.size()) {
          // another integrator took them: the row lock should make this impossible
          throw new SQLException(
              "expected to take " + chunk.size() + " pending audit events, took " + deleted);
        }
      }
    }
  }
}
