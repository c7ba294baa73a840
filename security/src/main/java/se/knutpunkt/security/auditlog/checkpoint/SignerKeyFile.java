package se.knutpunkt.security.auditlog.checkpoint;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import java.security.SecureRandom;
import se.knutpunkt.security.secrets.OwnerOnlyFile;

/**
 * The log's signing key lives in a file outside the database, readable by its owner only (0600), so
 * that whoever can change audit rows still cannot sign a checkpoint over the changed rows. The
 * server makes the key on first start and reads it on every later one.
 *
 * <p>The file holds one line, the key's signed-note text form ({@link SignerKey#encoded()}).
 */
public final class SignerKeyFile {

  private SignerKeyFile() {}

  /**
   * Reads the key from {@code file}, or makes a new one there if the file does not exist.
   *
   * @throws SignerKeyFileException if the file exists but is unreadable, malformed, open to others,
   *     or holds the key of another name
   */
  public static SignerKey loadOrCreate(Path file, KeyName name, SecureRandom random) {
    byte[] content;
    try {
      content =
          OwnerOnlyFile.readOrCreate(
              file, () -> (SignerKey.generate(name, random).encoded() + "\n").getBytes(UTF_8));
    } catch (OwnerOnlyFile.UnusableFileException e) {
      throw new SignerKeyFileException(file, e.getMessage(), e);
    }
    return named(file, parse(file, content), name);
  }

  /** Reads the key of this name from {@code file}. */
  public static SignerKey load(Path file, KeyName expectedName) {
    return named(file, load(file), expectedName);
  }

  public static SignerKey load(Path file) {
    try {
      return parse(file, OwnerOnlyFile.read(file));
    } catch (OwnerOnlyFile.UnusableFileException e) {
      throw new SignerKeyFileException(file, e.getMessage(), e);
    }
  }

  private static SignerKey named(Path file, SignerKey key, KeyName expectedName) {
    if (!key.name().equals(expectedName)) {
      throw new SignerKeyFileException(
          file,
          "holds the key of log '"
              + key.name()
              + "', but this server is configured as log '"
              + expectedName
              + "'; a log keeps its name for life");
    }
    return key;
  }

  private static SignerKey parse(Path file, byte[] content) {
    try {
      return SignerKey.parse(new String(content, UTF_8));
    } catch (MalformedNoteException e) {
      // The message never quotes the content: it is a private key, or nearly one.
      throw new SignerKeyFileException(
          file, "is not an audit log signing key (" + e.getMessage().replaceAll("'.*'", "…") + ")");
    }
  }
}
