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

/**
 * Integrates recorded events into the verifiable log and signs a checkpoint, every {@code
 * knutpunkt.audit.checkpoint-interval-ms} (default 200 ms) while events arrive — well within the
 * one second the design allows. One thread in this server; the integrator's row lock keeps servers
 * apart. Runs as the schema owner, the only role that may move events from the pending table into
 * the append-only log.
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
  private ScheduledFuture<?> schedule;
  private volatile boolean failing;

  @PostConstruct
  void start() {
    integrator = new LogIntegrator(signingKey.signerKey(), clock, maxBatch);
    tick(); // the first checkpoint before any request is served
    schedule =
        scheduler.scheduleWithFixedDelay(
            this::tick, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    LOG.info(
        () ->
            "Audit log "
                + signingKey.signerKey().name()
                + ": checkpoints every "
                + intervalMillis
                + " ms while events arrive; verifier key "
                + signingKey.verifierKey().encoded());
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  /**
   * Rounds until the pending events are taken; never throws, so the schedule keeps running. Never
   * runs twice at once: a fixed-delay schedule waits for the previous run.
   */
  private void tick() {
    try (Connection connection = ownerDataSource.getConnection()) {
      LogIntegrator.Round round;
      do {
        round = integrator.runRound(connection);
      } while (round.integrated() == maxBatch);
      if (failing) {
        failing = false;
        LOG.info("Audit log integration works again");
      }
    } catch (SQLException | RuntimeException e) {
      if (!failing) {
        // once per outage, not five times a second
        LOG.log(Level.SEVERE, "Audit log integration failed; retrying", e);
      }
      failing = true;
    }
  }
}
