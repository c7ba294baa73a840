package se.knutpunkt.web.api.json;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.knutpunkt.web.api.problem.Problem;
import se.knutpunkt.web.api.problem.ProblemException;

/**
 * Reads a JSON object body, at most {@code knutpunkt.api.max-json-bytes} of it and at most {@link
 * #MAX_DEPTH} levels deep: an oversized body is 413, a too deeply nested or malformed one is 400
 * saying why, never a stack trace.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<JsonObject> {

  /** Far deeper than any request of the API (a marking inside a body is two). */
  static final int MAX_DEPTH = 32;

  /** Refuses a key given twice: which of the two a client meant is not ours to guess. */
  private static final JsonReaderFactory READERS =
      Json.createReaderFactory(
          Map.of(
              JsonConfig.KEY_STRATEGY,
              JsonConfig.KeyStrategy.NONE,
              "org.eclipse.parsson.maxDepth",
              MAX_DEPTH));

  @Inject
  @ConfigProperty(name = "knutpunkt.api.max-json-bytes", defaultValue = "65536")
  int maxBytes;

  static Problem tooLarge(int maxBytes) {
    return Problem.of(
        413,
        "body-too-large",
        "Request body too large",
        "The JSON body is larger than " + maxBytes + " bytes.");
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == JsonObject.class;
  }

  @Override
  public JsonObject readFrom(
      Class<JsonObject> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    byte[] body = entityStream.readNBytes(maxBytes + 1);
    if (body.length > maxBytes) {
      // the client waits for its answer until it has sent the rest (see DeclaredBodyLimit)
      DeclaredBodyLimit.discard(entityStream);
      throw new ProblemException(tooLarge(maxBytes));
    }
    if (body.length == 0) {
      throw ProblemException.badRequest("body", "A JSON object is required as the request body.");
    }
    if (JsonDepth.of(body, MAX_DEPTH) > MAX_DEPTH) {
      throw ProblemException.badRequest(
          "body", "The JSON body nests objects and arrays more than " + MAX_DEPTH + " deep.");
    }
    try (JsonReader reader =
        READERS.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw ProblemException.badRequest(
            "body", "The request body must be a JSON object, not " + describe(value) + ".");
      }
      return value.asJsonObject();
    } catch (JsonParsingException e) {
      String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
      throw ProblemException.badRequest(
          "body",
          (message.contains("duplicate") ? "The JSON body names a field twice" : "Malformed JSON")
              + " at line "
              + e.getLocation().getLineNumber()
              + ", column "
              + e.getLocation().getColumnNumber()
              + ".");
    } catch (JsonException e) {
      throw ProblemException.badRequest(
          "body", "The request body is not valid JSON (or names a field twice).");
    }
  }

  static String describe(JsonValue value) {
    return switch (value.getValueType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case TRUE, FALSE -> "a boolean";
      case NULL -> "null";
    };
  }
}
