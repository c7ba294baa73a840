package se.knutpunkt.web.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Browser encryption and decryption throughput in headless Chromium, for bench/crypto/run.sh
 * (tagged bench: not part of any test run). Writes target/browser-throughput.properties.
 */
@ExtendWith(BrowserExtension.class)
@Tag("bench")
class BrowserThroughputBench {

  @Test
  void throughput(BrowserSession browser) throws Exception {
    browser.call("throughput", 64); // warm-up
    JsonObject result = browser.call("throughput", 512);
    assertThat(result.getJsonNumber("plainBytes").longValue())
        .isEqualTo(result.getJsonNumber("bytes").longValue());
    String properties =
        "browser_encrypt_mb_per_s=%.0f%nbrowser_decrypt_mb_per_s=%.0f%nbrowser_bytes=%d%n"
            .formatted(
                result.getJsonNumber("encryptMBps").doubleValue(),
                result.getJsonNumber("decryptMBps").doubleValue(),
                result.getJsonNumber("bytes").longValue());
    Files.writeString(Path.of("target/browser-throughput.properties"), properties);
    System.out.print(properties);
  }
}
