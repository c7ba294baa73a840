package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.knutpunkt.it.support.Api;
import se.knutpunkt.it.support.Deployments;
import se.knutpunkt.it.support.Settings;

/** The first slice through every layer, as agency systems use it over the REST API. */
@ExtendWith(ArquillianExtension.class)
class CaseApiIT {

  private static final String SECRET_SUMMARY =
      "Misstänkt kapning via falsk flyttanmälan, tips från bank";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  @BeforeAll
  static void sayWhichDatabase() {
    System.out.println(
        "[knutpunkt] integration tests run against the " + Settings.database() + " database");
  }

  private static String openCase(Api api, String title) {
    Api.Response created = api.post("/cases", "{\"title\":\"" + title + "\",\"type\":\"TIPS\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(created.header("Location")).hasValue(Settings.apiUrl() + "/cases/" + id);
    return id;
  }

  private static JsonObject field(JsonObject caseJson, String path) {
    return caseJson.getJsonArray("fields").stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("path").equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field " + path + " in " + caseJson));
  }

  @Test
  void meTellsWhoTheTokenSays() {
    JsonObject me = Api.as("petter.pmy").get("/me").json();
    assertThat(me.getString("username")).isEqualTo("petter.pmy");
    assertThat(me.getString("agency")).isEqualTo("PMY");
    assertThat(me.getString("clearance")).isEqualTo("STRICT");
    assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("INVESTIGATOR", "SPOC");
    assertThat(Api.as("ivar.imy").get("/me").json().isNull("clearance")).isTrue();
  }

  @Test
  void aColleagueBelowAFieldsLevelGetsItsMarkingButNeverItsValueAndOutsidersGet404() {
    Api anna = Api.as("anna.pmy");
    String id = openCase(anna, "Kapad identitet Malmö");

    Api.Response written =
        anna.put(
            "/cases/" + id + "/fields/overview.summary",
            "{\"value\":\""
                + SECRET_SUMMARY
                + "\",\"baseVersion\":0,"
                + "\"marking\":{\"level\":\"CONFIDENTIAL\",\"legalReference\":\"OSL 35 kap. 1 §\",\"handlingCode\":\"H2\"}}");
    assertThat(written.status()).as(written.toString()).isEqualTo(200);
    assertThat(written.json().getInt("version")).isEqualTo(1);

    assertThat(anna.post("/cases/" + id + "/members", "{\"username\":\"erik.pmy\"}").status())
        .isEqualTo(201);

    Api.Response asErik = Api.as("erik.pmy").get("/cases/" + id);
    assertThat(asErik.status()).isEqualTo(200);
    JsonObject summary = field(asErik.json(), "overview.summary");
    assertThat(summary.getBoolean("redacted")).isTrue();
    assertThat(summary.containsKey("value")).isFalse();
    assertThat(summary.getInt("version")).isEqualTo(1);
    JsonObject marking = summary.getJsonObject("marking");
    assertThat(marking.getString("level")).isEqualTo("CONFIDENTIAL");
    assertThat(marking.getString("owner")).isEqualTo("PMY");
    assertThat(marking.getString("legalReference")).isEqualTo("OSL 35 kap. 1 §");
    assertThat(asErik.body()).doesNotContain("flyttanmälan");
    assertThat(field(asErik.json(), "overview.title").getString("value"))
        .isEqualTo("Kapad identitet Malmö");

    assertThat(field(anna.get("/cases/" + id).json(), "overview.summary").getString("value"))
        .isEqualTo(SECRET_SUMMARY);

    Api.Response asSara = Api.as("sara.skv").get("/cases/" + id);
    assertThat(asSara.status()).isEqualTo(404);
    assertThat(asSara.contentType()).startsWith("application/problem+json");
    assertThat(asSara.body()).doesNotContain("Malmö").doesNotContain("PMY");
    Api.Response unknown = Api.as("sara.skv").get("/cases/00000000-0000-0000-0000-000000000000");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().getString("detail")).isEqualTo(asSara.json().getString("detail"));
  }

