import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;

/**
 * Records N realistic audit events (those of AuditLogBench) as the application's role would — canonical leaf bytes with
 * index 0 in audit_pending, ids from audit_pending_seq in EclipseLink's blocks of 50 — but with
 * binary COPY, 100 000 a transaction, so that a million take seconds instead of a million
 * requests. The running server's integrator then moves them into the log and signs checkpoints
 * with its own key, exactly as it does for events recorded by requests.
 *
 * <p>Args: jdbcUrl appUser appPassword count
 */
public class FillPending {

  private static final int CHUNK = 100_000;

  public static void main(String[] args) throws Exception {
    String url = args[0], user = args[1], password = args[2];
    int count = Integer.parseInt(args[3]);
    long t0 = System.nanoTime();
    long bytes = 0;
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      connection.setAutoCommit(false);
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      for (int from = 0; from < count; from += CHUNK) {
        int n = Math.min(CHUNK, count - from);
        long[] ids = ids(connection, n);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(n * 330);
        DataOutputStream out = new DataOutputStream(buffer);
        out.write(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0});
        out.writeInt(0);
        out.writeInt(0);
        for (int i = 0; i < n; i++) {
          byte[] event = AuditLogBench.event(from + i).atIndex(LeafIndex.of(0)).encode();
          bytes += event.length;
          out.writeShort(2);
          out.writeInt(8);
          out.writeLong(ids[i]);
          out.writeInt(event.length);
          out.write(event);
        }
        out.writeShort(-1);
        copy.copyIn(
            "copy audit_pending (id, event) from stdin (format binary)",
            new ByteArrayInputStream(buffer.toByteArray()));
        connection.commit();
      }
    }
    System.out.printf(
        "recorded %,d pending events (mean %.0f bytes) in %.1f s%n",
        count, (double) bytes / count, (System.nanoTime() - t0) / 1e9);
  }

  /** n fresh ids: one nextval per 50, as EclipseLink preallocates them. */
  private static long[] ids(Connection connection, int n) throws Exception {
    long[] ids = new long[n];
    int blocks = (n + 49) / 50;
    try (Statement s = connection.createStatement();
        ResultSet rows =
            s.executeQuery(
                "select nextval('audit_pending_seq') from generate_series(1, " + blocks + ")")) {
      int i = 0;
      while (rows.next()) {
        long last = rows.getLong(1);
        for (long id = last - 49; id <= last && i < n; id++) {
          ids[i++] = id;
        }
      }
    }
    return ids;
  }
}
