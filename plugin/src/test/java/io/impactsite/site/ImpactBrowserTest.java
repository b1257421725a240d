package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages of systems change, who does how much and the feeds in headless Chromium, under the site's strict
 * Content-Security-Policy: axe finds no WCAG 2.1 A/AA violation, the console stays clean, the timeline's chart
 * draws, and the button under an indicator's chart hides its systems-change markers.
 */
class ImpactBrowserTest {
    private static final Duration DRAW = Duration.ofSeconds(10);
    @RegisterExtension
    static final ExampleInBrowser example = new ExampleInBrowser();

    @BeforeEach
    void desktop() {
        example.browser().driver().manage().window().setSize(new Dimension(1280, 900));
    }

    private void assertAccessible(String page) {
        example.browser().open(example.url(page));
        List<String> violations = example.browser().axeViolations();
        assertEquals(List.of(), violations, page + ":\n" + String.join("\n", violations));
    }

    @Test
    void theNewPagesAreAccessibleOnAPhoneAndADesktop() {
        // The goal and indicator pages, with their stories, measures and changes under the charts, are BrowserTest's.
        List<String> pages = List.of("systems-change/index.html", "networks/early-learning-network/index.html",
                "systems-change/services/index.html", "updates/tags/index.html",
                "partners/harmon-family-foundation/index.html", "updates/kindergarten-readiness-reaches-a-new-high/index.html",
                "accessibility/index.html");
        pages.forEach(this::assertAccessible);
        example.browser().driver().manage().window().setSize(new Dimension(375, 800));
        pages.subList(0, 2).forEach(this::assertAccessible);
    }

    @Test
    void theTimelinesChartDraws() {
        example.browser().open(example.url("systems-change/index.html"));
        example.js().executeScript("document.getElementById('chart-changes').closest('figure').scrollIntoView({block: 'center'})");
        reachFor("#chart-changes");
        assertTrue(example.browser().chartDrawn("#chart-changes", DRAW), "the chart of changes per year");
    }

    @Test
    void theButtonUnderTheChartHidesTheSystemsChangeMarkers() {
        example.browser().open(example.url("indicators/kindergarten-readiness/index.html"));
        example.js().executeScript("document.getElementById('chart-series-1').closest('figure').scrollIntoView({block: 'center'})");
        reachFor("#chart-series-1");
        assertTrue(example.browser().chartDrawn("#chart-series-1", DRAW));
        WebElement button = example.browser().driver().findElement(By.cssSelector("#series-1 button[data-series='Systems changes']"));
        assertEquals("true", button.getAttribute("aria-pressed"));
        String selected = "return echarts.getInstanceByDom(document.getElementById('chart-series-1'))"
                + ".getOption().legend[0].selected['Systems changes']";
        assertEquals(true, example.js().executeScript(selected));
        button.click();
        new WebDriverWait(example.browser().driver(), DRAW).until(d -> Boolean.FALSE.equals(example.js().executeScript(selected)));
        assertEquals("false", button.getAttribute("aria-pressed"));
        Number marks = (Number) example.js().executeScript("return echarts.getInstanceByDom(document.getElementById('chart-series-1'))"
                + ".getOption().series.find(s => s.id === 'changes').markLine.data.length");
        assertEquals(3, marks.intValue(), "the option keeps them for when they are shown again");
    }

    /** The pointer enters the chart's figure, as a reader's would: the theme turns a chart interactive then. */
    private void reachFor(String css) {
        example.js().executeScript("document.querySelector(arguments[0]).closest('figure')"
                + ".dispatchEvent(new PointerEvent('pointerenter'))", css);
    }
}
