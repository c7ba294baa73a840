package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Two people in one case, each in their own headless Chromium through the real Keycloak login:
 * anna's edits appear on erik's page without a reload; when both edit one value the later one gets
 * the conflict view; a CONFIDENTIAL value reaches erik (cleared INTERNAL) as "changed" only, not
 * even in a WebSocket frame. And every section's items are added, edited and removed in the page.
 */
@ExtendWith(ArquillianExtension.class)
class LiveWorkspaceE2EIT {

  private static final String SECRET = "Tipsaren heter Lindqvist och arbetar på banken i Lund";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  private static String caseOfAnnaWithErik(String title) {
    Api anna = Api.as("anna.pmy");
    String id =
        anna.post("/cases", "{\"title\":\"" + title + "\",\"type\":\"TIPS\"}")
            .json()
            .getString("id");
    assertThat(anna.post("/cases/" + id + "/members", "{\"username\":\"erik.pmy\"}").status())
        .isEqualTo(201);
    return id;
  }

  private static Browser openAs(String username, String caseUrl) {
    Browser browser = Browser.open();
    browser.go(caseUrl);
    browser.signInAs(username);
    browser.waitFor(d -> caseUrl.equals(d.getCurrentUrl()));
    browser.waitFor(
        d -> "connected".equals(d.findElement(By.id("kp-live-state")).getAttribute("data-state")));
    return browser;
  }

  /** Leaves a mark in the page's window, which a reload would wipe. */
  private static void markPage(Browser browser) {
    browser.script("window.kpNotReloaded = true;");
  }

  private static boolean notReloaded(Browser browser) {
    return Boolean.TRUE.equals(browser.script("return window.kpNotReloaded === true;"));
  }

  @Test
  void editsAppearLiveAClashShowsTheConflictViewAndAConfidentialValueNeverReachesErik() {
    String caseUrl = Settings.baseUrl() + "/cases/" + caseOfAnnaWithErik("Levande samarbete");
    try (Browser anna = openAs("anna.pmy", caseUrl);
        Browser erik = openAs("erik.pmy", caseUrl)) {
      erik.waitFor(d -> d.findElement(By.id("kp-presence")).getText().contains("anna.pmy"));
      anna.waitFor(d -> d.findElement(By.id("kp-presence")).getText().contains("erik.pmy"));
      assertThat(erik.seriousAccessibilityViolations()).as("the workspace").isEmpty();
      markPage(erik);

      // anna sets the status; erik's page shows it without a reload
      anna.clickOn("[data-edit='overview.status']");
      anna.select("#write [data-attr='editValue'] select", "Under utredning");
      anna.click("write:save");
      anna.waitForText("Sparat som version 1.");
      erik.waitFor(
          d ->
              d.findElements(By.cssSelector(".kp-value[data-path='overview.status']")).stream()
                  .anyMatch(e -> e.getText().equals("Under utredning")));
      assertThat(notReloaded(erik)).as("erik's page was not reloaded").isTrue();

      // both edit the summary; anna saves first, erik is told while he writes, then gets the
      // conflict view with both values side by side
      anna.clickOn("[data-edit='overview.summary']");
      erik.clickOn("[data-edit='overview.summary']");
      anna.waitFor(
          d -> d.findElement(By.id("kp-presence")).getText().contains("redigerar Sammanfattning"));
      anna.type("write:long", "Annas sammanfattning");
      erik.type("write:long", "Eriks sammanfattning");
      anna.click("write:save");
      anna.waitForText("Sparat som version 1.");
      erik.find(By.id("kp-edit-changed"));
      erik.click("write:save");
      erik.find(By.id("write:conflict"));
      assertThat(erik.find(By.id("conflict-mine")).getText()).isEqualTo("Eriks sammanfattning");
      assertThat(erik.find(By.id("write:conflict-theirs")).getText())
          .isEqualTo("Annas sammanfattning");
      erik.screenshot("live-1-erik-conflict-view");
      assertThat(erik.seriousAccessibilityViolations()).as("the conflict view").isEmpty();
      erik.click("write:keepMine");
      erik.waitForText("Sparat som version 2.");
      anna.waitFor(
          d ->
              d.findElements(By.cssSelector(".kp-value[data-path='overview.summary']")).stream()
                  .anyMatch(e -> e.getText().equals("Eriks sammanfattning")));

      // a confidential note: erik's page shows its marking only, and no frame carries its text
      anna.clickOn("[data-add='notes']");
      anna.typeInto("#write [data-attr='text'] textarea", SECRET);
      anna.choose("write:level", "Sekretess");
      anna.type("write:legalReference", "OSL 35 kap. 1 §");
      anna.click("write:addSave");
      anna.waitForText("Anteckning har lagts till.");
      erik.waitFor(
          d ->
              d.findElements(By.cssSelector("#s-notes .kp-redacted")).stream()
                  .anyMatch(
                      e ->
                          e.getText()
                              .contains("Sekretessmarkerad uppgift (Sekretess, ägare PMY)")));
      List<String> frames = erik.webSocketFramesReceived();
      assertThat(frames)
          .anyMatch(f -> f.contains("\"type\":\"values\"") && f.contains("\"redacted\":true"));
      assertThat(String.join("\n", frames)).doesNotContain("Lindqvist");
      assertThat(erik.pageSource()).doesNotContain("Lindqvist");
      assertThat(erik.partialResponses()).noneMatch(r -> r.contains("Lindqvist"));
      assertThat(notReloaded(erik)).isTrue();
      erik.screenshot("live-2-erik-sees-marking-only");
      anna.screenshot("live-3-anna-sees-note");
    }
  }

