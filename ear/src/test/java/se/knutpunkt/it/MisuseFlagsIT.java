package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.knutpunkt.it.support.Api;
import se.knutpunkt.it.support.Deployments;

/**
 * Flags of suspected misuse through the API: a flag on an identifier in another agency's case is
 * warned of beside it, telling category, confidence and agency only; the same agency's second flag
 * updates the first; only the flagging agency withdraws; bad input is refused.
 */
@ExtendWith(ArquillianExtension.class)
class MisuseFlagsIT {

  /** A samordningsnummer (day + 60) with a valid check digit. */
  private static final String SAMORDNINGSNUMMER = "19810278-9875";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  private static String caseOfAnnaWithAPerson(String identifier) {
    Api anna = Api.as("anna.pmy");
    String id = anna.post("/cases", "{\"title\":\"Flaggat nummer\"}").json().getString("id");
    anna.post("/cases/" + id + "/members", "{\"username\":\"erik.pmy\"}");
    Api.Response person =
        anna.post(
            "/cases/" + id + "/persons",
            "{\"name\":\"Okänd\",\"identifiers\":[{\"value\":\"" + identifier + "\"}]}");
    assertThat(person.status()).as(person.toString()).isEqualTo(201);
    return id;
  }

  private static JsonArray flagsOf(Api api, String caseId) {
    return api.get("/cases/" + caseId).json().getJsonArray("flags");
  }

  @Test
  void aFlagIsWarnedOfBesideTheIdentifierWithCategoryConfidenceAndAgencyOnly() {
    String id = caseOfAnnaWithAPerson(SAMORDNINGSNUMMER);
    assertThat(flagsOf(Api.as("anna.pmy"), id)).isEmpty();

    Api maria = Api.as("maria.mig");
    Api.Response raised =
        maria.post(
            "/flags",
            "{\"identifier\":\""
                + SAMORDNINGSNUMMER.replace("-", "")
                + "\",\"category\":\"KAPAD_IDENTITET\","
                + "\"confidence\":\"MISSTANKT\",\"comment\":\"Ansökan med annat foto\"}");
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    assertThat(raised.json().getString("comment")).isEqualTo("Ansökan med annat foto");
    long flagId = raised.json().getJsonNumber("id").longValue();

    for (String reader : new String[] {"anna.pmy", "erik.pmy"}) {
      JsonArray flags = flagsOf(Api.as(reader), id);
      assertThat(flags).as(reader).hasSize(1);
      JsonObject warning = flags.getJsonObject(0).getJsonArray("flags").getJsonObject(0);
      assertThat(warning.getString("category")).isEqualTo("KAPAD_IDENTITET");
      assertThat(warning.getString("agency")).isEqualTo("MIG");
      assertThat(flags.toString()).doesNotContain("annat foto").doesNotContain("maria");
    }

    Api.Response again =
        maria.post(
            "/flags",
            "{\"identifier\":\""
                + SAMORDNINGSNUMMER
                + "\",\"category\":\"KAPAD_IDENTITET\",\"confidence\":\"KONSTATERAD\"}");
    assertThat(again.json().getJsonNumber("id").longValue())
        .as("the same flag, updated")
        .isEqualTo(flagId);
    assertThat(flagsOf(Api.as("anna.pmy"), id).getJsonObject(0).getJsonArray("flags"))
        .singleElement()
        .satisfies(
            w -> assertThat(w.asJsonObject().getString("confidence")).isEqualTo("KONSTATERAD"));

    assertThat(Api.as("anna.pmy").delete("/flags/" + flagId).status()).isEqualTo(403);
    assertThat(maria.delete("/flags/" + flagId).status()).isEqualTo(200);
    assertThat(flagsOf(Api.as("anna.pmy"), id)).isEmpty();
  }

  @Test
  void aDocumentIsFlaggedByItsCountryAndNumberHoweverItIsSpelt() {
    Api anna = Api.as("anna.pmy");
    String id = anna.post("/cases", "{\"title\":\"Pass\"}").json().getString("id");
    anna.post(
        "/cases/" + id + "/items/documents",
        "{\"values\":{\"type\":\"PASS\",\"number\":\"ab 765 4321\",\"country\":\"nor\"}}");
    Api.Response raised =
        Api.as("magnus.mig")
            .post(
                "/flags",
                "{\"document\":{\"country\":\"NOR\",\"number\":\"AB7654321\"},"
                    + "\"category\":\"FORFALSKAD_HANDLING\",\"confidence\":\"KONSTATERAD\"}");
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    assertThat(flagsOf(anna, id)).hasSize(1);
  }

  @Test
  void badFlagsAreRefusedAndNothingIsStored() {
    Api maria = Api.as("maria.mig");
    Api.Response invalid =
        maria.post(
            "/flags",
            "{\"identifier\":\"19810278-9871\",\"category\":\"KAPAD_IDENTITET\",\"confidence\":\"MISSTANKT\"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().getString("field")).isEqualTo("identifier");
    assertThat(invalid.json().getString("detail")).contains("CHECK_DIGIT");
    assertThat(
            maria
                .post(
                    "/flags",
                    "{\"identifier\":\""
                        + SAMORDNINGSNUMMER
                        + "\",\"category\":\"ELAKT\",\"confidence\":\"MISSTANKT\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            maria
                .post(
                    "/flags",
                    "{\"identifier\":\""
                        + SAMORDNINGSNUMMER
                        + "\",\"document\":{\"country\":\"SWE\",\"number\":\"A1\"},"
                        + "\"category\":\"OVRIGT\",\"confidence\":\"MISSTANKT\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            Api.as("alva.pmy")
                .post(
                    "/flags",
                    "{\"identifier\":\""
                        + SAMORDNINGSNUMMER
                        + "\",\"category\":\"OVRIGT\",\"confidence\":\"MISSTANKT\"}")
                .status())
        .as("auditors do not flag")
        .isEqualTo(403);
    assertThat(maria.get("/flags").array()).noneMatch(f -> f.toString().contains("ELAKT"));
  }
}
