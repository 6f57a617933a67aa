package org.qunfang.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qunfang.it.system.Qunfang;

/**
 * Debian's headless Chromium at a given window width, signed in as someone, with the moves the
 * browser tests share: pick from a PrimeFaces menu or the area picker, wait out Ajax, read a
 * download.
 */
public final class Browser implements AutoCloseable {

  /** The desktop the district office uses, and the phone grid members carry. */
  public static final int DESKTOP = 1440;

  public static final int PHONE = 390;

  public final WebDriver driver;
  public final WebDriverWait wait;
  private final Path downloads;
  private final String name;

  private Browser(int width, String name) throws Exception {
    this.name = name;
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--lang=zh-CN",
        "--window-size=" + Math.max(width, 800) + ",900",
        "--user-data-dir=" + Files.createTempDirectory("qunfang-chromium"));
    if (width < 800) {
      // headless Chromium keeps windows at least 500 px wide: a phone is emulated instead
      options.setExperimentalOption(
          "mobileEmulation",
          Map.of(
              "deviceMetrics",
              Map.of(
                  "width",
                  width,
                  "height",
                  844,
                  "pixelRatio",
                  3.0,
                  "touch",
                  true,
                  "mobile",
                  true)));
    }
    downloads = Files.createTempDirectory("qunfang-downloads");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** A browser window {@code width} CSS pixels wide; its last screen goes to target/{name}.png. */
  public static Browser open(int width, String name) {
    try {
      return new Browser(width, name);
    } catch (Exception cannot) {
      throw new IllegalStateException("Chromium did not start", cannot);
    }
  }

  @Override
  public void close() throws Exception {
    try {
      // What the page looked like at the end, for whoever reads a failure.
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, Path.of("target", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      driver.quit();
    }
  }

  /** What the window shows now, to target/{name}.png (a screen before the test moves on). */
  public void shot(String name) throws Exception {
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, Path.of("target", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  public Browser logIn(Qunfang.Login login) {
    driver.get(Qunfang.BASE + "/login.xhtml");
    driver.findElement(By.id("login:username")).sendKeys(login.username());
    driver.findElement(By.id("login:password")).sendKeys(login.password());
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    return this;
  }

  /** Opens a page by its path under the application, e.g. {@code /grid/sweeps.xhtml}. */
  public void go(String path) {
    driver.get(Qunfang.BASE + path);
    settle();
  }

  public WebElement find(String id) {
    return driver.findElement(By.id(id));
  }

  public WebElement visible(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  public void waitForText(String id, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Waits until PrimeFaces has no request in flight, so the updated elements are in place. */
  public void settle() {
    wait.until(
        b ->
            (Boolean)
                ((JavascriptExecutor) b)
                    .executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces"
                            + " || (PrimeFaces.ajax.Queue.isEmpty()"
                            + " && (!window.jQuery || jQuery.active === 0)));"));
  }

  /**
   * Picks a PrimeFaces select menu's item by value through the widget, as a click would (change
   * event, Ajax), without racing the panel's open and close animations.
   */
  public void choose(String menu, String value) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(menu)));
    script("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menu, value);
    settle();
  }

  /**
   * Types {@code query} into the area picker {@code id} and picks the division {@code code} from
   * what it offers, with the keyboard as a person would; answers the offered codes.
   */
  public List<String> pickArea(String id, String query, String code) {
    WebElement input = find(id + "_input");
    input.clear();
    input.sendKeys(query);
    By items = By.cssSelector("[id='" + id + "_panel'] tr.ui-autocomplete-item");
    // The picker may answer a first keystroke before the whole query: wait for the answer to it.
    wait.until(
        b -> {
          List<WebElement> shown = b.findElements(items);
          return !shown.isEmpty()
              && shown.stream().allMatch(i -> i.isDisplayed() && i.getText().contains(query));
        });
    settle();
    List<String> offered =
        driver.findElements(items).stream()
            .map(item -> item.getAttribute("data-item-value"))
            .toList();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + id + "_panel'] tr[data-item-value='" + code + "']")))
        .click();
    wait.until(b -> code.equals(b.findElement(By.id(id + "_hinput")).getAttribute("value")));
    settle();
    return offered;
  }

  /** The picked division's code and the name the picker shows for it. */
  public String pickedArea(String id) {
    return find(id + "_hinput").getAttribute("value");
  }

  /** Waits for a finished download whose name ends with {@code suffix}; null if none came. */
  public Path downloadEndingWith(String suffix) throws Exception {
    for (int i = 0; i < 40; i++) {
      try (var files = Files.list(downloads)) {
        Path found = files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
        if (found != null && Files.size(found) > 0) {
          return found;
        }
      }
      Thread.sleep(250);
    }
    return null;
  }

  /** Waits for a finished download and returns its first bytes as text. */
  public String downloaded(String file) throws Exception {
    Path path = downloads.resolve(file);
    // Chromium may show the final name before the bytes are in: wait for content too.
    for (int i = 0; i < 40 && !(Files.exists(path) && Files.size(path) > 0); i++) {
      Thread.sleep(250);
    }
    assertThat(path).exists();
    return new String(Files.readAllBytes(path), 0, 4, StandardCharsets.ISO_8859_1);
  }
}
