package se.knutpunkt.infrastructure.auditlog;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * {@link LogRows} as {@code COPY <table> (<columns>) FROM STDIN (FORMAT binary)} on the round's own
 * connection and transaction. Profiling the integrator under load showed the multi-row inserts of
 * leaf rows as the largest part of a round; binary COPY spares the server parsing thousands of
 * parameters and hex, and the driver binding them (docs/benchmarks.md).
 *
 * <p>Binary format: PostgreSQL documentation, "COPY", "Binary Format".
 */
final class PostgresCopy implements LogRows {

  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0
  };
  private static final long POSTGRES_EPOCH_SECOND = 946_684_800L; // 2000-01-01T00:00:00Z

  private final CopyManager copy;

  private PostgresCopy(CopyManager copy) {
    this.copy = copy;
  }

  /** A pooled connection is a wrapper; COPY needs the PgJDBC connection inside it. */
  static boolean isPossibleOn(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }

  static PostgresCopy on(Connection connection) throws SQLException {
    return new PostgresCopy(connection.unwrap(PGConnection.class).getCopyAPI());
  }

  @Override
  public void insert(String table, String[] columns, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    byte[] data = encode(rows);
    CopyIn in =
        copy.copyIn(
            "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format binary)");
    try {
      in.writeToCopy(data, 0, data.length);
      long added = in.endCopy();
      if (added != rows.size()) {
        throw new SQLException("copied " + added + " rows into " + table + ", not " + rows.size());
      }
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  static byte[] encode(List<Object[]> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + rows.size() * 400);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(SIGNATURE);
      out.writeInt(0); // flags: no OIDs
      out.writeInt(0); // no header extension
      for (Object[] row : rows) {
        out.writeShort(row.length);
        for (Object value : row) {
          field(out, value);
        }
      }
      out.writeShort(-1); // trailer
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
    return bytes.toByteArray();
  }

  private static void field(DataOutputStream out, Object value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
    } else if (value instanceof Short number) {
      out.writeInt(2);
      out.writeShort(number);
    } else if (value instanceof Long number) {
      out.writeInt(8);
      out.writeLong(number);
    } else if (value instanceof String text) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    } else if (value instanceof byte[] raw) {
      out.writeInt(raw.length);
      out.write(raw);
    } else if (value instanceof Instant at) {
      // microseconds since 2000-01-01 UTC (integer datetimes, PostgreSQL's only kind since 10)
      out.writeInt(8);
      out.writeLong(
          Math.addExact(
              Math.multiplyExact(at.getEpochSecond() - POSTGRES_EPOCH_SECOND, 1_000_000L),
              at.getNano() / 1000));
    } else {
      throw new IllegalArgumentException("no binary COPY form for " + value.getClass());
    }
  }
}
