package se.knutpunkt.security.auditlog.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing key is made once, kept in an owner-only file, and read back on every start. */
class SignerKeyFileTest {

  private static final KeyName LOG = KeyName.of("knutpunkt.test/audit");
  private static final SecureRandom RANDOM = new SecureRandom();

  @TempDir Path directory;

  @Test
  void firstStartMakesAnOwnerOnlyKeyFileThatLaterStartsRead() throws IOException {
    Path file = directory.resolve("keys/audit-signer.key");
    SignerKey made = SignerKeyFile.loadOrCreate(file, LOG, RANDOM);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(file)).startsWith("PRIVATE+KEY+knutpunkt.test/audit+");
    try (var leftovers = Files.list(file.getParent())) {
      assertThat(leftovers).containsExactly(file);
    }

    SignerKey read = SignerKeyFile.loadOrCreate(file, LOG, RANDOM);
    assertThat(read.verifierKey()).isEqualTo(made.verifierKey());
    String note = "checkpoint\n";
    assertThat(made.verifierKey().verify(read.sign(note))).isEqualTo(note);
  }

  @Test
  void aKeyFileOthersCanReadIsRefusedWithTheFix() throws IOException {
    Path file = directory.resolve("audit-signer.key");
    SignerKeyFile.loadOrCreate(file, LOG, RANDOM);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> SignerKeyFile.loadOrCreate(file, LOG, RANDOM))
        .isInstanceOf(SignerKeyFileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("chmod 600");
  }

  @Test
  void aMalformedKeyFileIsRefusedWithoutQuotingIt() throws IOException {
    Path file = directory.resolve("audit-signer.key");
    Files.writeString(file, "PRIVATE+KEY+knutpunkt.test/audit+00000000+c2VjcmV0IHN0dWZm\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    assertThatThrownBy(() -> SignerKeyFile.loadOrCreate(file, LOG, RANDOM))
        .isInstanceOf(SignerKeyFileException.class)
        .hasMessageContaining("is not an audit log signing key")
        .hasMessageNotContaining("c2VjcmV0IHN0dWZm");
    assertThat(Files.readString(file)).contains("c2VjcmV0IHN0dWZm");
  }

  @Test
  void theKeyOfAnotherLogIsRefused() {
    Path file = directory.resolve("audit-signer.key");
    SignerKeyFile.loadOrCreate(file, KeyName.of("other.test/log"), RANDOM);
    assertThatThrownBy(() -> SignerKeyFile.loadOrCreate(file, LOG, RANDOM))
        .isInstanceOf(SignerKeyFileException.class)
        .hasMessageContaining("other.test/log");
  }

  @Test
  void aDirectoryOrAnImpossiblePathIsACleanError() throws IOException {
    assertThatThrownBy(() -> SignerKeyFile.loadOrCreate(directory, LOG, RANDOM))
        .isInstanceOf(SignerKeyFileException.class)
        .hasMessageContaining("is a directory");
    Path notADirectory = Files.writeString(directory.resolve("plain-file"), "x");
    assertThatThrownBy(() -> SignerKeyFile.loadOrCreate(notADirectory.resolve("key"), LOG, RANDOM))
        .isInstanceOf(SignerKeyFileException.class)
        .hasMessageContaining("cannot be created");
  }

  @Test
  void anUnreadableKeyFileIsACleanError() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
    Path file = directory.resolve("audit-signer.key");
    SignerKeyFile.loadOrCreate(file, LOG, RANDOM);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assertThatThrownBy(() -> SignerKeyFile.loadOrCreate(file, LOG, RANDOM))
        .isInstanceOf(SignerKeyFileException.class)
        .hasMessageContaining("cannot be read");
  }
}
