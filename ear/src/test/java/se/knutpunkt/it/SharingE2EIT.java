package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
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
 * The sharing cycle in browsers on the demo realm (issue 12): petter.pmy invites MIG to overview
 * and persons under LUB 2025:170, with the guide beside the form; magnus.mig's open inbox shows it
 * without a reload and he accepts with maria.mig; maria sees the persons but not the notes, asks
 * for a withheld value, petter grants it with its basis and maria's open page shows it; petter
 * revokes and maria's open page loses the case without a reload.
 */
@ExtendWith(ArquillianExtension.class)
class SharingE2EIT {

  private static final String SECRET = "Ombudet använde falsk fullmakt";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  private static Browser signedIn(String username, String url) {
    Browser browser = Browser.open();
    browser.go(url);
    browser.signInAs(username);
    browser.waitFor(d -> d.getCurrentUrl().startsWith(url.replaceAll("\\?.*", "")));
    return browser;
  }

  @Test
  void inviteAcceptAskGrantRevokeInBrowsers() {
    Api petterApi = Api.as("petter.pmy");
    String id =
        petterApi
            .post(
                "/cases",
                "{\"title\":\"Kapad identitet Göteborg\",\"type\":\"IDENTITETSMISSBRUK\"}")
            .json()
            .getString("id");
    assertThat(
            petterApi
                .put(
                    "/cases/" + id + "/fields/overview.summary",
                    "{\"value\":\""
                        + SECRET
                        + "\",\"baseVersion\":0,\"marking\":{\"level\":\"CONFIDENTIAL\","
                        + "\"legalReference\":\"OSL 35 kap. 1 §\",\"releasable\":[\"PMY\"]}}")
                .status())
        .isEqualTo(200);
    assertThat(
            petterApi
                .put(
                    "/cases/" + id + "/fields/notes.n1.text",
                    "{\"value\":\"Endast för polisen\",\"baseVersion\":0}")
                .status())
        .isEqualTo(200);
    assertThat(
            petterApi.post("/cases/" + id + "/persons", "{\"name\":\"Ali Okänd Person\"}").status())
        .isEqualTo(201);
    String base = Settings.baseUrl();

    try (Browser magnus = signedIn("magnus.mig", base + "/inbox.xhtml");
        Browser petter = signedIn("petter.pmy", base + "/sharing.xhtml?case=" + id)) {
      magnus.waitFor(
          d -> "listening".equals(d.findElement(By.id("kp-news")).getAttribute("data-state")));
      magnus.script("window.kpNotReloaded = true;");
      assertThat(magnus.seriousAccessibilityViolations()).as("the ID-SPOC inbox").isEmpty();

      petter.select("[id='invite:agency']", "MIG");
      petter.waitForText("Migrationsverket prövar uppehållstillstånd");
      petter.find(By.cssSelector("[id='invite:sections'] input[value='persons']")).click();
      petter.select(
          "[id='invite:basis']",
          "Lag (2025:170) om skyldighet att lämna uppgifter till de brottsbekämpande myndigheterna"
              + " (LUB)");
      petter.waitFor(d -> !d.findElements(By.id("invite:needsTest")).isEmpty());
      assertThat(petter.find(By.id("invite:guide")).getText())
          .as("the guide at the moment of sharing")
          .contains("brottsbekämpande")
          .contains("Skriv behovsprövningen");
      assertThat(petter.all(By.id("invite:balancing"))).as("LUB demands no balancing").isEmpty();
      assertThat(petter.seriousAccessibilityViolations()).as("the sharing page").isEmpty();
      petter.type("invite:purpose", "Utreda kapad identitet vid ansökan om uppehållstillstånd");
      petter.type("invite:needsTest", "MIG behöver personuppgifterna för att pröva ansökan");
      petter.click("invite:send");
      petter.waitForText("Inbjudan är skickad till MIG");

      String sent =
          petterApi
              .get("/cases/" + id + "/sharing")
              .json()
              .getJsonArray("invitations")
              .getJsonObject(0)
              .getString("id");
      String card = "section.kp-invitation[data-invitation='" + sent + "']";
      By invitation = By.cssSelector(card);
      magnus.waitFor(d -> !d.findElements(invitation).isEmpty());
      assertThat(magnus.script("return window.kpNotReloaded === true;"))
          .as("the inbox showed it live")
          .isEqualTo(true);
      assertThat(magnus.find(invitation).getText())
          .contains("PMY")
          .contains("Utreda kapad identitet")
          .contains("Personer")
          .doesNotContain("Kapad identitet Göteborg");
      magnus.typeInto(card + " input[id$='others']", "maria.mig");
      magnus.clickOn(card + " button[id$='accept']");
      magnus.waitForText("Inbjudan är accepterad");
    }

    try (Browser maria = signedIn("maria.mig", base + "/cases/" + id)) {
      maria.waitFor(
          d ->
              "connected".equals(d.findElement(By.id("kp-live-state")).getAttribute("data-state")));
      String page = maria.pageSource();
      assertThat(page)
          .contains("Ali Okänd Person")
          .doesNotContain(SECRET)
          .doesNotContain("Endast för polisen");
      maria.clickOn("button[data-ask='overview.summary']");
      maria.waitFor(d -> !d.findElements(By.id("write:disclosureReason")).isEmpty());
      maria.type(
          "write:disclosureReason", "Sammanfattningen behövs för beslutet om uppehållstillstånd");
      maria.click("write:disclosureSend");
      maria.waitForText("Begäran är skickad");
      maria.script("window.kpNotReloaded = true;");

      try (Browser petter = signedIn("petter.pmy", base + "/inbox.xhtml")) {
        String asked =
            petterApi
                .get("/cases/" + id + "/sharing")
                .json()
                .getJsonArray("disclosureRequests")
                .getJsonObject(0)
                .getString("id");
        String card = "section.kp-request[data-request='" + asked + "']";
        By request = By.cssSelector(card);
        petter.waitFor(d -> !d.findElements(request).isEmpty());
        assertThat(petter.find(request).getText())
            .contains("maria.mig")
            .contains("overview.summary");
        petter.select(
            card + " select[id$='basis']",
            "OSL 10 kap. 15 a § – generell sekretessbrytande bestämmelse");
        petter.waitFor(
            d -> !d.findElements(By.cssSelector(card + " textarea[id$='needsTest']")).isEmpty());
        petter.typeInto(
            card + " textarea[id$='needsTest']",
            "MIG behöver sammanfattningen för att pröva ansökan");
        petter.clickOn(card + " button[id$='grant']");
        petter.waitForText("Uppgiften är utlämnad");

        maria.waitForText(SECRET);
        assertThat(maria.script("return window.kpNotReloaded === true;"))
            .as("the granted value arrived live")
            .isEqualTo(true);

        String invitationId =
            petterApi.get("/cases/" + id + "/sharing").json().getJsonArray("invitations").stream()
                .map(JsonValue::asJsonObject)
                .filter(i -> i.getString("agency").equals("MIG"))
                .findFirst()
                .orElseThrow()
                .getString("id");
        petter.go(base + "/sharing.xhtml?case=" + id);
        assertThat(petter.find(By.id("history")).getText())
            .contains("Accepterad")
            .contains("LUB_2025_170")
            .contains("OSL_10_15A")
            .contains("Beviljad");
        petter.clickOn("tr[data-invitation='" + invitationId + "'] button[id$='revoke']");
        petter.waitForText("Inbjudan är återkallad");
        // the open page leaves the case: its content gives way to the notice that it is gone
        maria.waitForText("Du har inte längre tillgång till ärendet");
        assertThat(maria.script("return window.kpNotReloaded === true;")).isEqualTo(true);
        assertThat(maria.find(By.id("workspace")).getText()).doesNotContain(SECRET);
      }
    }
    assertThat(Api.as("maria.mig").get("/cases/" + id).status()).isEqualTo(404);
  }
}
