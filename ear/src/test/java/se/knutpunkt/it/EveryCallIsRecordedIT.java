package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.knutpunkt.it.support.Api;
import se.knutpunkt.it.support.Deployments;
import se.knutpunkt.security.auditlog.checkpoint.KeyName;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.SignedNote;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;
import se.knutpunkt.security.auditlog.checkpoint.WitnessSignerKey;

/**
 * Issue 14: every call of the REST API leaves at least one audit entry that carries its request id
 * — a read, a change, a step of sharing, the auditors' own calls. The routes are read from the
 * resource classes themselves, so a new resource method without a walk here fails this test, and
 * one whose call records nothing fails it too.
 */
@ExtendWith(ArquillianExtension.class)
class EveryCallIsRecordedIT {

  /**
   * Calls that are not an access to anything and may be made without a token: recording them would
   * let anyone fill the log. Only these are exempt.
   */
  private static final Set<String> OPEN_AND_UNRECORDED = Set.of("GET /audit/public-key");

  private static final String IDENTIFIER = "19811228-9874";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  /** "POST /cases/{id}/fields/{path}" for every resource method of the web module. */
  private static Set<String> routesOfTheApi() throws Exception {
    Path classes = Path.of(System.getProperty("user.dir")).resolveSibling("web/target/classes");
    Path resources = classes.resolve("se/knutpunkt/web/api/resources");
    assertThat(resources).as("the web module is built before the integration tests").isDirectory();
    Set<String> routes = new TreeSet<>();
    try (URLClassLoader loader =
            new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, EveryCallIsRecordedIT.class.getClassLoader());
        Stream<Path> files = Files.list(resources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = file.getFileName().toString();
        if (name.contains("$")) {
          continue;
        }
        Class<?> resource =
            loader.loadClass("se.knutpunkt.web.api.resources." + name.replace(".class", ""));
        jakarta.ws.rs.Path root = resource.getAnnotation(jakarta.ws.rs.Path.class);
        if (root == null) {
          continue;
        }
        for (Method method : resource.getMethods()) {
          for (Annotation annotation : method.getAnnotations()) {
            jakarta.ws.rs.HttpMethod verb =
                annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (verb != null) {
              jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
              String path = "/" + root.value() + (sub == null ? "" : "/" + sub.value());
              routes.add(verb.value() + " " + path.replaceAll("/+", "/").replaceAll("(.)/$", "$1"));
            }
          }
        }
      }
    }
    return routes;
  }

  private static String created(Api.Response response) {
    assertThat(response.status()).as(response.toString()).isIn(200, 201);
    JsonValue id = response.json().get("id");
    return id instanceof jakarta.json.JsonString text ? text.getString() : id.toString();
  }

  @Test
  void everyCallOfTheApiLeavesAnEntryWithItsRequestId() throws Exception {
    Instant since = Instant.now().minusSeconds(2);
    Api petter = Api.as("petter.pmy");
    Api anna = Api.as("anna.pmy");
    Api magnus = Api.as("magnus.mig");
    Api maria = Api.as("maria.mig");
    Api ivar = Api.as("ivar.imy");
    String in30Days = LocalDate.now().plusDays(30).toString();
    String invitationBody =
        "{\"agency\":\"MIG\",\"sections\":[\"overview\",\"persons\"],\"legalBasis\":\"LUB_2025_170\","
            + "\"purpose\":\"Utreda kapad identitet\",\"needsTest\":\"MIG behöver uppgifterna\","
            + "\"expiresAt\":\""
            + in30Days
            + "\"}";
    String[] caseId = new String[1];
    String[] ids = new String[8]; // 0 invitation, 1 disclosure request, 2 flag, 3 watch, 4 item
    Map<String, Supplier<Api.Response>> walk = new LinkedHashMap<>();
    walk.put(
        "POST /cases",
        () -> {
          Api.Response r =
              petter.post("/cases", "{\"title\":\"Genomgången\",\"type\":\"IDENTITETSMISSBRUK\"}");
          caseId[0] = created(r);
          return r;
        });
    walk.put("GET /cases", () -> petter.get("/cases"));
    walk.put(
        "PUT /cases/{id}/fields/{path}",
        () ->
            petter.put(
                "/cases/" + caseId[0] + "/fields/overview.summary",
                "{\"value\":\"Hemlig sammanfattning\",\"baseVersion\":0,\"marking\":{\"level\":"
                    + "\"CONFIDENTIAL\",\"legalReference\":\"OSL 35 kap. 1 §\","
                    + "\"releasable\":[\"PMY\"]}}"));
    walk.put("GET /cases/{id}", () -> petter.get("/cases/" + caseId[0]));
    walk.put(
        "POST /cases/{id}/persons",
        () ->
            petter.post(
                "/cases/" + caseId[0] + "/persons",
                "{\"name\":\"Okänd\",\"identifiers\":[{\"value\":\"" + IDENTIFIER + "\"}]}"));
    walk.put(
        "POST /cases/{id}/items/{collection}",
        () -> {
          Api.Response r =
              petter.post(
                  "/cases/" + caseId[0] + "/items/notes",
                  "{\"values\":{\"text\":\"En anteckning\"}}");
          ids[4] = r.json().getString("path");
          return r;
        });
    walk.put(
        "GET /cases/{id}/fields/{path}/history",
        () -> petter.get("/cases/" + caseId[0] + "/fields/overview.summary/history"));
    walk.put("POST /cases/{id}/live", () -> petter.post("/cases/" + caseId[0] + "/live", "{}"));
    walk.put(
        "POST /cases/{id}/members",
        () -> petter.post("/cases/" + caseId[0] + "/members", "{\"username\":\"anna.pmy\"}"));
    walk.put(
        "DELETE /cases/{id}/members/{username}",
        () -> petter.delete("/cases/" + caseId[0] + "/members/anna.pmy"));
    walk.put(
        "POST /cases/{id}/invitations",
        () -> {
          Api.Response r = petter.post("/cases/" + caseId[0] + "/invitations", invitationBody);
          ids[0] = created(r);
          return r;
        });
    walk.put("GET /spoc-inbox", () -> magnus.get("/spoc-inbox"));
    walk.put(
        "POST /invitations/{id}/accept",
        () -> magnus.post("/invitations/" + ids[0] + "/accept", "{\"members\":[\"maria.mig\"]}"));
    walk.put("GET /cases/{id}/sharing", () -> petter.get("/cases/" + caseId[0] + "/sharing"));
    walk.put(
        "POST /cases/{id}/disclosure-requests",
        () -> {
          // the summary is marked for PMY only: maria, in the case through MIG's invitation, asks
          Api.Response r =
              maria.post(
                  "/cases/" + caseId[0] + "/disclosure-requests",
                  "{\"path\":\"overview.summary\",\"reason\":\"Behövs för beslutet\"}");
          if (r.status() == 201) {
            ids[1] = r.json().getString("id");
          }
          return r;
        });
    walk.put(
        "POST /disclosure-requests/{id}/decide",
        () ->
            petter.post(
                "/disclosure-requests/" + (ids[1] == null ? "unknown" : ids[1]) + "/decide",
                "{\"grant\":false,\"reason\":\"Inte nu\"}"));
    walk.put(
        "DELETE /cases/{id}/fields/{path}",
        () -> petter.delete("/cases/" + caseId[0] + "/fields/overview.summary?baseVersion=1"));
    walk.put(
        "DELETE /cases/{id}/items/{path}",
        () -> petter.delete("/cases/" + caseId[0] + "/items/" + ids[4] + "?baseVersion=1"));
    walk.put("DELETE /invitations/{id}", () -> petter.delete("/invitations/" + ids[0]));
    walk.put(
        "POST /invitations/{id}/decline",
        () -> {
          String second =
              created(petter.post("/cases/" + caseId[0] + "/invitations", invitationBody));
          return magnus.post("/invitations/" + second + "/decline", "{\"reason\":\"Ej aktuellt\"}");
        });
    walk.put(
        "POST /flags",
        () -> {
          Api.Response r =
              maria.post(
                  "/flags",
                  "{\"identifier\":\""
                      + IDENTIFIER
                      + "\",\"category\":\"KAPAD_IDENTITET\",\"confidence\":\"MISSTANKT\"}");
          ids[2] = created(r);
          return r;
        });
    walk.put("GET /flags", () -> maria.get("/flags"));
    walk.put("DELETE /flags/{id}", () -> maria.delete("/flags/" + ids[2]));
    walk.put(
        "POST /identifiers/validate",
        () -> anna.post("/identifiers/validate", "{\"value\":\"811228-9874\"}"));
    walk.put(
        "POST /identity-documents",
        () ->
            maria.post(
                "/identity-documents",
                "{\"type\":\"PASS\",\"number\":\"WALK"
                    + (System.nanoTime() % 100000)
                    + "\",\"country\":\"IRQ\",\"result\":\"FORFALSKAD\","
                    + "\"examinedOn\":\"2026-11-20\"}"));
    walk.put(
        "GET /identity-documents",
        () -> maria.get("/identity-documents?country=IRQ&number=AB1234567"));
    walk.put(
        "POST /watches",
        () -> {
          Api.Response r = anna.post("/watches", "{\"identifier\":\"" + IDENTIFIER + "\"}");
          ids[3] = created(r);
          return r;
        });
    walk.put("GET /watches", () -> anna.get("/watches"));
    walk.put("DELETE /watches/{id}", () -> anna.delete("/watches/" + ids[3]));
    walk.put("GET /me", () -> anna.get("/me"));
    walk.put("GET /notifications", () -> petter.get("/notifications"));
    walk.put(
        "POST /notifications/{id}/read",
        () -> {
          // petter's inbox hears of the invitations' answers, after their commits
          String notice = null;
          for (int tries = 0; tries < 50 && notice == null; tries++) {
            notice =
                petter.get("/notifications").array().stream()
                    .map(JsonValue::asJsonObject)
                    .map(n -> n.get("id").toString())
                    .findFirst()
                    .orElse(null);
            pause(100);
          }
          assertThat(notice).as("a notice for petter").isNotNull();
          return petter.post("/notifications/" + notice + "/read", "{}");
        });
    walk.put("POST /notifications/live", () -> anna.post("/notifications/live", "{}"));
    walk.put("GET /notifications/digest", () -> anna.get("/notifications/digest"));
    walk.put(
        "PUT /notifications/digest", () -> anna.put("/notifications/digest", "{\"daily\":false}"));
    walk.put("GET /audit/checkpoint", () -> anna.get("/audit/checkpoint"));
    walk.put(
        "POST /audit/checkpoint/cosignatures",
        () -> {
          SignedCheckpoint newest =
              SignedCheckpoint.open(
                  ivar.get("/audit/checkpoint").body(),
                  VerifierKey.parse(Api.anonymous().get("/audit/public-key").body().strip()));
          WitnessSignerKey witness =
              WitnessSignerKey.generate(KeyName.of("witness.test/walk"), new SecureRandom());
          SignedNote cosigned =
              newest
                  .note()
                  .withSignature(witness.cosign(newest.checkpoint(), Instant.now()).signature());
          return ivar.send(
              "POST",
              "/audit/checkpoint/cosignatures",
              "text/plain; charset=utf-8",
              "witness " + witness.witnessKey().encoded() + "\n\n" + cosigned.format());
        });
    walk.put("GET /audit/leaves", () -> ivar.get("/audit/leaves?start=0&end=1"));
    walk.put(
        "GET /audit/proof/inclusion", () -> ivar.get("/audit/proof/inclusion?index=0&treeSize=1"));
    walk.put(
        "GET /audit/proof/consistency",
        () -> ivar.get("/audit/proof/consistency?first=1&second=1"));
    walk.put("GET /audit/entries", () -> ivar.get("/audit/entries?actor=nobody"));
    walk.put("GET /audit/export", () -> ivar.get("/audit/export?actor=nobody"));

    Set<String> routes = routesOfTheApi();
    routes.removeAll(OPEN_AND_UNRECORDED);
    assertThat(walk.keySet())
        .as("every route of the API is walked here (add a call for a new one)")
        .containsExactlyInAnyOrderElementsOf(routes);

    Map<String, String> requestIds = new LinkedHashMap<>();
    for (Map.Entry<String, Supplier<Api.Response>> step : walk.entrySet()) {
      Api.Response response = step.getValue().get();
      assertThat(response.status()).as(step.getKey() + ": " + response).isLessThan(500);
      requestIds.put(
          step.getKey(),
          response.header("X-Request-Id").orElseThrow(() -> new AssertionError(step.getKey())));
    }

    Set<String> recorded = new HashSet<>();
    long deadline = System.currentTimeMillis() + 5000;
    Set<String> missing = Set.copyOf(requestIds.values());
    while (System.currentTimeMillis() < deadline) {
      recorded.addAll(requestIdsRecordedSince(ivar, since));
      missing =
          requestIds.values().stream()
              .filter(id -> !recorded.contains(id))
              .collect(Collectors.toSet());
      if (missing.isEmpty()) {
        break;
      }
      Thread.sleep(250);
    }
    Set<String> unrecorded = new TreeSet<>();
    requestIds.forEach(
        (route, id) -> {
          if (!recorded.contains(id)) {
            unrecorded.add(route);
          }
        });
    assertThat(unrecorded).as("calls that left no audit entry").isEmpty();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Set<String> requestIdsRecordedSince(Api ivar, Instant since) {
    Set<String> ids = new HashSet<>();
    for (int page = 1; ; page++) {
      JsonObject found = ivar.get("/audit/entries?from=" + since + "&page=" + page).json();
      found.getJsonArray("entries").stream()
          .map(JsonValue::asJsonObject)
          .forEach(e -> ids.add(e.getString("requestId", "")));
      if (page * 50L >= found.getJsonNumber("total").longValue()) {
        return ids;
      }
    }
  }
}
