package se.knutpunkt.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The public REST API: {@code /knutpunkt/api/v1}. The contract is API.md.
 *
 * <p>Jersey's auto-discovered features are off: among them Payara's OpenTelemetry listener, which
 * ran on every request although nothing is traced and was a tenth of a plain call (issue 9, Java
 * Flight Recorder). JSON is read and written by our own providers in {@code api.json}.
 */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.disableAutoDiscovery", true,
        "jersey.config.server.tracing.type", "OFF",
        "jersey.config.server.monitoring.statistics.enabled", false,
        "jersey.config.server.monitoring.enabled", false,
        "jersey.config.server.wadl.disableWadl", true);
  }
}
