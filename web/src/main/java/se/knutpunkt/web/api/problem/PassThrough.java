package se.knutpunkt.web.api.problem;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;

/** Reads back a problem that was already rendered, so that the mapper can add the request id. */
final class PassThrough {

  private PassThrough() {}

  static Problem of(int status, String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return Problem.rendered(status, reader.readObject());
    }
  }
}
