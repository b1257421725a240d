package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.testing.Browser;
import io.impactsite.testing.StaticServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search in headless Chromium under the strict Content-Security-Policy (script-src 'self', no inline script,
 * no eval): typing finds an indicator and a partner, the count is announced, the keyboard reaches the results,
 * axe finds nothing and the console stays clean; the JSON-LD data blocks raise no CSP violation. Screenshots of
 * the search at 375 and 1280 px go to target/screenshots/.
 */
class SearchBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path SHOTS = Path.of("target/screenshots");

    private static StaticServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = StaticServer.serve(ExampleSite.build());
        browser = new Browser();
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) browser.close();
        } finally {
            if (server != null) server.close();
        }
    }

    @BeforeEach
    void desktop() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.severeConsoleMessages();
    }

    @AfterEach
    void consoleStayedClean() {
        assertEquals(List.of(), browser.severeConsoleMessages(), "console errors (CSP violations among them)");
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private WebElement input() {
        return browser.driver().findElement(By.id("search-q"));
    }

    private void type(String text) {
        WebElement input = input();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    /** Waits until the results hold a link to the page. */
    private WebElement result(String href) {
        return new WebDriverWait(browser.driver(), WAIT).until(d -> d.findElements(By.cssSelector("[data-search-list] a"))
                .stream().filter(a -> a.getAttribute("href").endsWith(href)).findFirst().orElse(null));
    }

    private String status() {
        new WebDriverWait(browser.driver(), WAIT).until(d -> !d.findElement(By.cssSelector("[role=status]")).getText().isEmpty());
        return browser.driver().findElement(By.cssSelector("[role=status]")).getText();
    }

    private void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name), png);
    }

    @Test
    void typingFindsAnIndicatorAndAPartnerAndTheKeyboardReachesThem() throws Exception {
        browser.open(server.url("index.html"));
        browser.driver().findElement(By.cssSelector("header a.site-search-link")).click();
        new WebDriverWait(browser.driver(), WAIT).until(d -> d.getCurrentUrl().endsWith("search/index.html"));
        new WebDriverWait(browser.driver(), WAIT).until(d -> input().isDisplayed());
        assertEquals("search-q", js().executeScript("return document.activeElement.id"), "the search box has the focus");
        assertTrue(browser.driver().findElement(By.cssSelector("[data-search-all]")).isDisplayed(), "everything, before a query");

        type("kinder");
        WebElement indicator = result("indicators/kindergarten-readiness/index.html");
        assertEquals("Kindergarten readiness", indicator.getText());
        assertTrue(status().matches("\\d+ results? for \u201ckinder\u201d\\."), status());
        assertFalse(browser.driver().findElement(By.cssSelector("[data-search-all]")).isDisplayed(), "the results replace the list");
        assertTrue(browser.driver().getCurrentUrl().endsWith("?q=kinder"), "the address keeps the query");
        assertEquals(List.of(), browser.axeViolations(), "axe, with results");

        type("harmon foundation");
        WebElement partner = result("partners/harmon-family-foundation/index.html");
        String first = browser.driver().findElements(By.cssSelector("[data-search-list] a")).get(0).getAttribute("href");
        assertTrue(first.endsWith("partners/harmon-family-foundation/index.html"), "the best match first: " + first);
        screenshot("search-1280.png");

        // From the search box, Tab reaches the first result and Enter opens it.
        input().sendKeys(Keys.TAB);
        assertEquals(partner.getAttribute("href"), js().executeScript("return document.activeElement.href"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), WAIT).until(d -> d.getCurrentUrl().endsWith("partners/harmon-family-foundation/index.html"));
    }

    @Test
    void aSharedAddressOpensTheSameSearchAndNothingFoundIsSaid() throws Exception {
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        browser.open(server.url("search/index.html?q=reading"));
        result("indicators/third-grade-reading/index.html");
        screenshot("search-375.png");
        assertEquals(List.of(), browser.axeViolations(), "axe at 375 px");
        type("zzzqqq");
        assertEquals("No results for \u201czzzqqq\u201d.", status());
        assertFalse(browser.driver().findElement(By.cssSelector("[data-search-results]")).isDisplayed());
        type("");
        new WebDriverWait(browser.driver(), WAIT).until(d -> d.findElement(By.cssSelector("[data-search-all]")).isDisplayed());
    }

    /** A JSON-LD block is data, not script: under script-src 'self' Chromium neither runs nor reports it. */
    @Test
    void structuredDataRaisesNoContentSecurityPolicyViolation() {
        for (String page : List.of("index.html", "indicators/kindergarten-readiness/index.html", "data/index.html")) {
            browser.open(server.url(page));
            Number blocks = (Number) js().executeScript(
                    "return document.querySelectorAll('script[type=\"application/ld+json\"]').length");
            assertEquals(1, blocks.intValue(), page);
            assertEquals(List.of(), browser.severeConsoleMessages(), page);
        }
    }
}
