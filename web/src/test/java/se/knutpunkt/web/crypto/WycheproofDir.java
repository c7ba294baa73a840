package se.knutpunkt.web.crypto;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared Wycheproof vectors; a run without them fails, it never skips. */
final class WycheproofDir {
  private WycheproofDir() {}

  static Path path() {
    String shared = System.getProperty("knutpunkt.shared.dir");
    if (shared == null || shared.isBlank()) {
      throw new IllegalStateException(
          "system property knutpunkt.shared.dir is not set: run the tests through Maven, which"
              + " passes ../shared, or pass -Dknutpunkt.shared.dir=/path/to/shared");
    }
    Path dir = Path.of(shared, "testdata", "wycheproof").toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          "the Wycheproof vectors are missing: no directory "
              + dir
              + " (knutpunkt.shared.dir="
              + shared
              + ")");
    }
    return dir;
  }
}
