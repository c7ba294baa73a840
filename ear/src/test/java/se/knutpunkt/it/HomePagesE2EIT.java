package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
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
 * Each person lands on the page of their work: investigators on their cases, auditors on the
 * auditor's page (without a denial in the log), administrators on the platform page. Every page
 * passes axe-core without serious or critical violations.
 */
@ExtendWith(ArquillianExtension.class)
class HomePagesE2EIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  @Test
  void anAuditorLandsOnTheAuditorsPageAndNothingIsRefused() {
    String visitedFrom = java.time.Instant.now().minusSeconds(1).toString();
    try (Browser alva = Browser.open()) {
      alva.go(Settings.baseUrl() + "/");
      alva.signInAs("alva.pmy");
      alva.waitFor(d -> d.getCurrentUrl().endsWith("/audit.xhtml"));
      assertThat(alva.find(By.id("audit-reach")).getText())
          .isEqualTo("poster där PMY är aktör eller äger ärendet");
      assertThat(Long.parseLong(alva.find(By.id("audit-size")).getText())).isPositive();
      assertThat(alva.pageSource()).doesNotContain("Mina ärenden");
      assertThat(alva.seriousAccessibilityViolations()).isEmpty();
      alva.screenshot("4-alva-auditor-page");
    }
    // the log takes in entries within a second; wait for alva's sign-in, recorded with her visit
    List<JsonObject> entries = List.of();
    for (int i = 0;
        i < 50 && entries.stream().noneMatch(e -> e.getString("action").equals("login"));
        i++) {
      entries =
          Api.as("ivar.imy")
              .get("/audit/entries?actor=alva.pmy&from=" + visitedFrom)
              .json()
              .getJsonArray("entries")
              .stream()
              .map(JsonValue::asJsonObject)
              .toList();
      sleep(100);
    }
    assertThat(entries).extracting(e -> e.getString("action")).contains("login");
    List<JsonObject> refusals =
        entries.stream().filter(e -> e.getString("outcome").equals("DENY")).toList();
    assertThat(refusals).as("visiting her own page refuses alva nothing").isEmpty();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void theSupervisoryAuditorReachesEveryAgency() {
    try (Browser ivar = Browser.open()) {
      ivar.go(Settings.baseUrl() + "/");
      ivar.signInAs("ivar.imy");
      ivar.waitFor(d -> d.getCurrentUrl().endsWith("/audit.xhtml"));
      assertThat(ivar.find(By.id("audit-reach")).getText()).isEqualTo("alla myndigheters poster");
    }
  }

  @Test
  void theAdministratorLandsOnThePlatformPageAndCannotReachCases() {
    try (Browser admin = Browser.open()) {
      admin.go(Settings.baseUrl() + "/");
      admin.signInAs("admin");
      admin.waitFor(d -> d.getCurrentUrl().endsWith("/platform.xhtml"));
      assertThat(admin.find(By.id("platform-text")).getText()).contains("inget ärendeinnehåll");
      assertThat(admin.seriousAccessibilityViolations()).isEmpty();
      admin.go(Settings.baseUrl() + "/audit.xhtml");
      admin.waitFor(d -> d.getCurrentUrl().endsWith("/platform.xhtml"));
    }
  }

  @Test
  void theCaseWorkersPagesPassAxe() {
    try (Browser anna = Browser.open()) {
      anna.go(Settings.baseUrl() + "/");
      anna.signInAs("anna.pmy");
      anna.find(By.id("newCase:title"));
      assertThat(anna.seriousAccessibilityViolations()).as("my cases").isEmpty();
      anna.type("newCase:title", "Tillgänglighet");
      anna.click("newCase:create");
      anna.waitFor(d -> d.getCurrentUrl().matches(".*/knutpunkt/cases/[0-9a-f-]{36}$"));
      assertThat(anna.seriousAccessibilityViolations()).as("the case workspace").isEmpty();
      anna.clickOn("[data-edit='overview.summary']");
      anna.find(By.id("write:long"));
      assertThat(anna.seriousAccessibilityViolations()).as("writing a value").isEmpty();
      anna.go(Settings.baseUrl() + "/audit.xhtml");
      anna.waitFor(
          d ->
              d.getCurrentUrl().endsWith("/index.xhtml")
                  || d.getCurrentUrl().endsWith("/knutpunkt/"));
    }
  }
}
