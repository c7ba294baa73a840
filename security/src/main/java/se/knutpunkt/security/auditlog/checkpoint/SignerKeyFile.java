package se.knutpunkt.security.auditlog.checkpoint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;

/**
 * The log's signing key lives in a file outside the database, readable by its owner only (0600), so
 * that whoever can change audit rows still cannot sign a checkpoint over the changed rows. The
 * server makes the key on first start and reads it on every later one.
 *
 * <p>The file holds one line, the key's signed-note text form ({@link SignerKey#encoded()}).
 */
public final class SignerKeyFile {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private SignerKeyFile() {}

  /**
   * Reads the key from {@code file}, or makes a new one there if the file does not exist.
   *
   * @throws SignerKeyFileException if the file exists but is unreadable, malformed, open to others,
   *     or holds the key of another name
   */
  public static SignerKey loadOrCreate(Path file, KeyName name, SecureRandom random) {
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.exists(file)) {
      return load(file, name);
    }
    SignerKey key = SignerKey.generate(name, random);
    try {
      create(file, key);
      return key;
    } catch (FileAlreadyExistsException anotherInstanceWasFaster) {
      return load(file, name);
    }
  }

  /** Reads the key of this name from {@code file}. */
  public static SignerKey load(Path file, KeyName expectedName) {
    SignerKey key = load(file);
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

  public static SignerKey load(Path file) {
    if (Files.isDirectory(file)) {
      throw new SignerKeyFileException(file, "is a directory, not a key file");
    }
    requireOwnerOnly(file);
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SignerKeyFileException(file, "cannot be read (" + e + ")", e);
    }
    try {
      return SignerKey.parse(content);
    } catch (MalformedNoteException e) {
      // The message never quotes the content: it is a private key, or nearly one.
      throw new SignerKeyFileException(
          file, "is not an audit log signing key (" + e.getMessage().replaceAll("'.*'", "…") + ")");
    }
  }

  /**
   * Writes a new key file, readable by its owner only, never replacing an existing one.
   *
   * @throws FileAlreadyExistsException if the file appeared meanwhile
   */
  public static void create(Path file, SignerKey key) throws FileAlreadyExistsException {
    Path directory = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new SignerKeyFileException(file, "cannot be created (" + e + ")", e);
    }
    Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, ".audit-signer-", ".tmp", ownerOnly(directory));
      byte[] content = (key.encoded() + "\n").getBytes(StandardCharsets.UTF_8);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(content));
        channel.force(true);
      }
      // No REPLACE_EXISTING: two servers starting at once must not each keep a different key.
      Files.move(temporary, file);
      temporary = null;
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (IOException e) {
      throw new SignerKeyFileException(file, "cannot be created (" + e + ")", e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // a leftover temporary file holds the key and is 0600; nothing better to do here
        }
      }
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path directory) {
    if (Files.getFileAttributeView(directory, PosixFileAttributeView.class) == null) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
  }

  private static void requireOwnerOnly(Path file) {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> permissions;
    try {
      permissions = view.readAttributes().permissions();
    } catch (IOException e) {
      throw new SignerKeyFileException(file, "cannot be read (" + e + ")", e);
    }
    Set<PosixFilePermission> others = EnumSet.copyOf(permissions);
    others.removeAll(
        EnumSet.allOf(PosixFilePermission.class).stream()
            .filter(p -> p.name().startsWith("OWNER_"))
            .toList());
    if (!others.isEmpty()) {
      throw new SignerKeyFileException(
          file,
          "is open to others ("
              + PosixFilePermissions.toString(permissions)
              + "); it must be readable by its owner only: chmod 600 "
              + file.toAbsolutePath());
    }
  }
}
