package se.knutpunkt.cli.crypto;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file under a temporary name beside it and moves it into place only on success, so that a
 * failed decryption leaves no partial plaintext where the user expects the result.
 */
final class AtomicOutput {
  interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicOutput() {}

  static void write(Path target, Writer writer) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary =
        Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
    boolean done = false;
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        writer.writeTo(out);
      }
      Files.move(
          temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
