package se.knutpunkt.web.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.knutpunkt.security.token.JsonWebKeys;
import se.knutpunkt.security.token.RealmKeys;

/**
 * The realm's token signing keys, fetched from Keycloak's key set and kept. A token signed by a key
 * we do not know makes us fetch again (the realm rotated its keys), at most once per {@link
 * #REFETCH_PAUSE}, so that made-up key ids cannot make us hammer the identity provider.
 */
@ApplicationScoped
public class RealmSigningKeys implements RealmKeys {

  static final Duration REFETCH_PAUSE = Duration.ofSeconds(10);
  private static final Logger LOG = Logger.getLogger(RealmSigningKeys.class.getName());

  @Inject
  @ConfigProperty(
      name = "payara.security.openid.providerURI",
      defaultValue = "http://127.0.0.1:8180/realms/knutpunkt")
  String issuer;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private volatile Map<String, RSAPublicKey> keys = Map.of();
  private volatile Instant fetchedAt = Instant.EPOCH;

  public String issuer() {
    return issuer;
  }

  @Override
  public Optional<RSAPublicKey> key(String keyId) {
    if (keyId == null) {
      return Optional.empty();
    }
    RSAPublicKey known = keys.get(keyId);
    if (known != null) {
      return Optional.of(known);
    }
    refetchUnlessJustDone();
    return Optional.ofNullable(keys.get(keyId));
  }

  private synchronized void refetchUnlessJustDone() {
    if (Instant.now().isBefore(fetchedAt.plus(REFETCH_PAUSE))) {
      return;
    }
    fetchedAt = Instant.now();
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/certs"))
                  .timeout(Duration.ofSeconds(5))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        keys = Map.copyOf(JsonWebKeys.rsaSigningKeys(response.body()));
      } else {
        LOG.warning("The realm's key set answered " + response.statusCode());
      }
    } catch (IOException | IllegalArgumentException e) {
      LOG.log(Level.WARNING, "Cannot fetch the realm's key set from " + issuer, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
