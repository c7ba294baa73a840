import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import se.knutpunkt.infrastructure.auditlog.LogIntegrator;
import se.knutpunkt.infrastructure.auditlog.RoundPacing;
import se.knutpunkt.security.auditlog.checkpoint.KeyName;
import se.knutpunkt.security.auditlog.checkpoint.SignerKey;
import se.knutpunkt.security.auditlog.leaf.Actor;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditDetails;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.auditlog.leaf.AuditResource;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;

/**
 * Issue 5: sustained append rate on PostgreSQL with the checkpointer running (issue 10: on H2 as
 * well, to weigh the durable commit settings). Writers play audited
 * requests: each records one event in its own transaction as the application role (insert into
 * audit_pending + commit, what the writer adds to a request), paced to a target rate; one
 * integrator, as the schema owner, runs LogIntegrator every 200 ms exactly as Checkpointer does.
 * Reports the achieved rate, the added latency per audited request (p50/p99/max), and the
 * checkpoint lag: for each event, the time from its commit until a signed checkpoint covered it.
 *
 * <p>Args: jdbcBase (jdbc:postgresql://127.0.0.1:5432/db) appUser appPassword ownerUser
 * ownerPassword ratePerSecond seconds writers
 */
public class AppendBench {

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String appUser = args[1], appPassword = args[2], owner = args[3], ownerPassword = args[4];
    int rate = Integer.parseInt(args[5]);
    int seconds = Integer.parseInt(args[6]);
    int writers = Integer.parseInt(args[7]);

    Flyway.configure()
        .dataSource(url, owner, ownerPassword)
        .locations(
            url.startsWith("jdbc:h2:")
                ? new String[] {"classpath:db/migration/common"}
                : new String[] {"classpath:db/migration/common", "classpath:db/migration/postgresql"})
        .placeholders(Map.of("app_role", appUser))
        .load()
        .migrate();

