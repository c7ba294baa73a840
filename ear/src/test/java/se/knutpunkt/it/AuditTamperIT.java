package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import se.knutpunkt.it.support.Api;
import se.knutpunkt.it.support.AuditCli;
import se.knutpunkt.it.support.Deployments;

/**
 * A database superuser edits, deletes and reorders audit rows behind the application's back (psql,
 * triggers bypassed); {@code knutpunkt cli audit verify} must fail and name the entry, and verify
 * again once the row is put back. PostgreSQL only: on H2 there is no superuser to defend against.
 */
@EnabledIfSystemProperty(named = "knutpunkt.db", matches = "postgresql")
@ExtendWith(ArquillianExtension.class)
class AuditTamperIT {

  @TempDir static Path state;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  @BeforeAll
  static void sayWhatRuns() {
    System.out.println("[knutpunkt] tamper tests run against PostgreSQL as superuser " + admin());
  }

  private static String admin() {
    return env("KNUTPUNKT_DB_ADMIN", "postgres");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static AuditCli.Run verify() throws Exception {
    return AuditCli.run("verify", "ivar.imy", state);
  }

  private static String psql(String sql) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1"));
    command.addAll(
        List.of(
            "-h", env("KNUTPUNKT_DB_HOST", "127.0.0.1"),
            "-p", env("KNUTPUNKT_DB_PORT", "5432"),
            "-U", admin(),
            "-d", env("KNUTPUNKT_TEST_DB_NAME", "knutpunkt_test"),
            "-c", "set session_replication_role = replica; " + sql));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("psql: " + output).isZero();
    return output.strip();
  }

  /** An entry of anna's, with at least one entry after it, integrated and signed. */
  private static long someEntry() throws Exception {
    Api anna = Api.as("anna.pmy");
    Api.Response created = anna.post("/cases", "{\"title\":\"Manipulerad\",\"type\":\"TIPS\"}");
    String id = created.json().getString("id");
    anna.get("/cases/" + id);
    Api ivar = Api.as("ivar.imy");
    for (int tries = 0; tries < 60; tries++) {
      List<JsonObject> found =
          ivar.get("/audit/entries?caseId=" + id).json().getJsonArray("entries").stream()
              .map(v -> v.asJsonObject())
              .toList();
      if (found.size() >= 2) {
        return found.get(found.size() - 1).getJsonNumber("index").longValue();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("anna's entries never reached the log");
  }

  private static void verifies() throws Exception {
    AuditCli.Run run = verify();
    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output()).contains("audit log verifies");
  }

  private static void failsNaming(String problem, long entry) throws Exception {
    AuditCli.Run run = verify();
    assertThat(run.exit()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains("does NOT verify").contains(problem + " at entry " + entry);
  }

  @Test
  void anEditedRowIsNamed() throws Exception {
    long k = someEntry();
    verifies(); // the verifier remembers the log as it was
    String original = psql("select encode(leaf, 'hex') from audit_leaf where idx = " + k);
    // the first letter of the actor's name: 1 version, 8 index, 8 time and 4 length bytes before it
    psql(
        "update audit_leaf set leaf = overlay(leaf placing '\\x62'::bytea from 22 for 1) where idx = "
            + k);
    failsNaming("ENTRY_CHANGED", k);
    psql("update audit_leaf set leaf = decode('" + original + "', 'hex') where idx = " + k);
    verifies();
  }

  @Test
  void aDeletedRowIsNamed() throws Exception {
    long k = someEntry();
    psql(
        "drop table if exists tamper_backup; create table tamper_backup as select * from audit_leaf where idx = "
            + k);
    psql("delete from audit_leaf where idx = " + k);
    failsNaming("ENTRY_OUT_OF_PLACE", k);
    psql("insert into audit_leaf select * from tamper_backup; drop table tamper_backup");
    verifies();
  }

  @Test
  void swappedRowsAreNamed() throws Exception {
    long k = someEntry();
    String swap =
        "update audit_leaf set idx = -1 where idx = "
            + k
            + "; "
            + "update audit_leaf set idx = "
            + k
            + " where idx = "
            + (k + 1)
            + "; "
            + "update audit_leaf set idx = "
            + (k + 1)
            + " where idx = -1";
    psql(swap);
    failsNaming("ENTRY_OUT_OF_PLACE", k);
    psql(swap);
    verifies();
  }

  @Test
  void theApplicationsOwnRolesCannotChangeTheLog() throws Exception {
    long k = someEntry();
    String owner = env("KNUTPUNKT_DB_OWNER", "knutpunkt_owner");
    for (String sql :
        List.of(
            "update audit_leaf set actor = 'x' where idx = " + k,
            "delete from audit_leaf where idx = " + k,
            "truncate audit_subtree",
            "delete from audit_checkpoint")) {
      Process process =
          new ProcessBuilder(
                  "psql",
                  "-X",
                  "-q",
                  "-v",
                  "ON_ERROR_STOP=1",
                  "-h",
                  env("KNUTPUNKT_DB_HOST", "127.0.0.1"),
                  "-p",
                  env("KNUTPUNKT_DB_PORT", "5432"),
                  "-U",
                  admin(),
                  "-d",
                  env("KNUTPUNKT_TEST_DB_NAME", "knutpunkt_test"),
                  "-c",
                  "set role " + owner + "; " + sql)
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(30, TimeUnit.SECONDS);
      assertThat(process.exitValue()).as(sql + " as the owner: " + output).isNotZero();
      assertThat(output).contains("append-only");
    }
    verifies();
  }
}
