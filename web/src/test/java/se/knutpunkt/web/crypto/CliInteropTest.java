package se.knutpunkt.web.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.knutpunkt.cli.KnutpunktCli;
import se.knutpunkt.cli.crypto.PassphraseSource;

/**
 * The "done when": a file sealed in the browser test page for a public key made by {@code
 * ./knutpunkt cli keygen} opens with {@code ./knutpunkt cli decrypt}, and a file the CLI encrypts
 * for a browser-made key opens in the browser. The CLI runs in-process, as the launcher would run
 * its jar.
 */
@ExtendWith(BrowserExtension.class)
class CliInteropTest {
  private static final String PASSPHRASE = "cli och webbläsare";
  private static final int SIZE = 3 * 16384 + 77;

  @TempDir Path work;
  private String err = "";

  @Test
  void theCliDecryptsWhatTheBrowserSealedForItsKey(BrowserSession browser) throws Exception {
    assertThat(cli("keygen", "--out", work.resolve("anna").toString(), "--passphrase", PASSPHRASE))
        .isZero();
    String publicPem = Files.readString(work.resolve("anna.pub.pem"));
    browser.call("sealToServer", "for-cli", SIZE, publicPem, 11);
    Path sealed = browser.server.file("for-cli");

    Path out = work.resolve("opened.bin");
    assertThat(
            cli(
                "decrypt",
                "--key",
                work.resolve("anna.pem").toString(),
                "--passphrase",
                PASSPHRASE,
                sealed.toString(),
                out.toString()))
        .as(err)
        .isZero();
    TestPattern.Checker content = new TestPattern.Checker(11);
    try (InputStream in = Files.newInputStream(out)) {
      in.transferTo(content);
    }
    assertThat(content.written).isEqualTo(SIZE);
    assertThat(content.firstMismatch).isEqualTo(-1);
  }

  @Test
  void theBrowserOpensWhatTheCliEncryptedForItsKey(BrowserSession browser) throws Exception {
    JsonObject made = browser.call("newKeyFile", PASSPHRASE);
    Path publicKey =
        Files.writeString(work.resolve("browser.pub.pem"), made.getString("publicPem"));
    Path plain = work.resolve("plain.bin");
    try (InputStream content = TestPattern.stream(12, SIZE)) {
      Files.copy(content, plain);
    }
    Path sealed = browser.server.file("from-cli");
    assertThat(cli("encrypt", "--to", publicKey.toString(), plain.toString(), sealed.toString()))
        .as(err)
        .isZero();

    assertThat(
            browser
                .call("openKeyFile", made.getString("keyFile"), PASSPHRASE)
                .containsKey("publicPem"))
        .isTrue();
    JsonObject opened = browser.call("openFromServer", "from-cli", SIZE, 12);
    assertThat(opened.getJsonNumber("length").longValue()).as(opened.toString()).isEqualTo(SIZE);
    assertThat(opened.getJsonNumber("mismatch").longValue()).isEqualTo(-1);
  }

  private int cli(String... args) {
    CommandLine commandLine = KnutpunktCli.commandLine(new PassphraseSource(Map.of(), () -> null));
    StringWriter errors = new StringWriter();
    commandLine.setErr(new PrintWriter(errors));
    commandLine.setOut(new PrintWriter(new StringWriter()));
    int exit = commandLine.execute(args);
    err = errors.toString();
    return exit;
  }
}
