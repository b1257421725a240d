package io.impactsite.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium through /usr/bin/chromedriver (never Selenium Manager, no
 * downloads). One per test class: it starts in about a second.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> AXE_TAGS_AND_BEST_PRACTICE = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
            "best-practice");

    /** Non-transparent pixels of every canvas in the container, or for svg whether it has > 10 path/line. */
    private static final String CHART_DRAWN = """
            const box = document.querySelector(arguments[0]);
            const canvases = box ? box.querySelectorAll('canvas') : [];
            if (canvases.length) {
              let n = 0;
              for (const c of canvases) {
                if (!c.width || !c.height) continue;
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) n++;
              }
              return n > 1000;
            }
            const svg = box && box.querySelector('svg');
            return !!svg && svg.querySelectorAll('path, line').length > 10;
            """;

    private final Path profile;
    private final ChromeDriver driver;

    public Browser() {
        requireAvailable();
        try {
            profile = Files.createTempDirectory("impactsite-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--window-size=1280,900", "--disable-quic", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteProfile();
            throw e;
        }
    }

    /** Whether Debian's Chromium and ChromeDriver are installed. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Fails (never skips) when Chromium is missing, so CI cannot pass without the browser checks. */
    public static void requireAvailable() {
        if (!available()) {
            throw new AssertionError(
                    "Chromium is not installed: run `apt-get install -y chromium chromium-driver` (see .ci/run)");
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Navigates and waits until document.readyState is complete. */
    public void open(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * SEVERE console entries (uncaught errors, console.error, failed loads, CSP violations) logged since the
     * previous call: read once after each page.
     */
    public List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * Waits up to {@code timeout} for a chart in the container: a canvas with more than 1000 painted pixels,
     * or an svg with more than 10 path/line elements.
     */
    public boolean chartDrawn(String cssSelectorOfChartContainer, Duration timeout) {
        try {
            return new WebDriverWait(driver, timeout).until(d ->
                    Boolean.TRUE.equals(driver.executeScript(CHART_DRAWN, cssSelectorOfChartContainer)));
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** WCAG 2.1 A/AA violations on the current page, one line each: "id (impact): help [target] [target]...". */
    public List<String> axeViolations() {
        return axe(AXE_TAGS);
    }

    /** WCAG 2.1 A/AA violations and axe's best-practice rules (landmarks, headings, unique labels...). */
    public List<String> axeViolationsWithBestPractice() {
        return axe(AXE_TAGS_AND_BEST_PRACTICE);
    }

    private List<String> axe(List<String> tags) {
        Results results = null;
        for (int attempt = 0; attempt < 3 && (results == null || results.isErrored()); attempt++) {
            // a renderer busy drawing charts may not answer in time ("Timed out receiving message"): wait, try again
            if (attempt > 0) idle();
            try {
                results = new AxeBuilder().withTags(tags).analyze(driver);
            } catch (RuntimeException e) {
                if (attempt == 2) throw e;
            }
        }
        if (results.isErrored()) {
            throw new AssertionError("axe-core failed: " + results.getErrorMessage());
        }
        return results.getViolations().stream().map(Browser::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(" "));
    }

    /** Waits until the page's renderer is idle (at most a few seconds). */
    public void idle() {
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "requestIdleCallback(() => requestIdleCallback(() => done(true), {timeout: 3000}), {timeout: 3000});");
    }

    /**
     * The CSS viewport, exactly (not the window, whose size includes whatever the browser draws around
     * the page): {@code width} x {@code height} CSS pixels at a device pixel ratio of 1.
     */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * Emulates a medium ("screen", "print"; "" for none) and media features such as
     * {@code prefers-color-scheme: dark} or {@code forced-colors: active}, until the next call.
     */
    public void emulate(String media, Map<String, String> features) {
        List<Map<String, String>> list = features.entrySet().stream()
                .map(e -> Map.of("name", e.getKey(), "value", e.getValue())).toList();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media, "features", list));
    }

    /** The whole page, not only what the viewport shows, as PNG bytes. */
    public byte[] fullPageScreenshot() {
        Number width = (Number) driver.executeScript("return document.documentElement.clientWidth");
        Number height = (Number) driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height",
                        Math.min(height.intValue(), 16000), "scale", 1)));
        return java.util.Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** The current page printed to PDF by Chromium, as its print command would (backgrounds as CSS allows). */
    public byte[] printToPdf(org.openqa.selenium.print.PrintOptions options) {
        return java.util.Base64.getDecoder().decode(driver.print(options).getContent());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
