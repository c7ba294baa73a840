package se.knutpunkt.it.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh headless Chromium (Debian's, with its chromedriver) with an empty profile: one person at
 * one browser. Records every Faces partial response, so tests can see what reached it.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM =
      System.getProperty("knutpunkt.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("knutpunkt.chromedriver", "/usr/bin/chromedriver");

  /** Keeps the text of every XHR answer the page receives in window.knutpunktResponses. */
  private static final String RECORD_RESPONSES =
      "if (!window.knutpunktResponses) {"
          + " window.knutpunktResponses = [];"
          + " const send = XMLHttpRequest.prototype.send;"
          + " XMLHttpRequest.prototype.send = function () {"
          + "  this.addEventListener('load', () => window.knutpunktResponses.push(this.responseText));"
          + "  return send.apply(this, arguments); };"
          + "}";

  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
    // an element an ajax update replaced while a condition read it means "not yet", not a failure
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  public static Browser open() {
    try {
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
          // Swedish users' browsers ask for Swedish; headless Chromium ignores --lang for that
          "--lang=sv-SE",
          "--accept-lang=sv-SE,sv",
          "--window-size=1400,1000",
          "--user-data-dir=" + Files.createTempDirectory("knutpunkt-e2e-profile"));
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "sv-SE,sv"));
      // the network log, for tests that look at the WebSocket frames a page received
      options.setCapability(
          "goog:loggingPrefs",
          java.util.Map.of("performance", java.util.logging.Level.ALL.getName()));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(CHROMEDRIVER))
              .usingAnyFreePort()
              .build();
      return new Browser(new ChromeDriver(service, options));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void go(String url) {
    driver.get(url);
  }

  /** Signs in on the real Keycloak login page the application sent the browser to. */
  public void signInAs(String username) {
    waitFor(ExpectedConditions.urlContains("/realms/knutpunkt/"));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
    driver.findElement(By.id("kc-login")).click();
    waitFor(ExpectedConditions.urlContains("/knutpunkt/"));
    waitFor(
        d -> !d.getCurrentUrl().contains("/realms/") && !d.getCurrentUrl().contains("/callback"));
    recordResponses();
  }

  /**
   * The serious and critical accessibility violations axe-core finds on the current page (WCAG 2.1
   * A and AA rules), one line each: rule, impact, and the elements at fault.
   */
  public List<String> seriousAccessibilityViolations() {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    return results.getViolations().stream()
        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
        .map(
            v ->
                v.getId()
                    + " ("
                    + v.getImpact()
                    + "): "
                    + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
        .toList();
  }

  /** Saves what the browser downloads in {@code directory}, without asking (Chromium's CDP). */
  public void downloadInto(Path directory) {
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        java.util.Map.of(
            "behavior", "allow", "downloadPath", directory.toAbsolutePath().toString()));
  }

  public void recordResponses() {
    ((JavascriptExecutor) driver).executeScript(RECORD_RESPONSES);
  }

  @SuppressWarnings("unchecked")
  public List<String> partialResponses() {
    Object responses =
        ((JavascriptExecutor) driver).executeScript("return window.knutpunktResponses || [];");
    return (List<String>) responses;
  }

  public WebElement find(By by) {
    return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  public void type(String id, String text) {
    WebElement input = find(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  public void click(String id) {
    waitFor(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  /** Clicks the element a CSS selector finds (buttons inside repeated items have no fixed id). */
  public void clickOn(String selector) {
    waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(selector))).click();
  }

  /** Types into the input a CSS selector finds. */
  public void typeInto(String selector, String text) {
    WebElement input = find(By.cssSelector(selector));
    input.clear();
    input.sendKeys(text);
  }

  /** Runs a script in the page and returns what it returns. */
  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /**
   * Sets a date input (the browser's own date picker, whose typing differs between locales) as
   * picking the date would: the value, then the events a pick fires.
   */
  public void setDate(String selector, String isoDate) {
    WebElement input = find(By.cssSelector(selector));
    script(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        input,
        isoDate);
  }

  /** Picks an option of a plain select by its visible text. */
  public void select(String selector, String label) {
    new org.openqa.selenium.support.ui.Select(find(By.cssSelector(selector)))
        .selectByVisibleText(label);
  }

  /**
   * The text of every WebSocket frame the page received so far, from Chromium's own network log:
   * what went over the wire, whatever the page's script did with it.
   */
  public List<String> webSocketFramesReceived() {
    List<String> frames = new java.util.ArrayList<>();
    for (org.openqa.selenium.logging.LogEntry entry :
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.PERFORMANCE)) {
      String message = entry.getMessage();
      if (!message.contains("Network.webSocketFrameReceived")) {
        continue;
      }
      jakarta.json.JsonObject event =
          jakarta.json.Json.createReader(new java.io.StringReader(message))
              .readObject()
              .getJsonObject("message");
      frames.add(
          event.getJsonObject("params").getJsonObject("response").getString("payloadData", ""));
    }
    synchronized (receivedFrames) {
      receivedFrames.addAll(frames);
      return List.copyOf(receivedFrames);
    }
  }

  private final List<String> receivedFrames = new java.util.ArrayList<>();

  /** Picks an option of a PrimeFaces select menu by its label. */
  /**
   * Picks an entry of a PrimeFaces menu as a person does: open the list, click the entry, until the
   * menu shows it. A click while the list is still sliding open is lost, so it tries again.
   */
  public void choose(String menuId, String label) {
    By shown = By.id(menuId + "_label");
    By panel = By.id(menuId + "_panel");
    By entry = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
    waitFor(
        d -> {
          if (label.equals(d.findElement(shown).getText())) {
            return true;
          }
          try {
            if (d.findElement(panel).isDisplayed() && !animating(panel)) {
              d.findElement(entry).click();
            } else if (!d.findElement(panel).isDisplayed()) {
              d.findElement(By.id(menuId)).click();
            }
          } catch (org.openqa.selenium.WebDriverException notYet) {
            // the list moved under the pointer; the next poll looks again
          }
          return false;
        });
    // the list fades out over what lies below it; a click there before it is gone goes astray
    waitFor(ExpectedConditions.invisibilityOfElementLocated(panel));
  }

  private boolean animating(By element) {
    Object moving =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return window.jQuery ? jQuery(arguments[0]).is(':animated') : false;",
                driver.findElement(element));
    return Boolean.TRUE.equals(moving);
  }

  public void waitForText(String text) {
    waitFor(d -> d.getPageSource().contains(text));
  }

  public <T> T waitFor(Function<? super WebDriver, T> condition) {
    try {
      return wait.until(condition);
    } catch (TimeoutException timedOut) {
      throw new TimeoutException(
          timedOut.getMessage()
              + "\nThe browser was at "
              + driver.getCurrentUrl()
              + "; page saved as "
              + saveEvidence(),
          timedOut);
    }
  }

  /** Keeps what the browser showed when a wait failed, for whoever reads the test report. */
  private Path saveEvidence() {
    return save("e2e-failures", "page-" + System.currentTimeMillis());
  }

  /** Keeps a picture of what the person sees now (target/e2e-screens), for reviewers. */
  public void screenshot(String name) {
    save("e2e-screens", name);
  }

  private Path save(String folder, String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", folder));
      Path page = dir.resolve(name + ".html");
      Files.writeString(page, driver.getPageSource());
      Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      return page.toAbsolutePath();
    } catch (IOException | RuntimeException e) {
      return Path.of("(could not save: " + e.getMessage() + ")");
    }
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
