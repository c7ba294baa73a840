package se.knutpunkt.web.crypto;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium (Debian's, through its chromedriver) on the test page, shared by all
 * browser test classes of a run. {@link #call} runs one exported function of crypto-tests.js and
 * returns its JSON result.
 */
final class BrowserSession implements ExtensionContext.Store.CloseableResource {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  final CryptoTestServer server;
  private final ChromeDriver driver;
  private final Path temporary;

  private BrowserSession(CryptoTestServer server, ChromeDriver driver, Path temporary) {
    this.server = server;
    this.driver = driver;
    this.temporary = temporary;
  }

  /** The run's session, started on first use and closed when the run ends. */
  static BrowserSession shared(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(BrowserSession.class, key -> start(), BrowserSession.class);
  }

  private static BrowserSession start() {
    for (String tool : new String[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(Path.of(tool))) {
        throw new IllegalStateException(
            tool + " is missing: install Debian's chromium and chromium-driver packages");
      }
    }
    try {
      Path temporary = Files.createTempDirectory("knutpunkt-browser-crypto");
      Path files = Files.createDirectory(temporary.resolve("files"));
      CryptoTestServer server =
          new CryptoTestServer(
              Path.of("src/main/webapp/js/crypto").toAbsolutePath(),
              Path.of("src/test/resources/browser").toAbsolutePath(),
              WycheproofDir.path(),
              files);
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-dev-shm-usage",
          "--user-data-dir=" + Files.createDirectory(temporary.resolve("profile")));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(CHROMEDRIVER))
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(30));
      driver.get(server.url("/test/crypto-test.html"));
      BrowserSession session = new BrowserSession(server, driver, temporary);
      session.awaitReady();
      return session;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() {
    Object ready =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "const started = Date.now();"
                + "(function poll() {"
                + "  if (window.knutpunktTests) return done('ready');"
                + "  if (Date.now() - started > 20000) return done(document.getElementById('status').textContent);"
                + "  setTimeout(poll, 50);"
                + "})();");
    if (!"ready".equals(ready)) {
      throw new IllegalStateException("the crypto test page did not load its modules: " + ready);
    }
  }

  /** Runs {@code knutpunktTests[function](...arguments)} and returns its result. */
  JsonObject call(String function, Object... arguments) {
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const args = Array.prototype.slice.call(arguments, 1, arguments.length - 1);"
                    + "window.knutpunktTests[arguments[0]](...args)"
                    + "  .then(r => done(JSON.stringify(r)),"
                    + "        e => done(JSON.stringify({thrown: String(e && e.stack || e)})));",
                prepend(function, arguments));
    JsonObject json = Json.createReader(new StringReader((String) result)).readObject();
    if (json.containsKey("thrown")) {
      throw new AssertionError(
          "the browser threw in " + function + ": " + json.getString("thrown"));
    }
    return json;
  }

  private static Object[] prepend(String first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  static boolean isNull(JsonObject object, String key) {
    return !object.containsKey(key) || object.get(key) == JsonValue.NULL;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      server.close();
      try (Stream<Path> walk = Files.walk(temporary)) {
        walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
