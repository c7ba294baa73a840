package se.knutpunkt.infrastructure.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.knutpunkt.application.identity.DirectoryEntry;
import se.knutpunkt.application.identity.IdentityProviderDirectory;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.user.Role;
import se.knutpunkt.domain.user.Username;

/**
 * Reads people from Keycloak's admin API with the web client's service account (which may only view
 * users). Configured by the same settings as the sign-in.
 */
@ApplicationScoped
public class KeycloakDirectory implements IdentityProviderDirectory {

  private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Inject
  @ConfigProperty(name = "payara.security.openid.providerURI")
  String providerUri;

  @Inject
  @ConfigProperty(name = "payara.security.openid.clientId")
  String clientId;

  @Inject
  @ConfigProperty(name = "payara.security.openid.clientSecret")
  String clientSecret;

  @Inject Clock clock;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private String serviceToken;
  private Instant serviceTokenExpires = Instant.EPOCH;

  @Override
  public Optional<DirectoryEntry> lookUp(Username username) {
    try {
      String admin = adminBase();
      JsonArray found =
          getJson(
                  admin
                      + "/users?exact=true&briefRepresentation=false&username="
                      + URLEncoder.encode(username.value(), StandardCharsets.UTF_8))
              .asJsonArray();
      for (JsonValue value : found) {
        JsonObject user = value.asJsonObject();
        if (username.value().equals(user.getString("username", null))
            && user.getBoolean("enabled", false)) {
          return toEntry(admin, username, user);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new IllegalStateException("the identity provider's directory does not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking the identity provider", e);
    }
  }

  private Optional<DirectoryEntry> toEntry(String admin, Username username, JsonObject user)
      throws IOException, InterruptedException {
    JsonObject attributes = user.getJsonObject("attributes");
    Optional<String> agency = firstAttribute(attributes, "agency");
    if (agency.isEmpty()) {
      return Optional.empty();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (JsonValue role :
        getJson(admin + "/users/" + user.getString("id") + "/role-mappings/realm/composite")
            .asJsonArray()) {
      Role.fromGroup(role.asJsonObject().getString("name", "")).ifPresent(roles::add);
    }
    String displayName =
        (user.getString("firstName", "") + " " + user.getString("lastName", "")).strip();
    try {
      return Optional.of(
          new DirectoryEntry(
              username,
              AgencyCode.of(agency.get()),
              roles,
              firstAttribute(attributes, "clearance").map(ClassificationLevel::parse),
              displayName.isEmpty() ? username.value() : displayName,
              Optional.ofNullable(user.getString("email", null))));
    } catch (IllegalArgumentException unusable) {
      LOG.log(
          Level.WARNING,
          "the directory entry of {0} is unusable: {1}",
          new Object[] {username, unusable.getMessage()});
      return Optional.empty();
    }
  }

  private static Optional<String> firstAttribute(JsonObject attributes, String name) {
    if (attributes == null || !attributes.containsKey(name)) {
      return Optional.empty();
    }
    JsonArray values = attributes.getJsonArray(name);
    return values.isEmpty()
        ? Optional.empty()
        : Optional.of(((JsonString) values.get(0)).getString());
  }

  private JsonValue getJson(String url) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + serviceToken())
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("the directory answered " + response.statusCode() + " for " + url);
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readValue();
    }
  }

  private synchronized String serviceToken() throws IOException, InterruptedException {
    if (serviceToken != null && clock.instant().isBefore(serviceTokenExpires)) {
      return serviceToken;
    }
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(providerUri + "/protocol/openid-connect/token"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(
          "the identity provider refused the service account: " + response.statusCode());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject token = reader.readObject();
      serviceToken = token.getString("access_token");
      serviceTokenExpires =
          clock.instant().plusSeconds(Math.max(0, token.getInt("expires_in", 60) - 30));
      return serviceToken;
    }
  }

  private String adminBase() {
    int realms = providerUri.lastIndexOf("/realms/");
    if (realms < 0) {
      throw new IllegalStateException("the provider URI names no realm: " + providerUri);
    }
    return providerUri.substring(0, realms)
        + "/admin/realms/"
        + providerUri.substring(realms + "/realms/".length());
  }
}