  @Test
  void personsDocumentsEventsTasksAndDecisionsAreAddedEditedAndRemovedInThePage() {
    String caseUrl = Settings.baseUrl() + "/cases/" + caseOfAnnaWithErik("Alla avsnitt");
    try (Browser anna = openAs("anna.pmy", caseUrl)) {
      anna.clickOn("[data-add='persons']");
      anna.typeInto("#write [data-attr='name'] input", "Okänd Person");
      anna.select("#write [data-attr='role'] select", "Den vars identitet utnyttjats");
      anna.typeInto("#write [data-attr='identifier'] input", "19811218-9875");
      anna.click("write:addSave");
      anna.waitForText("är inget giltigt personnummer");
      anna.typeInto("#write [data-attr='identifier'] input", "19811218-9876");
      anna.click("write:addSave");
      anna.waitForText("Person har lagts till.");
      anna.waitFor(d -> d.findElement(By.id("s-persons")).getText().contains("19811218-9876"));
      assertThat(anna.find(By.id("s-persons")).getText())
          .contains("Okänd Person", "Den vars identitet utnyttjats");

      anna.clickOn("#s-persons [data-edit$='.name']");
      anna.typeInto("#write [data-attr='editValue'] input", "Karin Andersson");
      anna.click("write:save");
      anna.waitForText("Sparat som version 2.");
      anna.waitFor(d -> d.findElement(By.id("s-persons")).getText().contains("Karin Andersson"));

      anna.clickOn("[data-add='documents']");
      anna.select("#write [data-attr='type'] select", "Pass");
      anna.typeInto("#write [data-attr='number'] input", "aa 1234567");
      anna.typeInto("#write [data-attr='country'] input", "swe");
      anna.click("write:addSave");
      anna.waitForText("Identitetshandling har lagts till.");
      anna.waitFor(d -> d.findElement(By.id("s-documents")).getText().contains("AA1234567"));

      anna.clickOn("[data-add='events']");
      anna.setDate("#write [data-attr='date'] input", "2026-11-03");
      anna.typeInto("#write [data-attr='description'] textarea", "Flyttanmälan till ny adress");
      anna.click("write:addSave");
      anna.waitForText("Händelse har lagts till.");

      anna.clickOn("[data-add='tasks']");
      anna.typeInto("#write [data-attr='title'] input", "Ring banken");
      anna.select("#write [data-attr='assignee'] select", "erik.pmy");
      anna.click("write:addSave");
      anna.waitForText("Uppgift har lagts till.");
      anna.waitFor(d -> d.findElement(By.id("s-tasks")).getText().contains("Ring banken"));

      anna.clickOn("[data-add='decisions']");
      anna.select("#write [data-attr='kind'] select", "Polisanmälan");
      anna.setDate("#write [data-attr='date'] input", "2026-11-20");
      anna.select("#write [data-attr='decidingAgency'] select", "PMY");
      anna.click("write:addSave");
      anna.waitForText("Beslut har lagts till.");
      anna.waitFor(d -> d.findElement(By.id("s-decisions")).getText().contains("Polisanmälan"));
      anna.screenshot("sections-1-all-added");
      assertThat(anna.seriousAccessibilityViolations()).as("a case with every section").isEmpty();

      anna.clickOn("#s-tasks [data-remove]");
      anna.click("write:removeConfirm");
      anna.waitForText("Uppgift har tagits bort.");
      anna.waitFor(d -> !d.findElement(By.id("s-tasks")).getText().contains("Ring banken"));
      assertThat(anna.find(By.id("sectionNav")).getText()).contains("Att göra");
    }
  }
}
