package se.knutpunkt.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Access tokens of demo users from the real Keycloak, through the demo realm's password grant for
 * the CLI client (the same tokens an agency system would send).
 */
public final class Tokens {

  public static final String DEMO_PASSWORD = "demo";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Tokens() {}

  public static String of(String username) {
    return grant(
            "client_id=knutpunkt-cli&grant_type=password&username="
                + username
                + "&password="
                + DEMO_PASSWORD)
        .getString("access_token");
  }

  /**
   * A genuine token of this realm, signed and valid, but issued to the web client's service account
   * and so not meant for Knutpunkt's API (no {@code knutpunkt-api} audience). The secret is the
   * demo realm's.
   */
  public static String ofWebServiceAccount() {
    return grant(
            "client_id=knutpunkt-web&client_secret=demo-web-secret&grant_type=client_credentials")
        .getString("access_token");
  }

  private static JsonObject grant(String form) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(Settings.realmUrl() + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("Keycloak refused the grant: " + response.body());
      }
      return Json.createReader(new StringReader(response.body())).readObject();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Keycloak does not answer at " + Settings.realmUrl(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
