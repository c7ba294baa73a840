package se.knutpunkt.infrastructure.auditlog;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.knutpunkt.security.auditlog.checkpoint.SignerKey;

/**
 * Integrates recorded events into the verifiable log and signs a checkpoint, every {@code
 * knutpunkt.audit.checkpoint-interval-ms} (default 200 ms) while events arrive — well within the
 * one second the design allows; {@link RoundPacing} says when the next round starts. One round at a
 * time in this server (each schedules the next); the integrator's row lock keeps servers apart.
 * Runs as the schema owner, the only role that may move events from the pending table into the
 * append-only log.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class Checkpointer {

  private static final Logger LOG = Logger.getLogger(Checkpointer.class.getName());

  @Resource(lookup = "jdbc/knutpunkt-owner")
  DataSource ownerDataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject AuditSigningKey signingKey;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "knutpunkt.audit.checkpoint-interval-ms", defaultValue = "200")
  long intervalMillis;

  @Inject
  @ConfigProperty(name = "knutpunkt.audit.max-batch", defaultValue = "10000")
  int maxBatch;

  private LogIntegrator integrator;
  private RoundPacing pacing;
  private volatile ScheduledFuture<?> next;
  private volatile boolean stopped;
  private volatile boolean failing;

  @PostConstruct
  void start() {
    SignerKey key;
    try (Connection connection = ownerDataSource.getConnection()) {
      key = signingKey.bind(connection);
    } catch (LogIdentityException e) {
      LOG.severe(() -> "Audit log: " + e.getMessage());
      return; // no rounds: nothing is signed; events wait in audit_pending
    } catch (SQLException e) {
      LOG.log(Level.SEVERE, "Audit log: cannot read the log's identity; nothing is signed", e);
      return;
    }
    integrator = new LogIntegrator(key, clock, maxBatch);
    pacing = new RoundPacing(intervalMillis, maxBatch);
    runAndScheduleNext(); // the first checkpoint before any request is served
    String rows = rowsAddedBy();
    LOG.info(
        () ->
            "Audit log "
                + signingKey.signerKey().name()
                + ": checkpoints every "
                + intervalMillis
                + " ms while events arrive, rows added by "
                + rows
                + "; verifier key "
                + signingKey.verifierKey().encoded());
  }

  /** Said at start: a pool whose connections hide PgJDBC's would fall back to inserts. */
  private String rowsAddedBy() {
    try (Connection connection = ownerDataSource.getConnection()) {
      return PostgresCopy.isPossibleOn(connection) ? "binary COPY" : "multi-row inserts";
    } catch (SQLException e) {
      return "(unknown: " + e.getMessage() + ")";
    }
  }

  @PreDestroy
  void stop() {
    stopped = true;
    ScheduledFuture<?> pending = next;
    if (pending != null) {
      pending.cancel(false);
    }
  }

  /** One round, then the next one scheduled: never two at once. */
  private void runAndScheduleNext() {
    long started = System.nanoTime();
    LogIntegrator.Round round = tick();
    long delay =
        round == null
            ? intervalMillis
            : pacing.delayAfter(round, (System.nanoTime() - started) / 1_000_000);
    if (!stopped) {
      next = scheduler.schedule(this::runAndScheduleNext, delay, TimeUnit.MILLISECONDS);
    }
  }

  /** One round; never throws, so the rounds keep coming. Null when the round failed. */
  private LogIntegrator.Round tick() {
    try (Connection connection = ownerDataSource.getConnection()) {
      LogIntegrator.Round round = integrator.runRound(connection);
      if (failing) {
        failing = false;
        LOG.info("Audit log integration works again");
      }
      return round;
    } catch (LogIdentityException e) {
      if (!failing) {
        LOG.severe(() -> "Audit log: " + e.getMessage());
      }
      failing = true;
      return null;
    } catch (SQLException | RuntimeException e) {
      if (!failing) {
        // once per outage, not five times a second
        LOG.log(Level.SEVERE, "Audit log integration failed; retrying", e);
      }
      failing = true;
      return null;
    }
  }
}
