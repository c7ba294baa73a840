package se.knutpunkt.security.auditlog.checkpoint;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import java.security.SecureRandom;
import se.knutpunkt.security.secrets.OwnerOnlyFile;

/**
 * A witness's cosigning key in a file readable by its owner only (0600), made on first use and read
 * on every later one, like the log's own {@link SignerKeyFile}. One line: {@link
 * WitnessSignerKey#encoded()}.
 */
public final class WitnessKeyFile {

  private static final String WHAT = "witness key file";

  private WitnessKeyFile() {}

  /**
   * Reads the witness key in {@code file}, or makes one of this name there if there is none.
   *
   * @throws SignerKeyFileException if the file exists but is unusable, open to others, or holds
   *     another witness's key
   */
  public static WitnessSignerKey loadOrCreate(Path file, KeyName name, SecureRandom random) {
    byte[] content;
    try {
      content =
          OwnerOnlyFile.readOrCreate(
              file,
              () -> (WitnessSignerKey.generate(name, random).encoded() + "\n").getBytes(UTF_8));
    } catch (OwnerOnlyFile.UnusableFileException e) {
      throw new SignerKeyFileException(WHAT, file, e.getMessage(), e);
    }
    WitnessSignerKey key = parse(file, content);
    if (!key.name().equals(name)) {
      throw new SignerKeyFileException(
          WHAT,
          file,
          "holds the key of witness '"
              + key.name()
              + "', not of '"
              + name
              + "'; give that name, or another state directory",
          null);
    }
    return key;
  }

  /** Reads the witness key in {@code file}, whatever its name. */
  public static WitnessSignerKey load(Path file) {
    try {
      return parse(file, OwnerOnlyFile.read(file));
    } catch (OwnerOnlyFile.UnusableFileException e) {
      throw new SignerKeyFileException(WHAT, file, e.getMessage(), e);
    }
  }

  private static WitnessSignerKey parse(Path file, byte[] content) {
    try {
      return WitnessSignerKey.parse(new String(content, UTF_8));
    } catch (MalformedNoteException e) {
      throw new SignerKeyFileException(
          WHAT,
          file,
          "is not a witness key (" + e.getMessage().replaceAll("'.*'", "…") + ")",
          null);
    }
  }
}
