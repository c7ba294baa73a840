package se.knutpunkt.security.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.knutpunkt.security.auditlog.leaf.ValueHasher;

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
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    assertThatThrownBy(() -> SecretKeyFile.loadOrCreate(file)).hasMessageContaining("7 bytes");
  }

  @Test
  void aSecretFileOthersCanReadIsRefusedWithTheFix() throws Exception {
    Path file = dir.resolve("open.key");
    SecretKeyFile.loadOrCreate(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> SecretKeyFile.loadOrCreate(file))
        .hasMessageContaining("open to others")
        .hasMessageContaining("chmod 600");
  }

  @Test
  void valueHashesAreStablePerKeyAndFieldAndRevealNothingWithoutTheKey() {
    byte[] key = SecretKeyFile.loadOrCreate(dir.resolve("value-hash.key"));
    byte[] otherKey = key.clone();
    otherKey[0] ^= 1;
    ValueHasher hasher = new ValueHasher(key);
    String a = hasher.hash("overview.summary", "secret text");
    assertThat(a).isEqualTo(hasher.hash("overview.summary", "secret text"));
    assertThat(a).isNotEqualTo(hasher.hash("overview.title", "secret text"));
    assertThat(a).isNotEqualTo(new ValueHasher(otherKey).hash("overview.summary", "secret text"));
    assertThat(a).doesNotContain("secret").startsWith("hmac-sha256:").hasSize(12 + 44);
  }
}
