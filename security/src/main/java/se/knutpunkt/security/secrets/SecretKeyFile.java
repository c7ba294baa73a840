package se.knutpunkt.security.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * A server secret kept in a file outside the database, readable by the server's user only: made
 * with 32 random bytes the first time it is asked for, read the same ever after.
 */
public final class SecretKeyFile {

  public static final int KEY_BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private SecretKeyFile() {}

  public static byte[] loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      byte[] key = Files.readAllBytes(file);
      if (key.length != KEY_BYTES) {
        throw new IllegalStateException(
            "the secret key file " + file + " holds " + key.length + " bytes, not " + KEY_BYTES);
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the secret key file " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    Path temp = Files.createTempFile(dir, ".secret", ".tmp");
    try {
      restrict(temp);
      Files.write(temp, key);
      try {
        // a link, not a move: two servers starting at once must not both win
        Files.createLink(file, temp);
      } catch (FileAlreadyExistsException alreadyMade) {
        // another process made it first; its key is the one to use
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    } catch (UnsupportedOperationException notPosix) {
      // on file systems without POSIX permissions the directory's protection must do
    }
  }
}
