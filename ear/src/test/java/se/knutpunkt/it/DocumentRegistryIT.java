package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
 * The shared registry of examined identity documents: one agency's examination answers another's
 * "has this passport been examined before", with agency, date and result and nothing of the case; a
 * forged document in a case is warned of; the registry cannot be browsed.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentRegistryIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  @Test
  void anExaminationByOneAgencyAnswersAnotherAndWarnsBesideTheDocumentInACase() {
    String number = "PX" + (System.nanoTime() % 10_000_000);
    Api.Response recorded =
        Api.as("maria.mig")
            .post(
                "/identity-documents",
                "{\"type\":\"PASS\",\"number\":\""
                    + number
                    + "\",\"country\":\"IRQ\","
                    + "\"result\":\"FORFALSKAD\",\"examinedOn\":\"2026-11-20\"}");
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

    JsonArray found =
        Api.as("anna.pmy")
            .get("/identity-documents?country=irq&number=" + number.toLowerCase())
            .array();
    assertThat(found).hasSize(1);
    JsonObject examination = found.getJsonObject(0);
    assertThat(examination.getString("agency")).isEqualTo("MIG");
    assertThat(examination.getString("result")).isEqualTo("FORFALSKAD");
    assertThat(examination.getString("examinedOn")).isEqualTo("2026-11-20");
    assertThat(examination.containsKey("caseId")).isFalse();

    Api anna = Api.as("anna.pmy");
    String id = anna.post("/cases", "{\"title\":\"Pass från Irak\"}").json().getString("id");
    anna.post(
        "/cases/" + id + "/items/documents",
        "{\"values\":{\"type\":\"PASS\",\"number\":\"" + number + "\",\"country\":\"IRQ\"}}");
    JsonArray warnings = anna.get("/cases/" + id).json().getJsonArray("examinations");
    assertThat(warnings).hasSize(1);
    assertThat(warnings.toString()).contains("FORFALSKAD", "MIG");
  }

  @Test
  void theRegistryIsSearchedByWholeNumbersOnlyAndNotTooOften() {
    Api sara = Api.as("sara.skv");
    assertThat(sara.get("/identity-documents?country=SWE&number=AB*").status()).isEqualTo(400);
    assertThat(sara.get("/identity-documents?country=SWE&number=AB%25").status()).isEqualTo(400);
    assertThat(sara.get("/identity-documents?country=SWE&number=AB12").status())
        .as("a part of a number")
        .isEqualTo(400);
    assertThat(sara.get("/identity-documents?country=XX&number=AB123456").status()).isEqualTo(400);
    assertThat(Api.as("alva.pmy").get("/identity-documents?country=SWE&number=AB123456").status())
        .isEqualTo(403);
    int refused = 0;
    for (int i = 0; i < 35; i++) {
      Api.Response search = sara.get("/identity-documents?country=SWE&number=AB12345" + (i % 10));
      if (search.status() == 429) {
        refused++;
        assertThat(search.json().getString("type")).contains("too-many-requests");
      }
    }
    assertThat(refused).as("searches beyond the minute's allowance").isPositive();
  }

  @Test
  void theRegistryPageAnswersAndPassesAxe() {
    try (Browser anna = Browser.open()) {
      anna.go(Settings.baseUrl() + "/registry.xhtml");
      anna.signInAs("anna.pmy");
      anna.type("registry:number", "ZZ99999991");
      anna.click("registry:search");
      anna.waitForText("Handlingen har inte granskats i Knutpunkt.");
      assertThat(anna.find(By.id("registry:number")).isDisplayed()).isTrue();
      assertThat(anna.seriousAccessibilityViolations()).isEmpty();
    }
  }
}
