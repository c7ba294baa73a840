package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.knutpunkt.it.support.Api;
import se.knutpunkt.it.support.AuditCsv;
import se.knutpunkt.it.support.Browser;
import se.knutpunkt.it.support.Deployments;
import se.knutpunkt.it.support.Settings;

/**
 * The auditor's workspace in a browser (issue 14, its search): ivar.imy finds who read a case and
 * when, by the case's id, sees the accesses per day and agency in a chart (and as a table), exports
 * what the search found as a CSV file, then everything one of its readers did — paths and markings,
 * never the case's content; the page passes axe.
 */
@ExtendWith(ArquillianExtension.class)
class AuditWorkspaceE2EIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  @Test
  void theSupervisoryAuditorFindsWhoReadACaseAndWhatTheyDid() throws Exception {
    Api anna = Api.as("anna.pmy");
    String id =
        anna.post("/cases", "{\"title\":\"Granskad läsning\",\"type\":\"TIPS\"}")
            .json()
            .getString("id");
    assertThat(
            anna.put(
                    "/cases/" + id + "/fields/overview.summary",
                    "{\"value\":\"Hemlig sammanfattning\",\"baseVersion\":0,\"marking\":{\"level\":\"CONFIDENTIAL\","
                        + "\"legalReference\":\"OSL 35 kap. 1 §\"}}")
                .status())
        .isEqualTo(200);
    assertThat(Api.as("erik.pmy").get("/cases/" + id).status()).isEqualTo(404);
    assertThat(anna.get("/cases/" + id).status()).isEqualTo(200);
    Thread.sleep(1_500); // the log takes its entries in within a second

    try (Browser ivar = Browser.open()) {
      ivar.go(Settings.baseUrl() + "/");
      ivar.signInAs("ivar.imy");
      ivar.waitFor(d -> d.getCurrentUrl().endsWith("/audit.xhtml"));
      ivar.type("search:caseId", id);
      ivar.click("search:go");
      // the search has answered when every row is of this case (before it, the newest of all)
      String[] read = new String[1];
      ivar.waitFor(
          d -> {
            read[0] = tableText(d);
            return read[0].contains("case.read")
                && read[0].lines().allMatch(row -> row.contains(id));
          });
      String table = read[0];
      assertThat(table)
          .contains("anna.pmy")
          .contains("case.create")
          .contains("field.write")
          .contains("erik.pmy")
          .contains("NOT_A_MEMBER")
          .contains("Nekad åtkomst")
          .doesNotContain("Hemlig sammanfattning")
          .doesNotContain("Granskad läsning");
      assertThat(ivar.seriousAccessibilityViolations()).as("the auditor's workspace").isEmpty();

      // the chart of accesses per day and agency, and its numbers as a table
      ivar.waitFor(d -> chartText(d).contains("PMY"));
      assertThat(ivar.find(By.cssSelector("[id='perDay'] canvas")).getAttribute("aria-label"))
          .contains("Staplat stapeldiagram");
      ivar.clickOn("#chart-details summary");
      String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
      String pmyToday =
          ivar.find(
                  By.cssSelector("#chart-table tr[data-day='" + today + "'] td[data-agency='PMY']"))
              .getText();
      long pmyRows =
          ivar.all(By.cssSelector("[id='entries:table'] tbody tr")).stream()
              .filter(row -> row.getText().contains("(PMY)"))
              .count();
      assertThat(Long.parseLong(pmyToday))
          .as("PMY's entries on the case today, as the table lists them")
          .isGreaterThanOrEqualTo(4)
          .isEqualTo(pmyRows);
      assertThat(ivar.seriousAccessibilityViolations())
          .as("the workspace with the chart's table open")
          .isEmpty();

      // the export of what the search found, as a file the browser saves
      Path downloads = Files.createTempDirectory("knutpunkt-e2e-downloads");
      ivar.downloadInto(downloads);
      ivar.click("export:csv");
      Path csv = ivar.waitFor(d -> downloaded(downloads));
      String file = Files.readString(csv, StandardCharsets.UTF_8);
      String[] lines = file.split("\r\n");
      assertThat(csv.getFileName().toString()).startsWith("knutpunkt-audit-").endsWith(".csv");
      assertThat(file).contains("# checkpoint:").contains("# verifier-key: ").contains(id);
      assertThat(lines[lines.length - 1]).matches("# end of export: [0-9]+ rows");
      long exported = Long.parseLong(lines[lines.length - 1].replaceAll("[^0-9]", ""));
      assertThat(exported).isGreaterThanOrEqualTo(4);
      assertThat(file).doesNotContain("Hemlig sammanfattning").doesNotContain("Granskad läsning");
      AuditCsv parsed = AuditCsv.parse(file);
      assertThat(parsed.rows()).hasSize((int) exported);
      assertThat(parsed.rows()).allSatisfy(row -> assertThat(row.get("case_id")).isEqualTo(id));
      assertThat(parsed.verifiesOutside(Api.anonymous().get("/audit/public-key").body()))
          .as("the downloaded export's checkpoint and proofs, checked with the JDK alone")
          .isTrue();

      ivar.clickOn("[id='entries:table'] a[title='Allt som gjorts av erik.pmy']");
      ivar.waitFor(d -> "erik.pmy".equals(value(d, "search:actor")));
      ivar.waitFor(d -> !tableText(d).contains("anna.pmy") && tableText(d).contains("erik.pmy"));
    }
  }

  /** The chart table's text (hidden or not), or "" while an ajax update replaces it. */
  private static String chartText(org.openqa.selenium.WebDriver d) {
    try {
      return d.findElement(By.id("chart-table")).getAttribute("textContent");
    } catch (org.openqa.selenium.WebDriverException replacedMeanwhile) {
      return "";
    }
  }

  /** The CSV file once the browser has saved all of it, else null. */
  private static Path downloaded(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> found = files.toList();
      if (found.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
        return null;
      }
      return found.stream()
          .filter(f -> f.toString().endsWith(".csv"))
          .filter(f -> readable(f).endsWith(" rows\r\n"))
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readable(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** The table's text, or "" while an ajax update replaces it. */
  private static String tableText(org.openqa.selenium.WebDriver d) {
    try {
      return d.findElement(By.cssSelector("[id='entries:table'] tbody")).getText();
    } catch (org.openqa.selenium.WebDriverException replacedMeanwhile) {
      return "";
    }
  }

  private static String value(org.openqa.selenium.WebDriver d, String id) {
    try {
      return d.findElement(By.id(id)).getAttribute("value");
    } catch (org.openqa.selenium.WebDriverException replacedMeanwhile) {
      return "";
    }
  }
}
