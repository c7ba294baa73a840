package se.knutpunkt.web.api.json;

import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes JSON responses (objects and arrays) as UTF-8, through one writer factory made once. */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyWriter implements MessageBodyWriter<JsonStructure> {

  private static final JsonWriterFactory WRITERS =
      JsonProvider.provider().createWriterFactory(Map.of());

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonStructure.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      JsonStructure json,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> httpHeaders,
      OutputStream entityStream) {
    try (JsonWriter writer = WRITERS.createWriter(entityStream, StandardCharsets.UTF_8)) {
      writer.write(json);
    }
  }
}
