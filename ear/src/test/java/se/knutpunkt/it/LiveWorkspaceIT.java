package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.knutpunkt.it.support.Api;
import se.knutpunkt.it.support.Deployments;
import se.knutpunkt.it.support.LiveClient;

/**
 * Following a case live over the WebSocket: changes arrive without asking, each as the gate lets it
 * through to that follower; presence; losing the case; tickets that do not open anything.
 */
@ExtendWith(ArquillianExtension.class)
class LiveWorkspaceIT {

  private static final Duration SOON = Duration.ofSeconds(5);
  private static final String SECRET = "Kontoutdrag visar uttag i Malmö";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  private static String caseOfAnnaWithErik(Api anna) {
    String id =
        anna.post("/cases", "{\"title\":\"Levande ärende\",\"type\":\"TIPS\"}")
            .json()
            .getString("id");
    assertThat(anna.post("/cases/" + id + "/members", "{\"username\":\"erik.pmy\"}").status())
        .isEqualTo(201);
    return id;
  }

  private static List<JsonObject> values(JsonObject frame) {
    return frame.getJsonArray("values").stream().map(JsonValue::asJsonObject).toList();
  }

  @Test
  void aConfidentialEditReachesAFollowerBelowItsLevelAsChangedOnlyAndAnInternalOneWithItsValue() {
    Api anna = Api.as("anna.pmy");
    String id = caseOfAnnaWithErik(anna);
    try (LiveClient erik = LiveClient.follow(Api.as("erik.pmy"), id);
        LiveClient annaLive = LiveClient.follow(anna, id)) {
      erik.nextOfType("welcome", SOON);
      annaLive.nextOfType("welcome", SOON);

      assertThat(
              anna.put(
                      "/cases/" + id + "/fields/overview.summary",
                      "{\"value\":\""
                          + SECRET
                          + "\",\"baseVersion\":0,\"marking\":{\"level\":\"CONFIDENTIAL\",\"legalReference\":\"OSL 35 kap. 1 §\"}}")
                  .status())
          .isEqualTo(200);

      JsonObject toErik = erik.nextOfType("values", SOON);
      JsonObject summary = values(toErik).get(0);
      assertThat(summary.getString("path")).isEqualTo("overview.summary");
      assertThat(summary.getBoolean("redacted")).isTrue();
      assertThat(summary.getJsonObject("marking").getString("level")).isEqualTo("CONFIDENTIAL");
      assertThat(summary.containsKey("value")).isFalse();
      assertThat(summary.containsKey("author")).isFalse();
      JsonObject toAnna = annaLive.nextOfType("values", SOON);
      assertThat(values(toAnna).get(0).getString("value")).isEqualTo(SECRET);

      anna.put(
          "/cases/" + id + "/fields/overview.status", "{\"value\":\"UTREDS\",\"baseVersion\":0}");
      JsonObject status = values(erik.nextOfType("values", SOON)).get(0);
      assertThat(status.getString("value")).isEqualTo("UTREDS");
      assertThat(status.getString("author")).isEqualTo("anna.pmy");

      assertThat(String.join("\n", erik.received())).doesNotContain(SECRET);
    }
  }

  @Test
  void followersSeeWhoElseHasTheCaseOpenAndWhatTheyEdit() {
    Api anna = Api.as("anna.pmy");
    String id = caseOfAnnaWithErik(anna);
    try (LiveClient erik = LiveClient.follow(Api.as("erik.pmy"), id)) {
      erik.nextOfType("welcome", SOON);
      try (LiveClient annaLive = LiveClient.follow(anna, id)) {
        JsonObject both =
            erik.next(
                    f ->
                        f.getString("type").equals("presence")
                            && f.getJsonArray("present").size() == 2,
                    SOON)
                .orElseThrow(() -> new AssertionError("no presence of two: " + erik.received()));
        assertThat(both.toString()).contains("anna.pmy", "erik.pmy");

        annaLive.send("{\"type\":\"editing\",\"path\":\"overview.summary\"}");
        erik.next(f -> f.toString().contains("\"editing\":\"overview.summary\""), SOON)
            .orElseThrow(() -> new AssertionError("anna's editing not shown: " + erik.received()));
      }
      erik.next(
              f -> f.getString("type").equals("presence") && f.getJsonArray("present").size() == 1,
              SOON)
          .orElseThrow(() -> new AssertionError("anna's leaving not shown: " + erik.received()));
    }
  }

  @Test
  void aFollowerWhoIsRemovedFromTheCaseIsToldItIsGoneAndDisconnected() {
    Api anna = Api.as("anna.pmy");
    String id = caseOfAnnaWithErik(anna);
    try (LiveClient erik = LiveClient.follow(Api.as("erik.pmy"), id)) {
      erik.nextOfType("welcome", SOON);
      assertThat(anna.delete("/cases/" + id + "/members/erik.pmy").status()).isEqualTo(204);
      erik.nextOfType("gone", SOON);
      assertThat(erik.closedWith(SOON)).isPresent();
      anna.put(
          "/cases/" + id + "/fields/overview.status", "{\"value\":\"UTREDS\",\"baseVersion\":0}");
      assertThat(erik.next(f -> f.getString("type").equals("values"), Duration.ofSeconds(2)))
          .isEmpty();
    }
  }

  @Test
  void ticketsAreForMembersOnlyAndOpenOneConnectionOnce() {
    Api anna = Api.as("anna.pmy");
    String id = caseOfAnnaWithErik(anna);
    assertThat(Api.as("sara.skv").post("/cases/" + id + "/live", "").status()).isEqualTo(404);

    String url = anna.post("/cases/" + id + "/live", "").json().getString("url");
    try (LiveClient first = LiveClient.connect(url)) {
      first.nextOfType("welcome", SOON);
    }
    try (LiveClient again = LiveClient.connect(url)) {
      assertThat(again.closedWith(SOON)).hasValue(1008);
      assertThat(again.received()).isEmpty();
    }
    try (LiveClient forged = LiveClient.connect(url.replaceAll("ticket=.*", "ticket=forged"))) {
      assertThat(forged.closedWith(SOON)).hasValue(1008);
    }
  }

  @Test
  void anItemAddedWithSeveralValuesArrivesAsOnePushAndItsRemovalAsARemoval() {
    Api anna = Api.as("anna.pmy");
    String id = caseOfAnnaWithErik(anna);
    try (LiveClient erik = LiveClient.follow(Api.as("erik.pmy"), id)) {
      erik.nextOfType("welcome", SOON);
      Api.Response added =
          anna.post(
              "/cases/" + id + "/items/tasks",
              "{\"values\":{\"title\":\"Ring banken\",\"assignee\":\"erik.pmy\",\"due\":\"2026-12-24\"}}");
      assertThat(added.status()).as(added.toString()).isEqualTo(201);
      String task = added.json().getString("path");
      JsonObject frame = erik.nextOfType("values", SOON);
      assertThat(values(frame))
          .extracting(v -> v.getString("path"))
          .contains(task, task + ".title", task + ".assignee", task + ".due");

      assertThat(anna.delete("/cases/" + id + "/fields/" + task + "?baseVersion=1").status())
          .isEqualTo(200);
      JsonObject removal = values(erik.nextOfType("values", SOON)).get(0);
      assertThat(removal.getString("path")).isEqualTo(task);
      assertThat(removal.getBoolean("removed")).isTrue();
      assertThat(removal.getInt("version")).isEqualTo(2);
    }
  }
}