    SignerKey key = SignerKey.generate(KeyName.of("bench.knutpunkt/audit"), new SecureRandom());
    LogIntegrator integrator = new LogIntegrator(key, Clock.systemUTC(), 10_000);
    RoundPacing pacing = new RoundPacing(INTERVAL_MILLIS, 10_000);
    int total = rate * seconds;
    long[] committedAt = new long[total];
    long[] latency = new long[total];
    AtomicLong sequence = new AtomicLong();
    List<long[]> checkpoints = new ArrayList<>(); // {nanoTime after commit, size}
    long baseSize;
    try (Connection c = DriverManager.getConnection(url, owner, ownerPassword)) {
      integrator.runRound(c);
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("select coalesce(max(tree_size), 0) from audit_checkpoint")) {
        r.next();
        baseSize = r.getLong(1);
      }
    }

    volatile_stop = false;
    Thread checkpointer =
        new Thread(
            () -> {
              try (Connection c = DriverManager.getConnection(url, owner, ownerPassword)) {
                while (!volatile_stop) {
                  // paced exactly as Checkpointer paces its rounds
                  long r0 = System.nanoTime();
                  LogIntegrator.Round round = integrator.runRound(c);
                  long took = System.nanoTime() - r0;
                  if (round.integrated() > 0) {
                    synchronized (rounds) {
                      rounds.add(new long[] {took, round.integrated()});
                    }
                  }
                  synchronized (checkpoints) {
                    checkpoints.add(new long[] {System.nanoTime(), round.after().value()});
                  }
                  long sleep = pacing.delayAfter(round, took / 1_000_000);
                  if (sleep > 0) Thread.sleep(sleep);
                }
              } catch (Exception e) {
                e.printStackTrace();
                System.exit(2);
              }
            });
    checkpointer.start();

    long startNanos = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      Thread t =
          new Thread(
              () -> {
                try (Connection c = DriverManager.getConnection(url, appUser, appPassword)) {
                  c.setAutoCommit(false);
                  PreparedStatement next = c.prepareStatement("select nextval('audit_pending_seq')");
                  PreparedStatement insert =
                      c.prepareStatement("insert into audit_pending (id, event) values (?, ?)");
                  long idBlock = 0, used = 50;
                  for (int n = writer; n < total; n += writers) {
                    long due = startNanos + (long) n * 1_000_000_000L / rate;
                    long wait = due - System.nanoTime();
                    if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    byte[] event = event(n).atIndex(LeafIndex.of(0)).encode();
                    long t0 = System.nanoTime();
                    if (used == 50) { // EclipseLink's preallocation: one nextval per 50 ids
                      try (ResultSet r = next.executeQuery()) {
                        r.next();
                        idBlock = r.getLong(1);
                      }
                      used = 0;
                    }
                    insert.setLong(1, idBlock - 49 + used++);
                    insert.setBytes(2, event);
                    insert.executeUpdate();
                    c.commit();
                    long t1 = System.nanoTime();
                    int i = (int) sequence.getAndIncrement();
                    committedAt[i] = t1;
                    latency[n] = t1 - t0;
                  }
                } catch (Exception e) {
                  e.printStackTrace();
                  System.exit(2);
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) t.join();
    long writeNanos = System.nanoTime() - startNanos;
    long target = baseSize + total;
    while (true) {
      synchronized (checkpoints) {
        if (!checkpoints.isEmpty() && checkpoints.get(checkpoints.size() - 1)[1] >= target) break;
      }
      Thread.sleep(20);
    }
    volatile_stop = true;
    checkpointer.join();

    // lag of the i-th commit: until the first checkpoint of size >= base + i + 1
    long[] lag = new long[total];
    int c = 0;
    for (int i = 0; i < total; i++) {
      while (checkpoints.get(c)[1] < baseSize + i + 1) c++;
      lag[i] = Math.max(0, checkpoints.get(c)[0] - committedAt[i]);
    }
    Arrays.sort(latency);
    Arrays.sort(lag);
    System.out.printf(
        "events %d, writers %d, target %d/s: achieved %.0f events/s over %.1f s%n",
        total, writers, rate, total / (writeNanos / 1e9), writeNanos / 1e9);
    System.out.printf(
        "added latency per audited request (insert + commit): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        pct(latency, 50), pct(latency, 99), latency[total - 1] / 1e6);
    System.out.printf(
        "checkpoint lag (commit -> covered by a signed checkpoint): p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
        pct(lag, 50), pct(lag, 99), lag[total - 1] / 1e6);
    System.out.printf(
        "checkpoints signed: %d (rounds every %d ms while events arrive)%n",
        rounds.size(), INTERVAL_MILLIS);
    long[] roundMs = rounds.stream().mapToLong(r -> r[0]).sorted().toArray();
    long[] batch = rounds.stream().mapToLong(r -> r[1]).sorted().toArray();
    System.out.printf(
        "integrator rounds with events: %d; duration p50 %.0f ms, p99 %.0f ms, max %.0f ms; batch p50 %d, max %d%n",
        roundMs.length, pct(roundMs, 50), pct(roundMs, 99), roundMs[roundMs.length - 1] / 1e6,
        batch[batch.length / 2], batch[batch.length - 1]);
  }

  /** knutpunkt.audit.checkpoint-interval-ms; the default unless -Dinterval=... */
  static final long INTERVAL_MILLIS = Long.getLong("interval", 200);

  static volatile boolean volatile_stop;
  static final List<long[]> rounds = new ArrayList<>();

  static double pct(long[] sorted, int p) {
    return sorted[(int) Math.min(sorted.length - 1, (long) sorted.length * p / 100)] / 1e6;
  }

  static AuditEvent event(int n) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String caseId = UUID.randomUUID().toString();
    AuditDetails details =
        n % 5 == 0
            ? AuditDetails.of(
                Map.of(
                    "new", "hmac-sha256:" + "A".repeat(43) + "=",
                    "old", "hmac-sha256:" + "B".repeat(43) + "=",
                    "version", Integer.toString(random.nextInt(100))))
            : AuditDetails.of(Map.of("level", "INTERNAL", "version", "1"));
    return new AuditEvent(
        Instant.now(),
        Actor.of("anna.pmy", "PMY"),
        AuditAction.of(n % 5 == 0 ? "field.write" : "field.read"),
        AuditOutcome.PERMIT,
        "RELEASED_TO_READER",
        AuditResource.ofCase(caseId, "PMY").withField("OVERVIEW", "overview.summary"),
        Optional.of(UUID.randomUUID().toString()),
        Optional.of("127.0.0.1"),
        details);
  }
}
