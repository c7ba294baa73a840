package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.knutpunkt.it.support.Api;
import se.knutpunkt.it.support.Deployments;

/**
 * Notices of misuse flags through the API: a flag on an identifier in anna's case reaches the
 * case's members and the ID-SPOC inbox of PMY, saying category, confidence and flagging agency and
 * which of their own cases matches — never the flagging agency's comment, who flagged, or the
 * identifier; nobody outside the case gets one; a member who leaves the case loses it; the
 * withdrawal is told too.
 */
@ExtendWith(ArquillianExtension.class)
class NoticesIT {

  /** A samordningsnummer (1985-03-11, day + 60) with a valid check digit, used by no other test. */
  private static final String SAMORDNINGSNUMMER = "850371-2344";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  private static List<JsonObject> noticesAbout(Api api, String caseId) {
    Api.Response inbox = api.get("/notifications");
    assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
    assertThat(inbox.header("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    return inbox.array().stream()
        .map(v -> v.asJsonObject())
        .filter(n -> n.getString("caseId").equals(caseId))
        .toList();
  }

  private static long unread(Api api) {
    return api.get("/notifications").array().stream()
        .filter(n -> !n.asJsonObject().getBoolean("read"))
        .count();
  }

  /** Notices are posted after the flag's commit, off its request: wait for them a little. */
  private static List<JsonObject> awaitNotices(Api api, String caseId, String kind, int count) {
    Instant until = Instant.now().plus(Duration.ofSeconds(10));
    List<JsonObject> found;
    do {
      found =
          noticesAbout(api, caseId).stream().filter(n -> n.getString("kind").equals(kind)).toList();
      if (found.size() >= count) {
        return found;
      }
      sleep();
    } while (Instant.now().isBefore(until));
    return found;
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aFlagReachesTheMembersAndTheSpocInboxOfTheMatchingCaseAndNoOneElse() {
    Api anna = Api.as("anna.pmy");
    String id =
        anna.post("/cases", "{\"title\":\"Notistest\",\"type\":\"TIPS\"}").json().getString("id");
    assertThat(anna.post("/cases/" + id + "/members", "{\"username\":\"erik.pmy\"}").status())
        .isEqualTo(201);
    Api.Response person =
        anna.post(
            "/cases/" + id + "/persons",
            "{\"name\":\"Okänd\",\"identifiers\":[{\"value\":\"" + SAMORDNINGSNUMMER + "\"}]}");
    assertThat(person.status()).as(person.toString()).isEqualTo(201);
    long annasUnreadBefore = unread(anna);

    Api maria = Api.as("maria.mig");
    Api.Response flagged =
        maria.post(
            "/flags",
            "{\"identifier\":\""
                + SAMORDNINGSNUMMER
                + "\",\"category\":\"KAPAD_IDENTITET\","
                + "\"confidence\":\"MISSTANKT\",\"comment\":\"Ansökan med annat foto\"}");
    assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);
    long flagId = flagged.json().getJsonNumber("id").longValue();

    JsonObject annas = awaitNotices(anna, id, "MISUSE_FLAGGED", 1).get(0);
    assertThat(annas.getString("category")).isEqualTo("KAPAD_IDENTITET");
    assertThat(annas.getString("confidence")).isEqualTo("MISSTANKT");
    assertThat(annas.getString("flaggingAgency")).isEqualTo("MIG");
    assertThat(annas.getString("caseTitle")).isEqualTo("Notistest");
    assertThat(annas.getString("inbox")).isEqualTo("PERSONAL");
    assertThat(annas.getBoolean("read")).isFalse();
    assertThat(annas.toString())
        .doesNotContain("annat foto")
        .doesNotContain("maria")
        .doesNotContain("850371")
        .doesNotContain("2344");
    assertThat(unread(anna)).isEqualTo(annasUnreadBefore + 1);

    assertThat(awaitNotices(Api.as("erik.pmy"), id, "MISUSE_FLAGGED", 1)).hasSize(1);
    JsonObject petters = awaitNotices(Api.as("petter.pmy"), id, "MISUSE_FLAGGED", 1).get(0);
    assertThat(petters.getString("inbox")).as("PMY's ID-SPOC inbox").isEqualTo("ID_SPOC");
    assertThat(petters.getBoolean("caseTitleRedacted"))
        .as("petter is no member: the inbox names the case, not its title")
        .isTrue();
    for (String outsider : new String[] {"sara.skv", "stig.skv", "magnus.mig", "maria.mig"}) {
      assertThat(noticesAbout(Api.as(outsider), id)).as(outsider).isEmpty();
    }

    // read: once by anna, not for erik, and nobody marks another's notice
    long annasId = annas.getJsonNumber("id").longValue();
    assertThat(Api.as("sara.skv").post("/notifications/" + annasId + "/read", "").status())
        .isEqualTo(400);
    assertThat(anna.post("/notifications/" + annasId + "/read", "").status()).isEqualTo(204);
    assertThat(noticesAbout(anna, id).get(0).getBoolean("read")).isTrue();
    assertThat(unread(anna)).isEqualTo(annasUnreadBefore);
    assertThat(noticesAbout(Api.as("erik.pmy"), id).get(0).getBoolean("read")).isFalse();

    // erik leaves the case: his notice about it goes with him
    assertThat(anna.delete("/cases/" + id + "/members/erik.pmy").status()).isEqualTo(204);
    assertThat(noticesAbout(Api.as("erik.pmy"), id)).isEmpty();

    // the withdrawal is told as well
    assertThat(maria.delete("/flags/" + flagId).status()).isEqualTo(200);
    assertThat(awaitNotices(anna, id, "FLAG_WITHDRAWN", 1)).hasSize(1);

    // every inbox read is in the audit log
    Api.Response entries =
        Api.as("ivar.imy").get("/audit/entries?action=notice.read&actor=anna.pmy");
    assertThat(entries.json().getInt("total")).isPositive();
    assertThat(Optional.of(entries.body()).get()).doesNotContain("annat foto");
  }

  @Test
  void aDocumentExaminedAsForgedIsToldWhenItEntersACase() {
    String number = "FX" + (System.nanoTime() % 10_000_000);
    Api.Response examined =
        Api.as("maria.mig")
            .post(
                "/identity-documents",
                "{\"type\":\"PASS\",\"number\":\""
                    + number
                    + "\",\"country\":\"IRQ\","
                    + "\"result\":\"FORFALSKAD\",\"examinedOn\":\"2026-11-20\"}");
    assertThat(examined.status()).as(examined.toString()).isEqualTo(201);
    Api anna = Api.as("anna.pmy");
    String id =
        anna.post("/cases", "{\"title\":\"Passet från Bagdad\",\"type\":\"TIPS\"}")
            .json()
            .getString("id");
    assertThat(anna.post("/cases/" + id + "/members", "{\"username\":\"erik.pmy\"}").status())
        .isEqualTo(201);

    Api.Response added =
        anna.post(
            "/cases/" + id + "/items/documents",
            "{\"values\":{\"type\":\"PASS\",\"number\":\"" + number + "\",\"country\":\"IRQ\"}}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);

    JsonObject eriks = awaitNotices(Api.as("erik.pmy"), id, "FORGED_DOCUMENT", 1).get(0);
    assertThat(eriks.getString("result")).isEqualTo("FORFALSKAD");
    assertThat(eriks.getString("examiningAgency")).isEqualTo("MIG");
    assertThat(eriks.getString("caseTitle")).isEqualTo("Passet från Bagdad");
    assertThat(eriks.toString()).doesNotContain(number);
    assertThat(awaitNotices(Api.as("petter.pmy"), id, "FORGED_DOCUMENT", 1)).hasSize(1);
    assertThat(noticesAbout(Api.as("sara.skv"), id)).isEmpty();
  }

  @Test
  void aWatchOnAnIdentifierBringsItsKeeperANoticeOfItsFlagAndNobodyElse() {
    Api sara = Api.as("sara.skv");
    Api.Response watched = sara.post("/watches", "{\"identifier\":\"19721212-1235\"}");
    assertThat(watched.status()).as(watched.toString()).isEqualTo(201);
    long watchId = watched.json().getJsonNumber("id").longValue();
    assertThat(sara.get("/watches").array().toString()).contains("19721212-1235");
    assertThat(Api.as("stig.skv").get("/watches").array().toString())
        .as("a watch is its keeper's own")
        .doesNotContain("19721212-1235");
    assertThat(Api.as("alva.pmy").post("/watches", "{\"identifier\":\"19721212-1235\"}").status())
        .as("auditors keep no watches")
        .isEqualTo(403);
    assertThat(sara.post("/watches", "{\"identifier\":\"19721212-1234\"}").status())
        .as("a number that breaks its check digit")
        .isEqualTo(400);

    assertThat(
            Api.as("maria.mig")
                .post(
                    "/flags",
                    "{\"identifier\":\"197212121235\",\"category\":\"FALSK_IDENTITET\","
                        + "\"confidence\":\"MISSTANKT\",\"comment\":\"hemligt\"}")
                .status())
        .isEqualTo(201);

    Instant until = Instant.now().plus(Duration.ofSeconds(10));
    List<JsonObject> found = List.of();
    while (found.isEmpty() && Instant.now().isBefore(until)) {
      found =
          sara.get("/notifications").array().stream()
              .map(v -> v.asJsonObject())
              .filter(n -> "19721212-1235".equals(n.getString("watched", null)))
              .toList();
      sleep();
    }
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getString("category")).isEqualTo("FALSK_IDENTITET");
    assertThat(found.get(0).containsKey("caseId")).isFalse();
    assertThat(found.get(0).toString()).doesNotContain("hemligt");
    assertThat(Api.as("stig.skv").get("/notifications").body()).doesNotContain("19721212-1235");

    assertThat(Api.as("anna.pmy").delete("/watches/" + watchId).status()).isEqualTo(400);
    assertThat(sara.delete("/watches/" + watchId).status()).isEqualTo(204);
    assertThat(sara.get("/notifications").body())
        .as("the notice goes with the watch")
        .doesNotContain("19721212-1235");
  }

  @Test
  void anUnknownNoticeIsABadRequestNotAStackTrace() {
    Api.Response unknown = Api.as("anna.pmy").post("/notifications/abc/read", "");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(Api.as("anna.pmy").post("/notifications/999999999/read", "").status())
        .isEqualTo(400);
  }
}
