package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.knutpunkt.it.support.Api;
import se.knutpunkt.it.support.Browser;
import se.knutpunkt.it.support.Deployments;
import se.knutpunkt.it.support.Settings;

/**
 * The auditor's workspace in a browser (issue 14, its search): ivar.imy finds who read a case and
 * when, by the case's id, then everything one of its readers did — paths and markings, never the
 * case's content; the page passes axe.
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

      ivar.clickOn("[id='entries:table'] a[title='Allt som gjorts av erik.pmy']");
      ivar.waitFor(d -> "erik.pmy".equals(value(d, "search:actor")));
      ivar.waitFor(d -> !tableText(d).contains("anna.pmy") && tableText(d).contains("erik.pmy"));
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
