package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * The flag-to-notice path in browsers on the demo realm (issue 15): maria.mig flags a
 * samordningsnummer that is in anna.pmy's case; anna's open case page shows the new notice in its
 * header within 2 s, without a reload; her notices page says category, confidence and agency;
 * petter.pmy (ID-SPOC of PMY) has it in the ID-SPOC inbox; sara.skv gets nothing.
 */
@ExtendWith(ArquillianExtension.class)
class NoticesE2EIT {

  /** A samordningsnummer (1979-04-02, day + 60) with a valid check digit, used by no other test. */
  private static final String SAMORDNINGSNUMMER = "790462-3456";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  private static Browser signedIn(String username, String url) {
    Browser browser = Browser.open();
    browser.go(url);
    browser.signInAs(username);
    browser.waitFor(d -> url.equals(d.getCurrentUrl()));
    return browser;
  }

  @Test
  void aFlagInAnotherAgencyReachesTheOpenCasePageAndTheSpocInboxAndNobodyElse() {
    Api anna = Api.as("anna.pmy");
    String id =
        anna.post("/cases", "{\"title\":\"Hyreskontrakt i fel namn\",\"type\":\"TIPS\"}")
            .json()
            .getString("id");
    assertThat(
            anna.post(
                    "/cases/" + id + "/persons",
                    "{\"name\":\"Okänd\",\"identifiers\":[{\"value\":\""
                        + SAMORDNINGSNUMMER
                        + "\"}]}")
                .status())
        .isEqualTo(201);
    // notices other tests left anna (flags on their identifiers) are read first, so that the
    // header starts without a count
    anna.get("/notifications").array().stream()
        .map(n -> n.asJsonObject())
        .filter(n -> !n.getBoolean("read"))
        .forEach(n -> anna.post("/notifications/" + n.getJsonNumber("id") + "/read", ""));
    String caseUrl = Settings.baseUrl() + "/cases/" + id;
    String noticesUrl = Settings.baseUrl() + "/notices.xhtml";

    try (Browser annasPage = signedIn("anna.pmy", caseUrl)) {
      annasPage.waitFor(
          d ->
              "connected".equals(d.findElement(By.id("kp-live-state")).getAttribute("data-state")));
      annasPage.script("window.kpNotReloaded = true;");
      assertThat(annasPage.all(By.cssSelector("#noticeCount .kp-count"))).isEmpty();

      Api.Response flagged =
          Api.as("maria.mig")
              .post(
                  "/flags",
                  "{\"identifier\":\""
                      + SAMORDNINGSNUMMER
                      + "\",\"category\":\"UTNYTTJAD_IDENTITET\","
                      + "\"confidence\":\"KONSTATERAD\",\"comment\":\"Internt för MIG\"}");
      assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);
      long flaggedAt = System.nanoTime();
      annasPage.waitFor(d -> !d.findElements(By.cssSelector("#noticeCount .kp-count")).isEmpty());
      Duration took = Duration.ofNanos(System.nanoTime() - flaggedAt);
      assertThat(took).as("from the flag's 201 to anna's header").isLessThan(Duration.ofSeconds(2));
      assertThat(annasPage.script("return window.kpNotReloaded === true;")).isEqualTo(true);
      assertThat(annasPage.find(By.cssSelector("#noticeCount .kp-count")).getText().strip())
          .isEqualTo("1");

      annasPage.find(By.id("noticesLink")).click();
      annasPage.waitFor(d -> d.getCurrentUrl().contains("/notices"));
      String row = annasPage.find(By.cssSelector("#notice-list tr.kp-notice-unread")).getText();
      assertThat(row)
          .contains("Utnyttjad identitet")
          .contains("konstaterad")
          .contains("MIG")
          .contains("Hyreskontrakt i fel namn")
          .doesNotContain("Internt")
          .doesNotContain("790462");
      assertThat(annasPage.seriousAccessibilityViolations()).as("the notices page").isEmpty();
      // the daily digest is chosen with a labelled checkbox, by keyboard
      annasPage.find(By.id("digest:daily")).sendKeys(" ");
      annasPage.find(By.id("digest:save")).sendKeys(org.openqa.selenium.Keys.ENTER);
      annasPage.waitForText("Du får ett mejl varje morgon");
      annasPage.clickOn("#notice-list tr.kp-notice-unread button");
      annasPage.waitFor(
          d -> d.findElements(By.cssSelector("#notice-list tr.kp-notice-unread")).isEmpty());
      assertThat(annasPage.all(By.cssSelector("#noticeCount .kp-count"))).isEmpty();
    }

    try (Browser petter = signedIn("petter.pmy", noticesUrl)) {
      assertThat(petter.find(By.id("notice-list")).getText())
          .contains("Utnyttjad identitet")
          .contains("ID-SPOC");
      assertThat(petter.pageSource()).contains("/cases/" + id);
    }
    try (Browser sara = signedIn("sara.skv", noticesUrl)) {
      assertThat(sara.pageSource()).doesNotContain("/cases/" + id);
    }
  }
}
