package se.knutpunkt.cli.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import se.knutpunkt.cli.crypto.CliFailure;
import se.knutpunkt.security.auditlog.verify.LeafPageFormat;

/**
 * The few calls the verifier makes: a token from the realm (password grant of the knutpunkt-cli
 * client, for the demo realm) and GETs of the audit API. Failures are one line for the user.
 */
final class KnutpunktServer {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String apiUrl;
  private final String token;

  private KnutpunktServer(String apiUrl, String token) {
    this.apiUrl = apiUrl;
    this.token = token;
  }

  static KnutpunktServer signIn(String baseUrl, String realmUrl, String user, String password) {
    String form =
        "client_id=knutpunkt-cli&grant_type=password&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            "the identity provider at " + realmUrl);
    if (response.statusCode() != 200) {
      throw new CliFailure(
          "sign-in as "
              + user
              + " refused by "
              + realmUrl
              + " (HTTP "
              + response.statusCode()
              + ")");
    }
    JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
    return new KnutpunktServer(baseUrl + "/api/v1", body.getString("access_token"));
  }

  String text(String path) {
    return get(path).body();
  }

  /** The text at {@code path}, or empty if the server answers 404. */
  Optional<String> textIfFound(String path) {
    HttpResponse<String> response = send(request(path), "the Knutpunkt API at " + apiUrl);
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    return Optional.of(checked(path, response, body -> body).body());
  }

  /** A POST of text; the answer whatever its status, for the caller to judge. */
  HttpResponse<String> postText(String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(apiUrl + path))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "text/plain; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        "the Knutpunkt API at " + apiUrl);
  }

  /** The problem's detail of a refused call, or the start of its body. */
  static String detailOf(String body) {
    try {
      return Json.createReader(new StringReader(body)).readObject().getString("detail");
    } catch (RuntimeException notAProblem) {
      return body.length() > 200 ? body.substring(0, 200) : body;
    }
  }

  JsonObject json(String path) {
    return Json.createReader(new StringReader(get(path).body())).readObject();
  }

  List<String> hashes(String path) {
    return json(path).getJsonArray("hashes").getValuesAs(JsonString::getString);
  }

  /**
   * Fetches a page of leaves in the background, so the next page arrives while one is checked: the
   * binary page ({@link LeafPageFormat}), entries outside the auditor's reach as hashes only.
   */
  CompletableFuture<byte[]> leaves(long start, long end) {
    String path = "/audit/leaves?start=" + start + "&end=" + end;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(apiUrl + path))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + token)
            .header("Accept", LeafPageFormat.MEDIA_TYPE)
            .GET()
            .build();
    return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(
            response ->
                checked(path, response, body -> new String(body, StandardCharsets.UTF_8)).body());
  }

  private HttpResponse<String> get(String path) {
    return checked(path, send(request(path), "the Knutpunkt API at " + apiUrl), body -> body);
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create(apiUrl + path))
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", "Bearer " + token)
        .GET()
        .build();
  }

  private static <T> HttpResponse<T> checked(
      String path, HttpResponse<T> response, Function<T, String> text) {
    if (response.statusCode() != 200) {
      String detail = text.apply(response.body());
      try {
        detail = Json.createReader(new StringReader(detail)).readObject().getString("detail");
      } catch (RuntimeException notAProblem) {
        detail = detail.length() > 200 ? detail.substring(0, 200) : detail;
      }
      throw new CliFailure("GET " + path + ": HTTP " + response.statusCode() + ": " + detail);
    }
    return response;
  }

  private static HttpResponse<String> send(HttpRequest request, String what) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new CliFailure(what + " does not answer (" + e + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliFailure("interrupted", e);
    }
  }
}
