import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import se.knutpunkt.security.auditlog.leaf.Actor;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditDetails;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.auditlog.leaf.AuditResource;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;

/**
 * Records N realistic audit events as the application's role would — canonical leaf bytes with
 * index 0 in audit_pending, ids from audit_pending_seq in EclipseLink's blocks of 50 — but with
 * binary COPY, 100 000 a transaction, so that a million take seconds instead of a million
 * requests. The running server's integrator then moves them into the log and signs checkpoints
 * with its own key, exactly as it does for events recorded by requests.
 *
 * <p>Args: jdbcUrl appUser appPassword count
 */
public class FillPending {

  private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
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
          byte[] event = event(from + i).atIndex(LeafIndex.of(0)).encode();
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

  /** The same mix as AuditLogBench: mean ~300 bytes, one in five a change with two HMACs. */
  private static AuditEvent event(int i) {
    UUID caseId = new UUID(0x4b6e7574L + i % 5_000, 0x8000_0000_0000_0000L | (i % 5_000));
    boolean write = i % 5 == 0;
    return new AuditEvent(
        START.plusMillis(i / 5),
        Actor.of(i % 3 == 0 ? "anna.pmy" : "maria.mig", i % 3 == 0 ? "PMY" : "MIG"),
        AuditAction.of(write ? "field.write" : "field.read"),
        i % 11 == 0 ? AuditOutcome.DENY : AuditOutcome.PERMIT,
        i % 11 == 0 ? "SECTION_NOT_IN_SCOPE" : "RELEASED_TO_READER",
        AuditResource.ofCase(caseId.toString(), "PMY")
            .withField("persons", "persons.p" + (i % 17) + ".identifiers.personnummer"),
        Optional.of(new UUID(i, ~i).toString()),
        Optional.of("10.20." + (i % 250) + "." + (i % 199)),
        write
            ? AuditDetails.of("old", "hmac-sha256:" + "A".repeat(43) + "=")
                .with("new", "hmac-sha256:" + "B".repeat(43) + "=")
            : AuditDetails.of("marking", "CONFIDENTIAL/PMY/CASE"));
  }
}
