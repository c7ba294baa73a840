package se.knutpunkt.web.api.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import se.knutpunkt.domain.text.PlainText;
import se.knutpunkt.web.api.problem.ProblemException;

/**
 * Strict reading of a request object: unknown fields, missing fields and wrong types are 400 naming
 * the field, so a client's mistake is never silently ignored.
 */
public final class JsonInput {

  private final JsonObject object;
  private final String prefix;

  private JsonInput(JsonObject object, String prefix) {
    this.object = object;
    this.prefix = prefix;
  }

  /** The object, which may hold only the {@code allowed} fields. */
  public static JsonInput of(JsonObject object, String... allowed) {
    return of(object, "", allowed);
  }

  private static JsonInput of(JsonObject object, String prefix, String... allowed) {
    Set<String> known = Set.of(allowed);
    Set<String> unknown = new TreeSet<>(object.keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      String first = unknown.iterator().next();
      throw ProblemException.badRequest(
          prefix + first,
          "Unknown field '"
              + prefix
              + first
              + "'; expected "
              + String.join(", ", new TreeSet<>(known))
              + ".");
    }
    return new JsonInput(object, prefix);
  }

  public String requiredString(String name) {
    return optionalString(name)
        .orElseThrow(
            () ->
                ProblemException.badRequest(prefix + name, "'" + prefix + name + "' is required."));
  }

  public Optional<String> optionalString(String name) {
    return optional(name).map(value -> asString(name, value));
  }

  public long requiredLong(String name) {
    JsonValue value = required(name);
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      throw wrongType(name, "a whole number", value);
    }
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      throw ProblemException.badRequest(prefix + name, "'" + prefix + name + "' is out of range.");
    }
  }

  public boolean requiredBoolean(String name) {
    JsonValue value = required(name);
    if (value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (value.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    throw wrongType(name, "true or false", value);
  }

  private JsonValue required(String name) {
    return optional(name)
        .orElseThrow(
            () ->
                ProblemException.badRequest(prefix + name, "'" + prefix + name + "' is required."));
  }

  public Optional<JsonInput> optionalObject(String name, String... allowed) {
    return optional(name)
        .map(
            value -> {
              if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw wrongType(name, "an object", value);
              }
              return of(value.asJsonObject(), prefix + name + ".", allowed);
            });
  }

  public JsonInput requiredObject(String name, String... allowed) {
    JsonValue value =
        optional(name)
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        prefix + name, "'" + prefix + name + "' is required."));
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw wrongType(name, "an object", value);
    }
    // an open object: its names are the caller's to choose, and checked by the services
    return new JsonInput(value.asJsonObject(), prefix + name + ".");
  }

  /** The names this object holds, in order. */
  public List<String> names() {
    return new ArrayList<>(object.keySet());
  }

  /** The field as an object holding only {@code allowed} fields, if it is an object at all. */
  public Optional<JsonInput> objectIfObject(String name, String... allowed) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      return Optional.empty();
    }
    return Optional.of(of(value.asJsonObject(), prefix + name + ".", allowed));
  }

  /** An optional array of objects, each holding only {@code allowed} fields. */
  public List<JsonInput> optionalObjects(String name, String... allowed) {
    Optional<JsonValue> value = optional(name);
    if (value.isEmpty()) {
      return List.of();
    }
    if (value.get().getValueType() != JsonValue.ValueType.ARRAY) {
      throw wrongType(name, "an array of objects", value.get());
    }
    List<JsonInput> objects = new ArrayList<>();
    JsonArray array = (JsonArray) value.get();
    for (int i = 0; i < array.size(); i++) {
      JsonValue element = array.get(i);
      if (element.getValueType() != JsonValue.ValueType.OBJECT) {
        throw wrongType(name + "[" + i + "]", "an object", element);
      }
      objects.add(of(element.asJsonObject(), prefix + name + "[" + i + "].", allowed));
    }
    return objects;
  }

  /** A whole number given as a query parameter, or 400 naming it. */
  public static long queryLong(String name, String text) {
    if (text == null || text.isBlank()) {
      throw ProblemException.badRequest(name, "'" + name + "' is required.");
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest(name, "'" + name + "' must be a whole number.");
    }
  }

  /** A field that is either a string or an array of strings. */
  public Optional<JsonValue> optionalStringOrStrings(String name) {
    return optional(name)
        .map(
            value -> {
              if (value.getValueType() == JsonValue.ValueType.STRING) {
                return value;
              }
              if (value.getValueType() == JsonValue.ValueType.ARRAY
                  && ((JsonArray) value)
                      .stream().allMatch(v -> v.getValueType() == JsonValue.ValueType.STRING)) {
                return value;
              }
              throw wrongType(name, "a string or an array of strings", value);
            });
  }

  /** A required array of strings. */
  public List<String> requiredStrings(String name) {
    JsonValue value = required(name);
    if (value.getValueType() != JsonValue.ValueType.ARRAY
        || !((JsonArray) value)
            .stream().allMatch(v -> v.getValueType() == JsonValue.ValueType.STRING)) {
      throw wrongType(name, "an array of strings", value);
    }
    return strings(name, value);
  }

  /** The strings of {@code array}, the value of field {@code name}. */
  public List<String> strings(String name, JsonValue array) {
    List<String> values = new ArrayList<>();
    ((JsonArray) array).forEach(v -> values.add(asString(name, v)));
    return values;
  }

  /** Parses a field into a value object; its IllegalArgumentException becomes a 400. */
  public <T> T parse(String name, String text, Function<String, T> parser) {
    return parseValue(prefix + name, text, parser);
  }

  /** Parses any request text (a path parameter, say) into a value object, or 400. */
  public static <T> T parseValue(String field, String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(field, e.getMessage());
    }
  }

  private Optional<JsonValue> optional(String name) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private String asString(String name, JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw wrongType(name, "a string", value);
    }
    String text = ((JsonString) value).getString();
    PlainText.problemWith(text)
        .ifPresent(
            problem -> {
              throw ProblemException.badRequest(
                  prefix + name, "'" + prefix + name + "' " + problem + ".");
            });
    return text;
  }

  private ProblemException wrongType(String name, String expected, JsonValue value) {
    return ProblemException.badRequest(
        prefix + name,
        "'"
            + prefix
            + name
            + "' must be "
            + expected
            + ", not "
            + JsonBodyReader.describe(value)
            + ".");
  }
}
