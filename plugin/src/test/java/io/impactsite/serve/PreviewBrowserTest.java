package io.impactsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.engine.Options;
import io.impactsite.engine.Reporter;
import io.impactsite.testing.Browser;
import io.impactsite.testing.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview in a real browser: Chromium shows a page, the test edits the content file, and the
 * page shows the new text without the test reloading it; a broken file shows the problem panel on
 * the page, and the fix clears it. Under the same strict Content-Security-Policy as a published site.
 */
class PreviewBrowserTest {
    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir
    static Path dir;
    private static Path content;
    private static Preview preview;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        content = Folders.copy(MINIMAL, dir.resolve("site"));
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(content.resolve("pages/approach.md"), "---\ntitle: Our approach\n---\nWe read together.\n");
        preview = Preview.start(content, 0, new Options(null, false, true), Reporter.SILENT);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (preview != null) preview.close();
    }

    /**
     * A wait that looks again when the page reloads under it: an element of the old page is then
     * stale, or (Chromium) "does not belong to the document", a plain WebDriverException.
     */
    private static WebDriverWait waiting(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    private static WebElement waitFor(By by) {
        return waiting(browser.driver()).until(d -> {
            var found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    @Test
    void anEditShowsWithoutReloadingAndAProblemShowsUntilItIsFixed() throws Exception {
        WebDriver driver = browser.driver();
        browser.open(preview.address() + "approach/");
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("We read together."));
        ((JavascriptExecutor) driver).executeScript("window.__sameDocument = true;");
        // wait until the page listens for changes before changing anything
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> preview.tabs() > 0);

        Files.writeString(content.resolve("pages/approach.md"), "---\ntitle: Our approach\n---\nWe read together, every day.\n");
        waiting(driver).until(d -> d.findElement(By.tagName("main")).getText().contains("every day"));
        assertEquals(null, ((JavascriptExecutor) driver).executeScript("return window.__sameDocument || null;"),
                "the page was reloaded by the preview (a new document), not edited in place by the test");

        String yml = Files.readString(content.resolve("indicators/school-readiness.yml"));
        Files.writeString(content.resolve("indicators/school-readiness.yml"), yml.replace("direction: increase", "direction: sideways"));
        WebElement panel = waitFor(By.id("impactsite-problems"));
        assertTrue(panel.getText().contains("indicators/school-readiness.yml:6"), panel.getText());
        assertTrue(panel.getText().contains("sideways"), panel.getText());
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("every day"), "the last good site stays");

        Files.writeString(content.resolve("indicators/school-readiness.yml"), yml);
        waiting(driver).until(d -> d.findElements(By.id("impactsite-problems")).isEmpty());
        assertEquals(java.util.List.of(), browser.severeConsoleMessages());
    }
}
