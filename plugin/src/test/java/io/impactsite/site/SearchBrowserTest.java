package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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

    @RegisterExtension
    static final ExampleInBrowser example = new ExampleInBrowser();

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(SHOTS);
    }

    @BeforeEach
    void desktop() {
        example.browser().driver().manage().window().setSize(new Dimension(1280, 900));
    }

    private WebElement input() {
        return example.browser().driver().findElement(By.id("search-q"));
    }

    private void type(String text) {
        WebElement input = input();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    /** Waits until the results hold a link to the page. */
    private WebElement result(String href) {
        return new WebDriverWait(example.browser().driver(), WAIT).until(d -> d.findElements(By.cssSelector("[data-search-list] a"))
                .stream().filter(a -> a.getAttribute("href").endsWith(href)).findFirst().orElse(null));
    }

    private String status() {
        new WebDriverWait(example.browser().driver(), WAIT).until(d -> !d.findElement(By.cssSelector("[role=status]")).getText().isEmpty());
        return example.browser().driver().findElement(By.cssSelector("[role=status]")).getText();
    }

    private void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) example.browser().driver()).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name), png);
    }

    @Test
    void typingFindsAnIndicatorAndAPartnerAndTheKeyboardReachesThem() throws Exception {
        example.browser().open(example.url("index.html"));
        example.browser().driver().findElement(By.cssSelector("header a.site-search-link")).click();
        new WebDriverWait(example.browser().driver(), WAIT).until(d -> d.getCurrentUrl().endsWith("search/index.html"));
        new WebDriverWait(example.browser().driver(), WAIT).until(d -> input().isDisplayed());
        assertEquals("search-q", example.js().executeScript("return document.activeElement.id"), "the search box has the focus");
        assertTrue(example.browser().driver().findElement(By.cssSelector("[data-search-all]")).isDisplayed(), "everything, before a query");

        type("kinder");
        WebElement indicator = result("indicators/kindergarten-readiness/index.html");
        assertEquals("Kindergarten readiness", indicator.getText());
        assertTrue(status().matches("\\d+ results? for \u201ckinder\u201d\\."), status());
        assertFalse(example.browser().driver().findElement(By.cssSelector("[data-search-all]")).isDisplayed(), "the results replace the list");
        assertTrue(example.browser().driver().getCurrentUrl().endsWith("?q=kinder"), "the address keeps the query");
        assertEquals(List.of(), example.browser().axeViolations(), "axe, with results");

        type("harmon foundation");
        WebElement partner = result("partners/harmon-family-foundation/index.html");
        String first = example.browser().driver().findElements(By.cssSelector("[data-search-list] a")).get(0).getAttribute("href");
        assertTrue(first.endsWith("partners/harmon-family-foundation/index.html"), "the best match first: " + first);
        screenshot("search-1280.png");

        // From the search box, Tab reaches the first result and Enter opens it.
        input().sendKeys(Keys.TAB);
        assertEquals(partner.getAttribute("href"), example.js().executeScript("return document.activeElement.href"));
        example.browser().driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(example.browser().driver(), WAIT).until(d -> d.getCurrentUrl().endsWith("partners/harmon-family-foundation/index.html"));
    }

    @Test
    void aSharedAddressOpensTheSameSearchAndNothingFoundIsSaid() throws Exception {
        example.browser().driver().manage().window().setSize(new Dimension(375, 812));
        example.browser().open(example.url("search/index.html?q=reading"));
        result("indicators/third-grade-reading/index.html");
        screenshot("search-375.png");
        assertEquals(List.of(), example.browser().axeViolations(), "axe at 375 px");
        type("zzzqqq");
        assertEquals("No results for \u201czzzqqq\u201d.", status());
        assertFalse(example.browser().driver().findElement(By.cssSelector("[data-search-results]")).isDisplayed());
        type("");
        new WebDriverWait(example.browser().driver(), WAIT).until(d -> d.findElement(By.cssSelector("[data-search-all]")).isDisplayed());
    }

    /** A JSON-LD block is data, not script: under script-src 'self' Chromium neither runs nor reports it. */
    @Test
    void structuredDataRaisesNoContentSecurityPolicyViolation() {
        for (String page : List.of("index.html", "indicators/kindergarten-readiness/index.html", "data/index.html")) {
            example.browser().open(example.url(page));
            Number blocks = (Number) example.js().executeScript(
                    "return document.querySelectorAll('script[type=\"application/ld+json\"]').length");
            assertEquals(1, blocks.intValue(), page);
            assertEquals(List.of(), example.browser().severeConsoleMessages(), page);
        }
    }
}
