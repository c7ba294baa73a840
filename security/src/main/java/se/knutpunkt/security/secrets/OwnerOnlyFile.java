package se.knutpunkt.security.secrets;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A file that holds a key: made once, readable by its owner only (0600) from the moment it exists,
 * never replaced, and refused when others may read it. Every key the server keeps outside the
 * database (value fingerprint secret, audit signing key) goes through here.
 */
public final class OwnerOnlyFile {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  /** The file cannot be used; the message says what is wrong and what to do, never the content. */
  public static final class UnusableFileException extends IOException {
    private static final long serialVersionUID = 1L;

    UnusableFileException(String problem, Throwable cause) {
      super(problem, cause);
    }
  }

  private OwnerOnlyFile() {}

  /** Reads the file, or first makes it with {@code firstContent} if it does not exist yet. */
  public static byte[] readOrCreate(Path file, Supplier<byte[]> firstContent)
      throws UnusableFileException {
    if (!Files.exists(file)) {
      try {
        create(file, firstContent.get());
      } catch (FileAlreadyExistsException anotherProcessWasFaster) {
        // its content is the one to use
      }
    }
    return read(file);
  }

  public static byte[] read(Path file) throws UnusableFileException {
    if (Files.isDirectory(file)) {
      throw new UnusableFileException("is a directory, not a key file", null);
    }
    requireOwnerOnly(file);
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnusableFileException("cannot be read (" + e + ")", e);
    }
  }

  private static void create(Path file, byte[] content)
      throws FileAlreadyExistsException, UnusableFileException {
    Path directory = file.toAbsolutePath().getParent();
    try {
      // apart from the rest: a plain file in the way also says FileAlreadyExists
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UnusableFileException("cannot be created (" + e + ")", e);
    }
    Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, ".key-", ".tmp", ownerOnly(directory));
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
      throw new UnusableFileException("cannot be created (" + e + ")", e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // a leftover temporary file is 0600 like the key; nothing better to do here
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

  private static void requireOwnerOnly(Path file) throws UnusableFileException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return; // no POSIX permissions here: the directory's protection must do
    }
    Set<PosixFilePermission> permissions;
    try {
      permissions = view.readAttributes().permissions();
    } catch (IOException e) {
      throw new UnusableFileException("cannot be read (" + e + ")", e);
    }
    Set<PosixFilePermission> others = EnumSet.copyOf(permissions);
    others.removeAll(
        EnumSet.of(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_EXECUTE));
    if (!others.isEmpty()) {
      throw new UnusableFileException(
          "is open to others ("
              + PosixFilePermissions.toString(permissions)
              + "); it must be readable by its owner only: chmod 600 "
              + file.toAbsolutePath(),
          null);
    }
  }
}
