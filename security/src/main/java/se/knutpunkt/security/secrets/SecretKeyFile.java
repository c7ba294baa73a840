package se.knutpunkt.security.secrets;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * A server secret kept in a file outside the database, readable by the server's user only: made
 * with 32 random bytes the first time it is asked for, read the same ever after.
 */
public final class SecretKeyFile {

  public static final int KEY_BYTES = 32;

  private SecretKeyFile() {}

  public static byte[] loadOrCreate(Path file) {
    byte[] key;
    try {
      key = OwnerOnlyFile.readOrCreate(file, SecretKeyFile::newKey);
    } catch (OwnerOnlyFile.UnusableFileException e) {
      throw new UncheckedIOException("the secret key file " + file + " " + e.getMessage(), e);
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalStateException(
          "the secret key file " + file + " holds " + key.length + " bytes, not " + KEY_BYTES);
    }
    return key;
  }

  private static byte[] newKey() {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
