package se.knutpunkt.web.live;

import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Browsers send the page's origin with a WebSocket handshake: a connection from another site's page
 * is refused (the ticket is secret anyway; this stops a page elsewhere from even trying). Clients
 * that are not browsers send no origin and rely on their ticket alone. The platform's own origins
 * are {@code knutpunkt.ui.origins}.
 */
public class SameOriginOnly extends ServerEndpointConfig.Configurator {

  private final Set<String> origins =
      Arrays.stream(
              ConfigProvider.getConfig()
                  .getOptionalValue("knutpunkt.ui.origins", String.class)
                  .orElse("http://127.0.0.1:8080,http://localhost:8080")
                  .split(","))
          .map(String::strip)
          .filter(o -> !o.isEmpty())
          .collect(Collectors.toUnmodifiableSet());

  @Override
  public boolean checkOrigin(String origin) {
    return origin == null || origin.isEmpty() || origins.contains(origin);
  }
}
