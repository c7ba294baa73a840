package se.knutpunkt.security.crypto.vectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Wycheproof vectors of {@code shared/testdata/wycheproof}, found through the system property
 * {@code knutpunkt.shared.dir}. Missing vectors fail the test loudly: a conformance suite that
 * silently runs nothing proves nothing.
 */
public final class SharedVectors {
  private SharedVectors() {}

  public static Path wycheproofDir() {
    String shared = System.getProperty("knutpunkt.shared.dir");
    if (shared == null || shared.isBlank()) {
      throw new IllegalStateException(
          "system property knutpunkt.shared.dir is not set: run the tests through Maven, which"
              + " passes ../shared, or pass -Dknutpunkt.shared.dir=/path/to/shared");
    }
    Path dir = Path.of(shared, "testdata", "wycheproof");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          "the Wycheproof vectors are missing: no directory "
              + dir.toAbsolutePath()
              + " (knutpunkt.shared.dir="
              + shared
              + ")");
    }
    return dir;
  }

  public static JsonObject wycheproof(String fileName) {
    Path file = wycheproofDir().resolve(fileName);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "the Wycheproof vector file is missing: " + file.toAbsolutePath());
    }
    try (InputStream in = Files.newInputStream(file);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
