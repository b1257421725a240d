package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.testing.Browser;
import io.impactsite.testing.StaticServer;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages of systems change, who does how much and the feeds in headless Chromium, under the site's strict
 * Content-Security-Policy: axe finds no WCAG 2.1 A/AA violation, the console stays clean, the timeline's chart
 * draws, and the button under an indicator's chart hides its systems-change markers.
 */
class ImpactBrowserTest {
    private static final Duration DRAW = Duration.ofSeconds(10);
    private static StaticServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = StaticServer.serve(ExampleSite.build());
        browser = new Browser();
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
        assertEquals(List.of(), browser.severeConsoleMessages(), "console errors");
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private void assertAccessible(String page) {
        browser.open(server.url(page));
        List<String> violations = browser.axeViolations();
        assertEquals(List.of(), violations, page + ":\n" + String.join("\n", violations));
    }

    @Test
    void theNewPagesAreAccessibleOnAPhoneAndADesktop() {
        // The goal and indicator pages, with their stories, measures and changes under the charts, are BrowserTest's.
        List<String> pages = List.of("systems-change/index.html", "networks/early-learning-network/index.html",
                "systems-change/services/index.html", "updates/tags/index.html",
                "partners/harmon-family-foundation/index.html", "updates/kindergarten-readiness-reaches-a-new-high/index.html");
        pages.forEach(this::assertAccessible);
        browser.driver().manage().window().setSize(new Dimension(375, 800));
        pages.subList(0, 2).forEach(this::assertAccessible);
    }

    @Test
    void theTimelinesChartDraws() {
        browser.open(server.url("systems-change/index.html"));
        js().executeScript("document.getElementById('chart-changes').closest('figure').scrollIntoView({block: 'center'})");
        reachFor("#chart-changes");
        assertTrue(browser.chartDrawn("#chart-changes", DRAW), "the chart of changes per year");
    }

    @Test
    void theButtonUnderTheChartHidesTheSystemsChangeMarkers() {
        browser.open(server.url("indicators/kindergarten-readiness/index.html"));
        js().executeScript("document.getElementById('chart-series-1').closest('figure').scrollIntoView({block: 'center'})");
        reachFor("#chart-series-1");
        assertTrue(browser.chartDrawn("#chart-series-1", DRAW));
        WebElement button = browser.driver().findElement(By.cssSelector("#series-1 button[data-series='Systems changes']"));
        assertEquals("true", button.getAttribute("aria-pressed"));
        String selected = "return echarts.getInstanceByDom(document.getElementById('chart-series-1'))"
                + ".getOption().legend[0].selected['Systems changes']";
        assertEquals(true, js().executeScript(selected));
        button.click();
        new WebDriverWait(browser.driver(), DRAW).until(d -> Boolean.FALSE.equals(js().executeScript(selected)));
        assertEquals("false", button.getAttribute("aria-pressed"));
        Number marks = (Number) js().executeScript("return echarts.getInstanceByDom(document.getElementById('chart-series-1'))"
                + ".getOption().series.find(s => s.id === 'changes').markLine.data.length");
        assertEquals(3, marks.intValue(), "the option keeps them for when they are shown again");
    }

    /** The pointer enters the chart's figure, as a reader's would: the theme turns a chart interactive then. */
    private void reachFor(String css) {
        js().executeScript("document.querySelector(arguments[0]).closest('figure')"
                + ".dispatchEvent(new PointerEvent('pointerenter'))", css);
    }
}