  @Test
  void myCasesListsOnlyCasesIAmAMemberOf() {
    Api maria = Api.as("maria.mig");
    String mine = openCase(maria, "Skenäktenskap Göteborg");
    String annas = openCase(Api.as("anna.pmy"), "Look-alike pass");
    List<String> ids =
        maria.get("/cases").array().stream().map(c -> c.asJsonObject().getString("id")).toList();
    assertThat(ids).contains(mine).doesNotContain(annas);
  }

  @Test
  void aStaleWriteIsRefusedAndNothingIsOverwritten() {
    Api anna = Api.as("anna.pmy");
    String id = openCase(anna, "Samtidig redigering");
    String path = "/cases/" + id + "/fields/notes.n1.text";
    assertThat(anna.put(path, "{\"value\":\"första\",\"baseVersion\":0}").status()).isEqualTo(200);
    assertThat(anna.put(path, "{\"value\":\"andra\",\"baseVersion\":1}").json().getInt("version"))
        .isEqualTo(2);

    Api.Response stale =
        anna.put(path, "{\"value\":\"skrivet på gammal version\",\"baseVersion\":1}");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().getInt("currentVersion")).isEqualTo(2);
    assertThat(stale.json().getString("currentValue")).isEqualTo("andra");

    List<JsonObject> history =
        anna.get(path + "/history").array().stream().map(JsonValue::asJsonObject).toList();
    assertThat(history).extracting(v -> v.getInt("version")).containsExactly(1, 2);
    assertThat(history).extracting(v -> v.getString("value")).containsExactly("första", "andra");
    assertThat(history.get(0).getString("author")).isEqualTo("anna.pmy");
  }

  @Test
  void aStaleWriteOfAValueTheWriterMayNotSeeRevealsNoValueAndOverwritingItIsRefused() {
    Api anna = Api.as("anna.pmy");
    String id = openCase(anna, "Dold uppgift");
    anna.put(
        "/cases/" + id + "/fields/overview.summary",
        "{\"value\":\""
            + SECRET_SUMMARY
            + "\",\"baseVersion\":0,\"marking\":{\"level\":\"CONFIDENTIAL\","
            + "\"legalReference\":\"OSL 35 kap. 1 §\"}}");
    anna.post("/cases/" + id + "/members", "{\"username\":\"erik.pmy\"}");
    Api erik = Api.as("erik.pmy");

    Api.Response stale =
        erik.put(
            "/cases/" + id + "/fields/overview.summary", "{\"value\":\"x\",\"baseVersion\":0}");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().containsKey("currentValue")).isFalse();

    Api.Response overwrite =
        erik.put(
            "/cases/" + id + "/fields/overview.summary", "{\"value\":\"x\",\"baseVersion\":1}");
    assertThat(overwrite.status()).isEqualTo(403);
    assertThat(overwrite.json().getString("reason")).isEqualTo("CURRENT_VALUE_NOT_VISIBLE");

    Api.Response history = erik.get("/cases/" + id + "/fields/overview.summary/history");
    assertThat(history.body()).doesNotContain("flyttanmälan");
    JsonObject withheld = history.array().getJsonObject(0);
    assertThat(withheld.getBoolean("redacted")).isTrue();
    assertThat(withheld.getInt("version")).isEqualTo(1);
    assertThat(withheld.keySet())
        .as("a withheld version shows no author, agency or time")
        .containsExactlyInAnyOrder("version", "marking", "redacted");
  }

  @Test
  void secrecyAlwaysNamesItsProvision() {
    Api anna = Api.as("anna.pmy");
    String id = openCase(anna, "Sekretess utan hänvisning");
    Api.Response missing =
        anna.put(
            "/cases/" + id + "/fields/overview.summary",
            "{\"value\":\"x\",\"baseVersion\":0,\"marking\":{\"level\":\"CONFIDENTIAL\"}}");
    assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
    assertThat(missing.json().getString("detail")).contains("legal reference");
    assertThat(anna.get("/cases/" + id + "/fields/overview.summary/history").status())
        .as("nothing was written")
        .isEqualTo(400);
  }

  @Test
  void aCaseAlwaysKeepsAMemberOfItsOwnerAgencyWhoeverAsks() {
    Api anna = Api.as("anna.pmy");
    Api petter = Api.as("petter.pmy");
    String alone = openCase(anna, "Ensam i ärendet");
    Api.Response herself = anna.delete("/cases/" + alone + "/members/anna.pmy");
    assertThat(herself.status()).as(herself.toString()).isEqualTo(403);
    assertThat(herself.json().getString("reason")).isEqualTo("LAST_MEMBER_OF_OWNER_AGENCY");
    assertThat(petter.delete("/cases/" + alone + "/members/anna.pmy").status()).isEqualTo(403);
    assertThat(anna.get("/cases/" + alone).status()).isEqualTo(200);

    String shared = openCase(anna, "Två i ärendet");
    assertThat(anna.post("/cases/" + shared + "/members", "{\"username\":\"Erik.PMY\"}").status())
        .as("usernames compare case-insensitively, as Keycloak's do")
        .isEqualTo(201);
    assertThat(petter.delete("/cases/" + shared + "/members/anna.pmy").status()).isEqualTo(204);
    JsonObject asErik = Api.as("erik.pmy").get("/cases/" + shared).json();
    assertThat(asErik.getJsonArray("members")).hasSize(1);
    assertThat(asErik.getJsonArray("members").getJsonObject(0).getBoolean("removable")).isFalse();
  }

  @Test
  void aReadIsOneAuditEntryNamingWhatWasReleasedAndWithheld() throws Exception {
    Api anna = Api.as("anna.pmy");
    String id = openCase(anna, "En post per läsning");
    for (String level : List.of("OPEN", "INTERNAL", "CONFIDENTIAL")) {
      String reference =
          level.equals("CONFIDENTIAL") ? ",\"legalReference\":\"OSL 35 kap. 1 §\"" : "";
      assertThat(
              anna.put(
                      "/cases/" + id + "/fields/notes." + level.toLowerCase() + ".text",
                      "{\"value\":\"v\",\"baseVersion\":0,\"marking\":{\"level\":\""
                          + level
                          + "\""
                          + reference
                          + "}}")
                  .status())
          .isEqualTo(200);
    }
    anna.post("/cases/" + id + "/members", "{\"username\":\"erik.pmy\"}");
    assertThat(Api.as("erik.pmy").get("/cases/" + id).status()).isEqualTo(200);

    Api ivar = Api.as("ivar.imy");
    List<JsonObject> reads = List.of();
    for (int i = 0; i < 60 && reads.isEmpty(); i++) {
      reads =
          ivar
              .get("/audit/entries?caseId=" + id + "&action=case.read&actor=erik.pmy")
              .json()
              .getJsonArray("entries")
              .stream()
              .map(JsonValue::asJsonObject)
              .toList();
      Thread.sleep(100);
    }
    assertThat(reads).as("one entry for erik's one read").hasSize(1);
    JsonObject details = reads.get(0).getJsonObject("details");
    // title and type, and each note's record and text: erik sees all but the confidential note
    assertThat(details.getString("released.count")).isEqualTo("6");
    assertThat(details.getString("withheld.count")).isEqualTo("2");
    assertThat(details.getString("released"))
        .contains("overview.type@1:INTERNAL", "notes.open@1:OPEN", "notes.open.text@1:OPEN");
    assertThat(details.getString("withheld"))
        .isEqualTo(
            "notes.confidential@1:CONFIDENTIAL:CLEARANCE_BELOW_LEVEL"
                + " notes.confidential.text@1:CONFIDENTIAL:CLEARANCE_BELOW_LEVEL");
  }

  @Test
  void nobodyMarksAValueAboveTheirOwnClearance() {
    Api anna = Api.as("anna.pmy");
    String id = openCase(anna, "Kvalificerad sekretess");
    Api.Response strict =
        anna.put(
            "/cases/" + id + "/fields/overview.summary",
            "{\"value\":\"x\",\"baseVersion\":0,\"marking\":{\"level\":\"STRICT\","
                + "\"legalReference\":\"OSL 21 kap. 3 §\"}}");
    assertThat(strict.status()).isEqualTo(403);
    assertThat(strict.json().getString("reason")).isEqualTo("MARKING_ABOVE_CLEARANCE");
  }

  @Test
  void onlyTheCreatorOrASpocOfTheOwnerAgencyAddsMembersAndOnlyFromThatAgency() {
    Api anna = Api.as("anna.pmy");
    String id = openCase(anna, "Medlemmar");
    assertThat(anna.post("/cases/" + id + "/members", "{\"username\":\"maria.mig\"}").status())
        .isEqualTo(403);
    assertThat(anna.post("/cases/" + id + "/members", "{\"username\":\"nobody.here\"}").status())
        .isEqualTo(400);
    assertThat(anna.post("/cases/" + id + "/members", "{\"username\":\"erik.pmy\"}").status())
        .isEqualTo(201);
    assertThat(anna.post("/cases/" + id + "/members", "{\"username\":\"erik.pmy\"}").status())
        .isEqualTo(409);

    Api erik = Api.as("erik.pmy");
    assertThat(erik.post("/cases/" + id + "/members", "{\"username\":\"petter.pmy\"}").status())
        .isEqualTo(403);
    Api petter = Api.as("petter.pmy");
    assertThat(petter.post("/cases/" + id + "/members", "{\"username\":\"petter.pmy\"}").status())
        .isEqualTo(201);
    assertThat(
            Api.as("stig.skv")
                .post("/cases/" + id + "/members", "{\"username\":\"sara.skv\"}")
                .status())
        .isEqualTo(404);

    assertThat(petter.delete("/cases/" + id + "/members/erik.pmy").status()).isEqualTo(204);
    assertThat(erik.get("/cases/" + id).status()).isEqualTo(404);
  }

  @Test
  void auditorsAndAdministratorsSeeNoCaseContent() {
    String id = openCase(Api.as("anna.pmy"), "Granskning");
    assertThat(Api.as("alva.pmy").get("/cases/" + id).status()).isEqualTo(404);
    assertThat(Api.as("alva.pmy").get("/cases").status()).isEqualTo(403);
    assertThat(Api.as("admin").post("/cases", "{\"title\":\"x\"}").status()).isEqualTo(403);
  }

  @Test
  void identifiersAreValidatedAndNormalised() {
    Api api = Api.as("sara.skv");
    JsonObject person = api.post("/identifiers/validate", "{\"value\":\"811228-9874\"}").json();
    assertThat(person.getBoolean("valid")).isTrue();
    assertThat(person.getString("type")).isEqualTo("PERSONNUMMER");
    assertThat(person.getString("normalized")).isEqualTo("198112289874");

    JsonObject coordination =
        api.post("/identifiers/validate", "{\"value\":\"701063-2391\"}").json();
    assertThat(coordination.getString("type")).isEqualTo("SAMORDNINGSNUMMER");
    assertThat(coordination.getString("normalized")).isEqualTo("197010632391");

    JsonObject org = api.post("/identifiers/validate", "{\"value\":\"556016-0680\"}").json();
    assertThat(org.getString("type")).isEqualTo("ORGANISATIONSNUMMER");
    assertThat(org.getString("normalized")).isEqualTo("5560160680");

    JsonObject wrong = api.post("/identifiers/validate", "{\"value\":\"811228-9875\"}").json();
    assertThat(wrong.getBoolean("valid")).isFalse();
    assertThat(wrong.isNull("type")).isTrue();
    assertThat(wrong.getString("reason")).contains("check digit");
  }
}
