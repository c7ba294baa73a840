package se.knutpunkt.infrastructure.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the newest version as the application is deployed, before any request is
 * served. Runs as the schema owner (its own pool); the application itself uses a role that may not
 * alter the schema or the audit trail.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = "jdbc/knutpunkt-owner")
  DataSource ownerDataSource;

  @Inject
  @ConfigProperty(name = "knutpunkt.db.app-role", defaultValue = "knutpunkt")
  String applicationRole;

  /**
   * The folder of the database's own migrations ({@code postgresql}, {@code h2}). Named here, not
   * with Flyway's {@code {vendor}} placeholder, which this Flyway left unresolved: the PostgreSQL
   * grants and triggers were silently skipped.
   */
  private String vendor() {
    try (Connection connection = ownerDataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell which database the schema is in", e);
    }
  }

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(SchemaMigrator.class.getClassLoader())
            .dataSource(ownerDataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
            .placeholders(Map.of("app_role", applicationRole))
            .failOnMissingLocations(false)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations run now, database "
                + result.database
                + ")");
  }
}
