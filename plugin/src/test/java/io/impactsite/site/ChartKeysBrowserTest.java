package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A chart's points by keyboard alone, in headless Chromium under the strict Content-Security-Policy: the
 * figure's "read the values" button makes the chart interactive and gives it the focus; the arrow keys,
 * Home and End step through the points; each point shows as the tooltip and is said by the live region,
 * with the value as the chart's table has it. The console stays clean and axe finds nothing. A screenshot with
 * the tooltip goes to target/screenshots/chart-keys-1280.png.
 */
class ChartKeysBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final ExampleInBrowser example = new ExampleInBrowser();

    private String said(WebElement figure) {
        return figure.findElement(By.cssSelector("[data-chart-point]")).getAttribute("textContent");
    }

    private void press(CharSequence key) {
        new Actions(example.browser().driver()).sendKeys(key).perform();
    }

    @Test
    void theArrowKeysReadAChartPointByPoint() throws Exception {
        example.browser().driver().manage().window().setSize(new Dimension(1280, 900));
        example.browser().severeConsoleMessages();
        example.browser().open(example.url("indicators/kindergarten-readiness/index.html"));
        WebElement chart = example.browser().driver().findElement(By.id("chart-series-1"));
        WebElement figure = chart.findElement(By.xpath("./ancestor::figure"));
        WebElement button = figure.findElement(By.cssSelector("[data-chart-explore]"));
        example.js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", button);
        press(Keys.ENTER);   // the button, by keyboard
        new WebDriverWait(example.browser().driver(), WAIT).until(d ->
                "chart-series-1".equals(example.js().executeScript("return document.activeElement.id")));
        assertTrue(example.browser().chartDrawn("#chart-series-1", WAIT), "the interactive chart");

        press(Keys.ARROW_RIGHT);
        new WebDriverWait(example.browser().driver(), WAIT).until(d -> !said(figure).isEmpty());
        // content/indicators/kindergarten-readiness.csv: All, 2016, 42.0; seven periods with a value
        assertEquals("All, 2016: 42% (1/7)", said(figure));
        press(Keys.ARROW_RIGHT);
        assertEquals("All, 2017: 43.1% (2/7)", said(figure));
        press(Keys.END);
        assertEquals("All, 2024: 51.8% (7/7)", said(figure));
        press(Keys.ARROW_RIGHT);
        assertEquals("All, 2024: 51.8% (7/7)", said(figure), "the last stays the last");
        assertTrue(chart.getText().contains("51.8"), "the tooltip shows the point: " + chart.getText());
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/chart-keys-1280.png"),
                ((TakesScreenshot) example.browser().driver()).getScreenshotAs(OutputType.BYTES));
        press(Keys.ARROW_DOWN);
        assertNotEquals("All", said(figure).split(",")[0], "the next series: " + said(figure));
        press(Keys.HOME);
        assertTrue(said(figure).contains("(1/"), said(figure));

        assertEquals(List.of(), example.browser().severeConsoleMessages(), "console");
        List<String> violations = example.browser().axeViolations();
        assertEquals(List.of(), violations, String.join("\n", violations));
    }
}
