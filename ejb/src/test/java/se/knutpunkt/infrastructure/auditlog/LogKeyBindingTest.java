package se.knutpunkt.infrastructure.auditlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.knutpunkt.security.auditlog.checkpoint.KeyName;
import se.knutpunkt.security.auditlog.checkpoint.LogOrigin;
import se.knutpunkt.security.auditlog.checkpoint.SignerKey;
import se.knutpunkt.security.auditlog.checkpoint.SignerKeyFile;

/**
 * One key signs one log: which key file a database's log is signed with, and the refusals when the
 * database's log and the key at hand do not belong together.
 */
class LogKeyBindingTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String BASE = "knutpunkt.test/audit";

  @TempDir Path secrets;

  private SignerKey newLog() {
    return LogKeyBinding.keyFor(
        Optional.empty(), Optional.empty(), BASE, secrets, Optional.empty(), RANDOM);
  }

  private SignerKey existing(Optional<LogIdentity> recorded, Optional<LogOrigin> signed) {
    return LogKeyBinding.keyFor(recorded, signed, BASE, secrets, Optional.empty(), RANDOM);
  }

  @Test
  void twoNewDatabasesOfOneProfileGetTwoLogsWithOriginsAndKeysOfTheirOwn() throws IOException {
    SignerKey h2 = newLog();
    SignerKey postgres = newLog();
    assertThat(h2.name().value()).matches("knutpunkt\\.test/audit/[0-9a-f]{12}");
    assertThat(postgres.name()).isNotEqualTo(h2.name());
    assertThat(postgres.verifierKey()).isNotEqualTo(h2.verifierKey());
    assertThat(secrets.resolve(LogKeyBinding.fileNameOf(LogOrigin.of(h2.name())))).exists();
    try (var files = Files.list(secrets)) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void aDatabasesLogIsSignedWithItsOwnKeyAgainAfterARestart() {
    SignerKey first = newLog();
    SignerKey again = existing(Optional.of(LogIdentity.of(first)), Optional.empty());
    assertThat(again.verifierKey()).isEqualTo(first.verifierKey());
  }

  @Test
  void aMissingKeyFileIsRefusedAndNoNewKeyIsMadeForAnExistingLog() throws IOException {
    SignerKey first = newLog();
    Path file = secrets.resolve(LogKeyBinding.fileNameOf(LogOrigin.of(first.name())));
    Files.delete(file);
    assertThatThrownBy(() -> existing(Optional.of(LogIdentity.of(first)), Optional.empty()))
        .isInstanceOf(LogIdentityException.class)
        .hasMessageContaining(first.name().value())
        .hasMessageContaining("is missing")
        .hasMessageContaining("Restore");
    assertThat(file).doesNotExist();
  }

  @Test
  void aKeyFileHoldingAnotherKeyOfTheSameLogIsRefused() throws IOException {
    SignerKey first = newLog();
    Path file = secrets.resolve(LogKeyBinding.fileNameOf(LogOrigin.of(first.name())));
    Files.delete(file);
    SignerKeyFile.loadOrCreate(file, first.name(), RANDOM); // a new key under the old name
    assertThatThrownBy(() -> existing(Optional.of(LogIdentity.of(first)), Optional.empty()))
        .isInstanceOf(LogIdentityException.class)
        .hasMessageContaining("signed by " + first.verifierKey().encoded())
        .hasMessageContaining("one key signs one log");
  }

  @Test
  void aLogFromBeforeTheIdentityKeepsItsOriginAndOldKeyFile() {
    KeyName old = KeyName.of("knutpunkt.local/audit");
    SignerKey before =
        SignerKeyFile.loadOrCreate(secrets.resolve(LogKeyBinding.OLD_FILE_NAME), old, RANDOM);
    SignerKey now = existing(Optional.empty(), Optional.of(LogOrigin.of(old)));
    assertThat(now.verifierKey()).isEqualTo(before.verifierKey());
    // and a new database beside it gets a log of its own, not the old key
    assertThat(newLog().verifierKey()).isNotEqualTo(before.verifierKey());
  }

  @Test
  void aConfiguredKeyFileOfAnotherLogIsRefused() {
    Path configured = secrets.resolve("configured.key");
    SignerKeyFile.loadOrCreate(configured, KeyName.of("other.example/audit"), RANDOM);
    assertThatThrownBy(
            () ->
                LogKeyBinding.keyFor(
                    Optional.empty(),
                    Optional.of(LogOrigin.of("knutpunkt.test/audit/0123456789ab")),
                    BASE,
                    secrets,
                    Optional.of(configured),
                    RANDOM))
        .isInstanceOf(LogIdentityException.class)
        .hasMessageContaining("knutpunkt.audit.signing-key-file");
  }
}
