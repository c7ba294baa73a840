package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.knutpunkt.it.support.Api;
import se.knutpunkt.it.support.Deployments;
import se.knutpunkt.it.support.Settings;
import se.knutpunkt.it.support.Tokens;

/**
 * Bad input and bad credentials: always a problem+json answer that says what is wrong, never a
 * redirect, an HTML page, a 500 or a stack trace; and tokens never reach the server log.
 */
@ExtendWith(ArquillianExtension.class)
class ApiProblemsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  private static void assertProblem(Api.Response response, int status, String detailContains) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().getInt("status")).isEqualTo(status);
    assertThat(response.json().getString("type")).startsWith("urn:knutpunkt:problem:");
    assertThat(response.json().getString("detail")).contains(detailContains);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void malformedJsonIs400SayingWhere() {
    assertProblem(Api.as("anna.pmy").post("/cases", "{\"title\": \"x\""), 400, "line 1");
    assertProblem(Api.as("anna.pmy").post("/cases", ""), 400, "JSON object");
    assertProblem(Api.as("anna.pmy").post("/cases", "[1,2]"), 400, "not an array");
  }

  @Test
  void unknownMissingAndWronglyTypedFieldsAre400NamingTheField() {
    Api anna = Api.as("anna.pmy");
    Api.Response unknown = anna.post("/cases", "{\"title\":\"x\",\"owner\":\"MIG\"}");
    assertProblem(unknown, 400, "Unknown field 'owner'");
    assertThat(unknown.json().getString("field")).isEqualTo("owner");

    Api.Response missing = anna.post("/cases", "{\"type\":\"TIPS\"}");
    assertProblem(missing, 400, "'title' is required");

    Api.Response wrongType = anna.post("/cases", "{\"title\":42}");
    assertProblem(wrongType, 400, "'title' must be a string, not a number");

    Api.Response badEnum = anna.post("/cases", "{\"title\":\"x\",\"type\":\"SOMETHING\"}");
    assertProblem(badEnum, 400, "not a case type");
    assertThat(badEnum.json().getString("field")).isEqualTo("type");

    String id = anna.post("/cases", "{\"title\":\"Fält\"}").json().getString("id");
    Api.Response badLevel =
        anna.put(
            "/cases/" + id + "/fields/overview.summary",
            "{\"value\":\"x\",\"baseVersion\":0,\"marking\":{\"level\":\"SECRET\"}}");
    assertProblem(badLevel, 400, "not a level");
    assertThat(badLevel.json().getString("field")).isEqualTo("marking.level");

    assertProblem(
        anna.put(
            "/cases/" + id + "/fields/overview.summary", "{\"value\":\"x\",\"baseVersion\":\"1\"}"),
        400,
        "whole number");
    assertProblem(
        anna.put("/cases/" + id + "/fields/secret.stuff", "{\"value\":\"x\",\"baseVersion\":0}"),
        400,
        "not a section");
  }

  @Test
  void oversizedBodiesAre413AndWrongMediaTypes415() {
    String big = "{\"title\":\"" + "a".repeat(70_000) + "\"}";
    assertProblem(Api.as("anna.pmy").post("/cases", big), 413, "larger than");
    assertProblem(
        Api.as("anna.pmy").send("POST", "/cases", "text/plain", "title"), 415, "application/json");
  }

  @Test
  void unknownPathsAndMethodsAreProblemsToo() {
    assertProblem(Api.as("anna.pmy").get("/no-such-thing"), 404, "no such resource");
    assertProblem(Api.as("anna.pmy").delete("/cases"), 405, "method");
    assertProblem(Api.as("anna.pmy").get("/cases/not-a-case-id"), 404, "no such case");
  }

  @Test
  void responsesAreNeverCachedOrSniffedAndRunNothing() {
    Api.Response me = Api.as("anna.pmy").get("/me");
    assertThat(me.header("Cache-Control")).hasValue("no-store");
    assertThat(me.header("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(me.header("Content-Security-Policy"))
        .hasValueSatisfying(p -> assertThat(p).contains("default-src 'none'"));
    Api.Response refused = Api.anonymous().get("/cases");
    assertThat(refused.header("Cache-Control")).hasValue("no-store");
    assertThat(refused.header("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void bodiesNestedThousandsDeepAreRefusedAs400() {
    String deep = "{\"title\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}";
    assertProblem(Api.as("anna.pmy").post("/cases", deep), 400, "deep");
  }

  @Test
  void thirtyMegabyteStringsAreRefusedWithoutReadingThemWhole() {
    String huge = "{\"title\":\"" + "x".repeat(30 * 1024 * 1024) + "\"}";
    assertProblem(Api.as("anna.pmy").post("/cases", huge), 413, "larger than");
  }

  @Test
  void textThatCannotBeStoredIsRefusedNamingTheField() {
    Api anna = Api.as("anna.pmy");
    assertProblem(anna.post("/cases", "{\"title\":\"a\\u0000b\"}"), 400, "NUL");
    assertProblem(anna.post("/cases", "{\"title\":\"a\\ud800b\"}"), 400, "surrogate");
    assertProblem(anna.post("/cases", "{\"title\":\"ett\",\"title\":\"två\"}"), 400, "twice");
    List<String> titles =
        anna.get("/cases").array().stream()
            .map(c -> c.asJsonObject().getString("title", ""))
            .toList();
    assertThat(titles).noneMatch(t -> t.startsWith("a") && t.endsWith("b")).doesNotContain("två");
  }

  @Test
  void withoutAValidTokenTheApiAnswers401NeverARedirect() {
    Api.Response none = Api.anonymous().get("/me");
    assertProblem(none, 401, "Bearer");
    assertThat(none.header("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    assertThat(none.header("Location")).isEmpty();

    assertProblem(Api.withToken("not-a-jwt").get("/me"), 401, "not a signed JWT");

    String real = Tokens.of("anna.pmy");
    String[] parts = real.split("\\.");
    String forgedClaims =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("\"CONFIDENTIAL\"", "\"STRICT\"")
                    .getBytes(StandardCharsets.UTF_8));
    assertProblem(
        Api.withToken(parts[0] + "." + forgedClaims + "." + parts[2]).get("/me"), 401, "not valid");
  }

  @Test
  void aValidTokenOfThisRealmMeantForAnotherAudienceIsRefused() {
    assertProblem(Api.withToken(Tokens.ofWebServiceAccount()).get("/me"), 401, "audience");
  }

  @Test
  void tokensNeverReachTheServerLog() throws Exception {
    String real = Tokens.of("erik.pmy");
    String forged =
        real.substring(0, real.lastIndexOf('.') + 1)
            + "AAAA"
            + real.substring(real.lastIndexOf('.') + 5);
    Api.withToken(real).get("/me");
    Api.withToken(forged).get("/me");
    Path log = Path.of(Settings.required("knutpunkt.server.log"));
    String written = Files.readString(log, StandardCharsets.ISO_8859_1);
    String signature = real.substring(real.lastIndexOf('.') + 1);
    assertThat(written)
        .doesNotContain(signature)
        .doesNotContain(forged.substring(forged.lastIndexOf('.') + 1));
    assertThat(written).doesNotContain(real.split("\\.")[1]);
  }
}
