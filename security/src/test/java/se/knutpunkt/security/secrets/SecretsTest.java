package se.knutpunkt.security.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

  @TempDir Path dir;

  @Test
  void aSecretIsMadeOnceReadableByTheOwnerOnlyAndReadTheSameAfterwards() throws Exception {
    Path file = dir.resolve("keys/fingerprint.key");
    byte[] first = SecretKeyFile.loadOrCreate(file);
    byte[] second = SecretKeyFile.loadOrCreate(file);
    assertThat(first).hasSize(32).isEqualTo(second);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Files.list(file.getParent())).containsExactly(file);
  }

  @Test
  void aDamagedSecretFileIsRefusedClearly() throws Exception {
    Path file = dir.resolve("short.key");
    Files.write(file, new byte[7]);
    assertThatThrownBy(() -> SecretKeyFile.loadOrCreate(file)).hasMessageContaining("7 bytes");
  }

  @Test
  void fingerprintsAreStablePerKeyAndContextAndRevealNothingWithoutTheKey() {
    byte[] key = new byte[32];
    byte[] otherKey = new byte[32];
    otherKey[0] = 1;
    ValueFingerprinter fingerprinter = new ValueFingerprinter(key);
    String a = fingerprinter.fingerprint("overview.summary", "secret text");
    assertThat(a).isEqualTo(fingerprinter.fingerprint("overview.summary", "secret text"));
    assertThat(a).isNotEqualTo(fingerprinter.fingerprint("overview.title", "secret text"));
    assertThat(a)
        .isNotEqualTo(
            new ValueFingerprinter(otherKey).fingerprint("overview.summary", "secret text"));
    assertThat(a).doesNotContain("secret").hasSize(43);
  }
}
