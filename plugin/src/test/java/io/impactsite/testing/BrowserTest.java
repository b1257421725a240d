package io.impactsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** Each check of {@link Browser}, run under {@link StaticServer}'s CSP, on a good page and a planted fault. */
class BrowserTest {

    private static StaticServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = StaticServer.serve(Fixtures.path("browser"));
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            server.close();
        }
    }

    @BeforeEach
    void forgetEarlierConsole() {
        browser.severeConsoleMessages();
    }

    private List<String> consoleOf(String page) {
        browser.open(server.url(page));
        return browser.severeConsoleMessages();
    }

    @Test
    void canvasChartIsDrawnWithACleanConsole() {
        assertEquals(List.of(), consoleOf("canvas.html"));
        assertTrue(browser.chartDrawn("#chart", Duration.ofSeconds(5)));
    }

    @Test
    void blankCanvasIsNotDrawn() {
        assertEquals(List.of(), consoleOf("blank.html"));
        assertFalse(browser.chartDrawn("#chart", Duration.ofMillis(500)));
        assertFalse(browser.chartDrawn("#no-such-container", Duration.ofMillis(500)));
    }

    @Test
    void svgChartNeedsMoreThanTenLines() {
        assertEquals(List.of(), consoleOf("svg.html"));
        assertTrue(browser.chartDrawn("#many", Duration.ofSeconds(5)));
        assertFalse(browser.chartDrawn("#few", Duration.ofMillis(500)));
    }

    @Test
    void inlineScriptIsRefusedByTheCsp() {
        List<String> severe = consoleOf("inline-script.html");
        assertEquals(1, severe.size(), severe.toString());
        assertTrue(severe.get(0).contains("Content Security Policy"), severe.get(0));
        assertNull(((JavascriptExecutor) browser.driver()).executeScript("return document.body.dataset.ran"));
    }

    @Test
    void consoleErrorIsReported() {
        List<String> severe = consoleOf("console-error.html");
        assertEquals(1, severe.size(), severe.toString());
        assertTrue(severe.get(0).contains("planted console error"), severe.get(0));
    }

    @Test
    void missingScriptIsReported() {
        List<String> severe = consoleOf("missing-script.html");
        assertEquals(1, severe.size(), severe.toString());
        assertTrue(severe.get(0).contains("missing.js") && severe.get(0).contains("404"), severe.get(0));
    }

    @Test
    void axeFindsLowContrastAndMissingAlt() {
        browser.open(server.url("a11y-bad.html"));
        List<String> violations = browser.axeViolations();
        assertEquals(List.of("color-contrast", "image-alt"),
                violations.stream().map(v -> v.substring(0, v.indexOf(' '))).sorted().toList(), violations.toString());
    }

    @Test
    void axeFindsNothingOnACleanPage() {
        browser.open(server.url("clean.html"));
        assertEquals(List.of(), browser.axeViolations());
        assertEquals(List.of(), browser.severeConsoleMessages());
    }
}
