package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.knutpunkt.it.support.Api;
import se.knutpunkt.it.support.Deployments;

/**
 * Ten writers, a thousand edits each, half of them on one shared value and the rest each on a value
 * of its own, through the API: every accepted write is in the history at the version it was given,
 * every other write was refused as stale (409), and versions grow by exactly one per accepted
 * write. Zero lost updates.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentEditsIT {

  private static final int WRITERS = 10;
  private static final int EDITS = 1000;
  private static final String SHARED = "overview.summary";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  /** What one writer saw: its accepted writes (path → version → value) and its refusals. */
  private record Outcome(Map<String, Map<Long, String>> accepted, int stale, List<String> other) {}

  @Test
  void tenWritersLoseNothingAndEveryStaleWriteIs409() throws Exception {
    Api anna = Api.as("anna.pmy");
    String id = anna.post("/cases", "{\"title\":\"Samtidiga ändringar\"}").json().getString("id");
    for (String user : List.of("erik.pmy", "petter.pmy")) {
      anna.post("/cases/" + id + "/members", "{\"username\":\"" + user + "\"}");
    }
    List<String> users = List.of("anna.pmy", "erik.pmy", "petter.pmy");
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Future<Outcome>> futures = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      Api api = Api.as(users.get(w % users.size()));
      futures.add(pool.submit(() -> write(api, id, writer)));
    }
    Map<String, Map<Long, String>> accepted = new HashMap<>();
    int stale = 0;
    List<String> other = new ArrayList<>();
    for (Future<Outcome> future : futures) {
      Outcome outcome = future.get();
      outcome
          .accepted()
          .forEach(
              (path, versions) ->
                  versions.forEach(
                      (version, value) ->
                          assertThat(
                                  accepted
                                      .computeIfAbsent(path, p -> new HashMap<>())
                                      .put(version, value))
                              .as("two writers were given version " + version + " of " + path)
                              .isNull()));
      stale += outcome.stale();
      other.addAll(outcome.other());
    }
    pool.shutdown();

    assertThat(other).as("every write is accepted or refused as stale").isEmpty();
    int acceptedCount = accepted.values().stream().mapToInt(Map::size).sum();
    assertThat(acceptedCount + stale).isEqualTo(WRITERS * EDITS);
    assertThat(stale).as("writers of the shared value collide").isPositive();
    for (Map.Entry<String, Map<Long, String>> path : accepted.entrySet()) {
      List<JsonObject> history =
          anna.get("/cases/" + id + "/fields/" + path.getKey() + "/history").array().stream()
              .map(JsonValue::asJsonObject)
              .toList();
      assertThat(history).as(path.getKey()).hasSize(path.getValue().size());
      for (int i = 0; i < history.size(); i++) {
        JsonObject version = history.get(i);
        assertThat(version.getJsonNumber("version").longValue()).isEqualTo(i + 1);
        assertThat(version.getString("value"))
            .as("the value accepted as version " + (i + 1) + " of " + path.getKey())
            .isEqualTo(path.getValue().get((long) (i + 1)));
      }
    }
  }

  private static Outcome write(Api api, String id, int writer) {
    Map<String, Map<Long, String>> accepted = new HashMap<>();
    Map<String, Long> base = new HashMap<>();
    int stale = 0;
    List<String> other = Collections.synchronizedList(new ArrayList<>());
    String own = "notes.w" + writer + ".text";
    for (int edit = 0; edit < EDITS; edit++) {
      String path = edit % 2 == 0 ? SHARED : own;
      String value = "skrivare " + writer + " ändring " + edit;
      long baseVersion = base.getOrDefault(path, 0L);
      Api.Response response =
          api.put(
              "/cases/" + id + "/fields/" + path,
              "{\"value\":\"" + value + "\",\"baseVersion\":" + baseVersion + "}");
      if (response.status() == 200) {
        long version = response.json().getJsonNumber("version").longValue();
        accepted.computeIfAbsent(path, p -> new HashMap<>()).put(version, value);
        base.put(path, version);
      } else if (response.status() == 409) {
        stale++;
        base.put(path, response.json().getJsonNumber("currentVersion").longValue());
      } else {
        other.add(response.toString());
      }
    }
    return new Outcome(accepted, stale, other);
  }
}
