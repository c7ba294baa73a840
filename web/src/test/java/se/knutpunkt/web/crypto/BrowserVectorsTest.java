package se.knutpunkt.web.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser's crypto against the shared Wycheproof vectors and RFC 9180's HPKE vectors, run in
 * headless Chromium; one dynamic test per vector. AES-192 groups are skipped (and reported as
 * skipped) because Chromium's WebCrypto has no AES-192; the Java suite runs them.
 */
@ExtendWith(BrowserExtension.class)
class BrowserVectorsTest {

  @TestFactory
  Stream<DynamicTest> aesGcm(BrowserSession browser) {
    JsonObject run = browser.call("aesGcmVectors");
    List<JsonObject> results = results(run);
    assertThat(results).hasSize(run.getInt("total"));
    long skipped = results.stream().filter(r -> r.containsKey("skipped")).count();
    System.out.println(
        "aes_gcm_test.json in Chromium: "
            + (results.size() - skipped)
            + " vectors run, "
            + skipped
            + " skipped (the 192-bit key groups: Chromium's WebCrypto offers no AES-192)");
    assertThat(results.size() - skipped).as("vectors actually run").isGreaterThan(200);
    return dynamic(results);
  }

  @TestFactory
  Stream<DynamicTest> ecdhP256(BrowserSession browser) {
    JsonObject run = browser.call("ecdhVectors");
    assertThat(results(run)).hasSize(run.getInt("total")).hasSize(353);
    return dynamic(results(run));
  }

  @TestFactory
  Stream<DynamicTest> chunkedEncryption(BrowserSession browser) {
    JsonObject run = browser.call("chunkedVectors");
    // four ways per vector: streaming, random access, raw-mode keys, encryption with the salt
    assertThat(results(run)).hasSize(4 * run.getInt("total")).hasSize(4 * 35);
    return dynamic(results(run));
  }

  @TestFactory
  Stream<DynamicTest> hpkeRfc9180(BrowserSession browser) {
    JsonObject run = browser.call("hpkeVectors");
    assertThat(results(run)).hasSize(2);
    return dynamic(results(run));
  }

  @TestFactory
  Stream<DynamicTest> hpkeBehaviour(BrowserSession browser) {
    return dynamic(results(browser.call("hpkeBehaviour")));
  }

  private static List<JsonObject> results(JsonObject run) {
    return run.getJsonArray("results").getValuesAs(JsonObject.class);
  }

  private static Stream<DynamicTest> dynamic(List<JsonObject> results) {
    return results.stream()
        .map(
            r ->
                DynamicTest.dynamicTest(
                    r.getString("id"),
                    () -> {
                      if (r.containsKey("skipped")) {
                        Assumptions.abort(r.getString("skipped"));
                      }
                      assertThat(r.getBoolean("ok")).as(r.getString("detail", "")).isTrue();
                    }));
  }
}
