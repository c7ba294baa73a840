package se.knutpunkt.infrastructure.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.knutpunkt.domain.agency.AgencyCode;

/**
 * Runs the migrations the way SchemaMigrator does on the embedded database: the common folder and
 * the vendor folder ({vendor} is "h2", which has none, so the PostgreSQL-only grants and triggers
 * stay out), against an in-memory H2 in H2's own mode, as the launcher's pool URL
 * (jdbc:h2:file:...) sets no MODE.
 */
class MigrationsOnH2Test {

  private static final String USER = "knutpunkt";
  private static final String PASSWORD = "knutpunkt";

  private String url;
  private Connection keepAlive;

  @BeforeEach
  void openDatabase() throws SQLException {
    url = "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    keepAlive = DriverManager.getConnection(url, USER, PASSWORD);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Statement statement = keepAlive.createStatement()) {
      statement.execute("shutdown");
    }
  }

  private Flyway flyway() {
    return Flyway.configure(getClass().getClassLoader())
        .dataSource(url, USER, PASSWORD)
        .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
        .placeholders(Map.of("app_role", "knutpunkt"))
        .failOnMissingLocations(false)
        .load();
  }

  @Test
  void allMigrationsApplyAndTheSecondRunHasNothingToDo() {
    MigrateResult first = flyway().migrate();
    assertThat(first.success).isTrue();
    List<String> shipped = shippedVersions();
    assertThat(shipped).startsWith("1", "2", "3");
    assertThat(first.migrations)
        .extracting(migration -> migration.version)
        .containsExactlyElementsOf(shipped);
    assertThat(first.targetSchemaVersion).isEqualTo(shipped.get(shipped.size() - 1));

    MigrateResult second = flyway().migrate();
    assertThat(second.migrationsExecuted).isZero();
    flyway().validate();
  }

  /** The versions of the common scripts in the build, in order: every one of them must apply. */
  private List<String> shippedVersions() {
    try {
      Path folder = Path.of(getClass().getClassLoader().getResource("db/migration/common").toURI());
      try (var files = Files.list(folder)) {
        return files
            .map(f -> f.getFileName().toString())
            .filter(n -> n.matches("V[0-9_]+__.*\\.sql"))
            .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
            .sorted(Comparator.comparing(MigrationVersion::fromVersion))
            .toList();
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theTablesAndSequencesExist() throws SQLException {
    flyway().migrate();
    assertThat(
            names("select table_name from information_schema.tables where table_schema = 'PUBLIC'"))
        .contains(
            "AGENCY",
            "USER_PROFILE",
            "CASE_FILE",
            "CASE_MEMBER",
            "FIELD_VALUE",
            "AUDIT_PENDING",
            "AUDIT_LEAF",
            "AUDIT_SUBTREE",
            "AUDIT_CHECKPOINT");
    assertThat(
            names(
                "select sequence_name from information_schema.sequences"
                    + " where sequence_schema = 'PUBLIC'"))
        .contains("CASE_MEMBER_SEQ", "FIELD_VALUE_SEQ", "AUDIT_PENDING_SEQ");
    assertThat(
            names("select table_name from information_schema.tables where table_schema = 'PUBLIC'"))
        .as("the skeleton's audit table is gone (V5)")
        .doesNotContain("AUDIT_ENTRY");
    assertThat(columns("CASE_MEMBER")).contains("SCOPE", "VALID_UNTIL");
    assertThat(columns("FIELD_VALUE"))
        .contains(
            "ID",
            "CASE_ID",
            "PATH",
            "VERSION",
            "CONTENT",
            "LEVEL",
            "OWNER_AGENCY",
            "RELEASABLE",
            "LEGAL_REFERENCE",
            "HANDLING_CODE",
            "AUTHOR",
            "AUTHOR_AGENCY",
            "WRITTEN_AT");
  }

  @Test
  void thePostgresqlFolderIsNotRun() throws SQLException {
    flyway().migrate();
    assertThat(names("select trigger_name from information_schema.triggers")).isEmpty();
    assertThat(
            names(
                "select routine_name from information_schema.routines"
                    + " where routine_schema = 'PUBLIC'"))
        .doesNotContain("REFUSE_AUDIT_CHANGE");
  }

  @Test
  void everyAgencyOfTheDesignIsSeededWithBothNames() throws SQLException {
    flyway().migrate();
    Map<String, String[]> agencies = new LinkedHashMap<>();
    try (Statement statement = keepAlive.createStatement();
        ResultSet rows = statement.executeQuery("select code, name_sv, name_en from agency")) {
      while (rows.next()) {
        agencies.put(rows.getString(1), new String[] {rows.getString(2), rows.getString(3)});
      }
    }
    assertThat(agencies.keySet())
        .containsExactlyInAnyOrder(
            "PMY",
            "MIG",
            "SKV",
            "FK",
            "AF",
            "PM",
            "EBM",
            "ÅM",
            "TV",
            "KFM",
            "KV",
            "KBV",
            "UBM",
            "BV",
            "SÄPO",
            "SSC",
            "IMY",
            "PLATFORM");
    assertThat(agencies.get("ÅM")[0]).isEqualTo("Åklagarmyndigheten");
    assertThat(agencies.get("SÄPO")[0]).isEqualTo("Säkerhetspolisen");
    assertThat(agencies.get("IMY")[0]).isEqualTo("Integritetsskyddsmyndigheten");
    assertThat(agencies.get("FK")[0]).isEqualTo("Försäkringskassan");
    for (Map.Entry<String, String[]> agency : agencies.entrySet()) {
      // the domain reads every seeded code back as an AgencyCode
      assertThat(AgencyCode.of(agency.getKey()).value()).isEqualTo(agency.getKey());
      assertThat(agency.getValue()[0]).isNotBlank();
      assertThat(agency.getValue()[1]).isNotBlank();
    }
  }

  @Test
  void theConstraintsHold() throws SQLException {
    flyway().migrate();
    String caseId = UUID.randomUUID().toString();
    try (Statement statement = keepAlive.createStatement()) {
      statement.execute(
          "insert into case_file (id, case_type, owner_agency, created_by, created_at, row_version)"
              + " values ('"
              + caseId
              + "', 'TIPS', 'PMY', 'anna.pmy', current_timestamp, 1)");
      assertThatThrownBy(
              () ->
                  statement.execute(
                      "insert into case_file (id, case_type, owner_agency, created_by, created_at,"
                          + " row_version) values ('"
                          + UUID.randomUUID()
                          + "', 'TIPS', 'XYZ', 'anna.pmy', current_timestamp, 1)"))
          .as("an owner that is no agency")
          .isInstanceOf(SQLException.class);
      String field =
          "insert into field_value (id, case_id, path, version, content, level, owner_agency,"
              + " releasable, author, author_agency, written_at) values (%d, '"
              + caseId
              + "', 'overview.title', %d, 'x', 'INTERNAL', 'PMY', 'CASE', 'anna.pmy', 'PMY',"
              + " current_timestamp)";
      statement.execute(String.format(field, 1, 1));
      assertThatThrownBy(() -> statement.execute(String.format(field, 2, 1)))
          .as("a second version 1 of the same field")
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> statement.execute(String.format(field, 3, 0)))
          .as("version 0")
          .isInstanceOf(SQLException.class);
      statement.execute(String.format(field, 4, 2));
    }
  }

  @Test
  void theSequencesHandOutBlocksOfFifty() throws SQLException {
    flyway().migrate();
    try (Statement statement = keepAlive.createStatement();
        ResultSet first = statement.executeQuery("select next value for field_value_seq")) {
      first.next();
      assertThat(first.getLong(1)).isEqualTo(50);
    }
    try (Statement statement = keepAlive.createStatement();
        ResultSet second = statement.executeQuery("select next value for field_value_seq")) {
      second.next();
      assertThat(second.getLong(1)).isEqualTo(100);
    }
  }

  private List<String> names(String query) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement statement = keepAlive.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private List<String> columns(String table) throws SQLException {
    return names(
        "select column_name from information_schema.columns where table_schema = 'PUBLIC'"
            + " and table_name = '"
            + table
            + "'");
  }
}
