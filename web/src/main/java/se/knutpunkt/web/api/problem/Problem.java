package se.knutpunkt.web.api.problem;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.knutpunkt.web.api.json.Jsons;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, plus our
 * extensions (the field at fault, the request id, the current version of a field ...).
 */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "urn:knutpunkt:problem:";
  private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail");

  private final int status;
  private final String type;
  private final String title;
  private final String detail;
  private final Map<String, Object> extensions = new LinkedHashMap<>();

  private Problem(int status, String type, String title, String detail) {
    this.status = status;
    this.type = Objects.requireNonNull(type);
    this.title = Objects.requireNonNull(title);
    this.detail = Objects.requireNonNull(detail);
  }

  /** A problem of {@code status}; {@code slug} names its type (urn:knutpunkt:problem:slug). */
  public static Problem of(int status, String slug, String title, String detail) {
    return new Problem(status, TYPE_BASE + slug, title, detail);
  }

  /** A problem already rendered as JSON, taken back so that extensions can be added. */
  static Problem rendered(int status, JsonObject json) {
    Problem problem =
        new Problem(
            status,
            json.getString("type", TYPE_BASE + "error"),
            json.getString("title", "Error"),
            json.getString("detail", ""));
    json.forEach(
        (name, value) -> {
          if (!STANDARD_MEMBERS.contains(name)) {
            problem.extensions.put(
                name,
                value instanceof JsonString string
                    ? string.getString()
                    : value instanceof JsonNumber number ? number.longValue() : value.toString());
          }
        });
    return problem;
  }

  public Problem with(String name, Object value) {
    extensions.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  public String detail() {
    return detail;
  }

  public JsonObject toJson() {
    JsonObjectBuilder json =
        Jsons.object()
            .add("type", type)
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    extensions.forEach(
        (name, value) -> {
          if (value instanceof Number number) {
            json.add(name, number.longValue());
          } else if (value instanceof Boolean bool) {
            json.add(name, bool);
          } else if (value != null) {
            json.add(name, value.toString());
          }
        });
    return json.build();
  }
}
