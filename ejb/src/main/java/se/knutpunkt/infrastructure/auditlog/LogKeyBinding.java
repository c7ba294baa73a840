package se.knutpunkt.infrastructure.auditlog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.security.auditlog.checkpoint.KeyName;
import se.knutpunkt.security.auditlog.checkpoint.LogOrigin;
import se.knutpunkt.security.auditlog.checkpoint.MalformedNoteException;
import se.knutpunkt.security.auditlog.checkpoint.SignerKey;
import se.knutpunkt.security.auditlog.checkpoint.SignerKeyFile;
import se.knutpunkt.security.auditlog.checkpoint.SignerKeyFileException;

/**
 * One key signs one log (issue 14, ADR 0013): which signing key file serves the log in this
 * database. A new log gets an origin of its own, {@code <knutpunkt.audit.origin>/<12 random hex
 * digits>}, and a new key in a file named after that origin, so that switching a profile to another
 * database (H2 ↔ PostgreSQL, a fresh one) gives another log with another origin and key instead of
 * a second log under the same ones. A log the database already holds is served by its own key file
 * only; a missing or different key is refused, never replaced.
 *
 * <p>A log made before V14 ({@code knutpunkt.local/audit} and the like, with checkpoints but no
 * recorded identity) keeps its origin and its old file {@code audit-signing.key}.
 */
final class LogKeyBinding {

  /** The one file of every log before V14. */
  static final String OLD_FILE_NAME = "audit-signing.key";

  private LogKeyBinding() {}

  /**
   * @param recorded the database's recorded identity, if any
   * @param signedOrigin the origin of the database's newest checkpoint, if it has one
   * @param originBase {@code knutpunkt.audit.origin}, the first part of a new log's origin
   * @param configuredFile {@code knutpunkt.audit.signing-key-file}, if set: used whatever the
   *     database, so whoever sets it keeps it to one database
   * @throws LogIdentityException if the database's log cannot be signed with a key at hand
   */
  static SignerKey keyFor(
      Optional<LogIdentity> recorded,
      Optional<LogOrigin> signedOrigin,
      String originBase,
      Path secretsDir,
      Optional<Path> configuredFile,
      SecureRandom random) {
    Optional<LogOrigin> known = recorded.map(LogIdentity::origin).or(() -> signedOrigin);
    SignerKey key;
    try {
      if (configuredFile.isPresent()) {
        Path file = configuredFile.get();
        if (Files.exists(file)) {
          key = SignerKeyFile.load(file);
        } else if (known.isPresent()) {
          throw missing(known.get(), file);
        } else {
          key = SignerKeyFile.loadOrCreate(file, newOrigin(originBase, random), random);
        }
        if (known.isPresent() && !known.get().value().equals(key.name().value())) {
          throw new LogIdentityException(
              "The audit log in this database is '"
                  + known.get()
                  + "', but the signing key in "
                  + file.toAbsolutePath()
                  + " (knutpunkt.audit.signing-key-file) is the key of log '"
                  + key.name()
                  + "'. No checkpoint is signed. Point knutpunkt.audit.signing-key-file at the"
                  + " key of this database's log, or at a new file for a fresh database.");
        }
      } else if (known.isPresent()) {
        Path file = secretsDir.resolve(fileNameOf(known.get()));
        Path old = secretsDir.resolve(OLD_FILE_NAME);
        if (!Files.exists(file) && Files.exists(old)) {
          file = old; // a log from before V14
        }
        if (!Files.exists(file)) {
          throw missing(known.get(), secretsDir.resolve(fileNameOf(known.get())));
        }
        key = SignerKeyFile.load(file, KeyName.of(known.get().value()));
      } else {
        KeyName origin = newOrigin(originBase, random);
        key =
            SignerKeyFile.loadOrCreate(
                secretsDir.resolve(fileNameOf(LogOrigin.of(origin))), origin, random);
      }
    } catch (SignerKeyFileException e) {
      throw new LogIdentityException(
          e.getMessage() + ". No audit checkpoint is signed until this is put right.", e);
    }
    if (recorded.isPresent() && !recorded.get().isSignedBy(key)) {
      throw new LogIdentityException(mismatch(recorded.get(), key));
    }
    return key;
  }

  static String mismatch(LogIdentity recorded, SignerKey key) {
    return "The audit log in this database is '"
        + recorded.origin()
        + "', signed by "
        + recorded.verifierKey().encoded()
        + ", but this server's signing key is "
        + key.verifierKey().encoded()
        + ". No checkpoint is signed: one key signs one log. Give the server that log's key file"
        + " (restore it from the backup of the secrets directory), or start it on a fresh"
        + " database, which gets a log and a key of its own.";
  }

  private static LogIdentityException missing(LogOrigin origin, Path file) {
    return new LogIdentityException(
        "The audit log in this database is '"
            + origin
            + "', but its signing key file "
            + file.toAbsolutePath()
            + " is missing. No checkpoint is signed, and no new key is made: a new key would give"
            + " this log a second one. Restore the file from the backup of the secrets directory,"
            + " or start on a fresh database.");
  }

  /** {@code audit-signing-<origin with every character but [A-Za-z0-9._-] as _>.key}. */
  static String fileNameOf(LogOrigin origin) {
    return "audit-signing-" + origin.value().replaceAll("[^A-Za-z0-9._-]", "_") + ".key";
  }

  static KeyName newOrigin(String base, SecureRandom random) {
    Objects.requireNonNull(base, "knutpunkt.audit.origin");
    byte[] id = new byte[6];
    random.nextBytes(id);
    String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    try {
      return KeyName.of(trimmed + "/" + HexFormat.of().formatHex(id));
    } catch (MalformedNoteException e) {
      throw new LogIdentityException(
          "knutpunkt.audit.origin '" + base + "' is not a log origin: " + e.getMessage(), e);
    }
  }
}
