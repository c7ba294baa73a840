package se.knutpunkt.web.api.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Map;

/**
 * Builders for JSON responses from one provider found once. {@code Jsons.object()} looks the
 * provider up with a ServiceLoader on every call, which walked the whole EAR's class path and was
 * most of the cost of a case read (Java Flight Recorder, issue 9).
 */
public final class Jsons {

  private static final JsonBuilderFactory BUILDERS =
      JsonProvider.provider().createBuilderFactory(Map.of());

  private Jsons() {}

  public static JsonObjectBuilder object() {
    return BUILDERS.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return BUILDERS.createArrayBuilder();
  }
}
