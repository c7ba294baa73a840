package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.knutpunkt.it.support.Browser;
import se.knutpunkt.it.support.Deployments;
import se.knutpunkt.it.support.Settings;

/**
 * The walking skeleton as people use it: in headless Chromium, through the real Keycloak login
 * page, anna opens a case with a CONFIDENTIAL summary and adds erik; erik (cleared INTERNAL) sees a
 * marked placeholder, and the value never reaches his browser; sara (SKV) sees no case.
 */
@ExtendWith(ArquillianExtension.class)
class CaseWorkspaceE2EIT {

  private static final String SECRET = "Banken larmade: lån i flera namn via samma konto 7391";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  @Test
  void aConfidentialSummaryReachesAnnaButOnlyAsAPlaceholderErikAndNotAtAllSara() {
    String caseUrl;
    try (Browser anna = Browser.open()) {
      anna.go(Settings.baseUrl() + "/");
      anna.signInAs("anna.pmy");
      assertThat(anna.find(By.id("kp-user-name")).getText()).isEqualTo("Anna Polis");

      anna.type("newCase:title", "Kapad identitet Malmö");
      anna.choose("newCase:type", "Tips");
      anna.click("newCase:create");
      anna.waitFor(d -> d.getCurrentUrl().matches(".*/knutpunkt/cases/[0-9a-f-]{36}$"));
      caseUrl = anna.url();
      assertThat(anna.find(By.id("case-title")).getText()).isEqualTo("Kapad identitet Malmö");
      anna.recordResponses();

      anna.clickOn("[data-edit='overview.summary']");
      anna.type("write:long", SECRET);
      anna.choose("write:level", "Sekretess");
      anna.type("write:legalReference", "OSL 35 kap. 1 §");
      anna.click("write:save");
      anna.waitForText("Sparat som version 1.");
      WebElement value = anna.find(By.cssSelector(".kp-value[data-path='overview.summary']"));
      assertThat(value.getText()).isEqualTo(SECRET);

      anna.type("members:username", "erik.pmy");
      anna.click("members:add");
      anna.waitForText("erik.pmy är nu medlem.");
      anna.screenshot("1-anna-case-with-confidential-summary");
    }

    try (Browser erik = Browser.open()) {
      erik.go(caseUrl);
      erik.signInAs("erik.pmy");
      assertThat(erik.url()).isEqualTo(caseUrl);
      WebElement placeholder =
          erik.find(By.cssSelector(".kp-redacted[data-path='overview.summary']"));
      assertThat(placeholder.getText())
          .contains("Sekretessmarkerad uppgift (Sekretess, ägare PMY)");
      assertThat(erik.find(By.id("case-title")).getText()).isEqualTo("Kapad identitet Malmö");
      assertThat(erik.pageSource()).doesNotContain("lån i flera namn");
      erik.screenshot("2-erik-sees-placeholder");

      // a Faces ajax round trip that re-renders the form must not carry the value either
      erik.clickOn("[data-add='notes']");
      erik.find(By.cssSelector("#write [data-attr='text'] textarea"));
      assertThat(erik.partialResponses()).isNotEmpty();
      assertThat(erik.partialResponses()).noneMatch(r -> r.contains("lån i flera namn"));
      assertThat(erik.pageSource()).doesNotContain("lån i flera namn");
    }

    try (Browser sara = Browser.open()) {
      sara.go(caseUrl);
      sara.signInAs("sara.skv");
      sara.waitForText("Ärendet finns inte, eller så är du inte medlem i det.");
      sara.screenshot("3-sara-no-such-case");
      assertThat(sara.pageSource())
          .doesNotContain("Kapad identitet")
          .doesNotContain("lån i flera namn");
    }
  }

  @Test
  void signingOutEndsTheKeycloakSessionToo() {
    try (Browser erik = Browser.open()) {
      erik.go(Settings.baseUrl() + "/");
      erik.signInAs("erik.pmy");
      erik.click("signOut:go");
      erik.waitForText("Du är utloggad");
      erik.go(Settings.baseUrl() + "/");
      erik.waitFor(d -> d.getCurrentUrl().contains("/realms/knutpunkt/"));
      assertThat(erik.find(By.id("username")).isDisplayed()).isTrue();
    }
  }
}
