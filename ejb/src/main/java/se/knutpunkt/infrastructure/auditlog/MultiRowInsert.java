package se.knutpunkt.infrastructure.auditlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

/**
 * {@link LogRows} as multi-row inserts in chunks: one round trip per few hundred rows, the same SQL
 * on every database, and no dependence on driver settings such as PostgreSQL's
 * reWriteBatchedInserts.
 */
final class MultiRowInsert implements LogRows {

  private static final int ROWS_PER_STATEMENT = 500;

  private final Connection connection;

  MultiRowInsert(Connection connection) {
    this.connection = connection;
  }

  @Override
  public void insert(String table, String[] columns, List<Object[]> rows) throws SQLException {
    String tuple = "(" + "?, ".repeat(columns.length - 1) + "?)";
    String head = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
      String sql = head + String.join(", ", Collections.nCopies(chunk.size(), tuple));
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        int parameter = 1;
        for (Object[] row : chunk) {
          for (Object value : row) {
            bind(statement, parameter++, value);
          }
        }
        statement.executeUpdate();
      }
    }
  }

  private static void bind(PreparedStatement statement, int parameter, Object value)
      throws SQLException {
    if (value == null) {
      statement.setNull(parameter, Types.VARCHAR);
    } else if (value instanceof Instant at) {
      statement.setObject(parameter, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    } else if (value instanceof byte[] bytes) {
      statement.setBytes(parameter, bytes);
    } else {
      statement.setObject(parameter, value);
    }
  }
}
