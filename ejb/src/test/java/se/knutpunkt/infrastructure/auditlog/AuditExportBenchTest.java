package se.knutpunkt.infrastructure.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import se.knutpunkt.application.audit.AuditEntryFilter;
import se.knutpunkt.application.audit.AuditExport;
import se.knutpunkt.application.audit.AuditLogStore;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.user.Role;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.auditlog.checkpoint.KeyName;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.SignerKey;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;
import se.knutpunkt.security.auditlog.leaf.Actor;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditDetails;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.auditlog.leaf.AuditResource;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;
import se.knutpunkt.security.policy.AuditReach;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * How long an export of many entries takes, with every row's proof: run with {@code
 * -Dknutpunkt.bench.export=100000} (skipped otherwise; it builds a log of that many entries first),
 * on H2 in memory or, with {@code -Dknutpunkt.bench.url=jdbc:postgresql://...} (and {@code .user},
 * {@code .password}), on an empty PostgreSQL database.
 */
class AuditExportBenchTest {

  @Test
  @EnabledIfSystemProperty(named = "knutpunkt.bench.export", matches = "[0-9]+")
  void exportOfManyEntries() throws Exception {
    int entries = Integer.parseInt(System.getProperty("knutpunkt.bench.export"));
    SignerKey key = SignerKey.generate(KeyName.of("bench.knutpunkt/audit"), new SecureRandom());
    // H2 in memory, or an empty database named by -Dknutpunkt.bench.url (user, password)
    String url =
        System.getProperty(
            "knutpunkt.bench.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    String user = System.getProperty("knutpunkt.bench.user", "sa");
    String password = System.getProperty("knutpunkt.bench.password", "");
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration/common")
        .load()
        .migrate();
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      record(connection, entries);
      LogIntegrator integrator = new LogIntegrator(key, Clock.systemUTC(), 5000);
      while (integrator.runRound(connection).integrated() > 0) {}
    }
    JdbcAuditLog store = new JdbcAuditLog();
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL(url);
      dataSource.setUser(user);
      store.dataSource = dataSource;
    } else {
      org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
      dataSource.setURL(url);
      dataSource.setUser(user);
      dataSource.setPassword(password);
      store.dataSource = dataSource;
    }
    // the service makes exports once the caller may; the bench makes one directly
    var made =
        AuditExport.class.getDeclaredConstructor(
            AuditLogStore.class,
            SignedCheckpoint.class,
            VerifierKey.class,
            AuditEntryFilter.class,
            AuditReach.class,
            Predicate.class,
            String.class,
            Instant.class,
            long.class);
    made.setAccessible(true);
    SignedCheckpoint checkpoint =
        SignedCheckpoint.open(store.newestCheckpoint().orElseThrow(), key.verifierKey());
    for (int run = 0; run < 3; run++) {
      AuditExport export =
          made.newInstance(
              store,
              checkpoint,
              key.verifierKey(),
              AuditEntryFilter.none(),
              new PolicyDecisionPoint(Clock.systemUTC())
                  .auditReach(
                      new Subject(
                          new Username("ivar.imy"),
                          AgencyCode.IMY,
                          EnumSet.of(Role.AUDITOR),
                          Optional.empty())),
              (Predicate<AuditLeaf>) leaf -> true,
              "ivar.imy (IMY)",
              Instant.now(),
              (long) entries);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long started = System.nanoTime();
      export.writeTo(out);
      long millis = (System.nanoTime() - started) / 1_000_000;
      String csv = out.toString(StandardCharsets.UTF_8);
      assertThat(csv).endsWith("# end of export: " + entries + " rows\r\n");
      System.out.printf(
          "%s export of %d entries with proofs: %d ms, %d MB%n",
          url.split(":")[1], entries, millis, out.size() / 1_000_000);
    }
  }

  private static void record(Connection connection, int entries) throws SQLException, IOException {
    try (PreparedStatement insert =
        connection.prepareStatement("insert into audit_pending (id, event) values (?, ?)")) {
      for (int n = 0; n < entries; n++) {
        insert.setLong(1, n + 1);
        insert.setBytes(
            2,
            new AuditEvent(
                    Instant.ofEpochMilli(1_796_000_000_000L + 1000L * n),
                    Actor.of("anna.pmy", "PMY"),
                    AuditAction.of("field.read"),
                    AuditOutcome.PERMIT,
                    "MEMBER_OF_CASE",
                    AuditResource.ofCase(
                            UUID.nameUUIDFromBytes(Integer.toString(n / 50).getBytes()).toString(),
                            "PMY")
                        .withField("overview", "overview.summary"),
                    Optional.of(UUID.randomUUID().toString()),
                    Optional.of("127.0.0.1"),
                    AuditDetails.of(Map.of("values", "12")))
                .atIndex(LeafIndex.of(0))
                .encode());
        insert.addBatch();
        if (n % 5000 == 4999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
  }
}
