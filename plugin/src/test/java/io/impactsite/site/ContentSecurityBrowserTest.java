package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.engine.BuildRequest;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteBuilder;
import io.impactsite.testing.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The Content-Security-Policy every page carries in its own {@code <meta>}, in headless Chromium with no server
 * header at all (pages opened from disk, as the README's quick start opens them): with {@code rawHtml: allow} an
 * author's inline {@code <script>} and {@code onerror} handler stay in the page but do not run, Chromium reports
 * them as blocked by the policy, and the site's own stylesheet and script still load: a chart draws.
 */
class ContentSecurityBrowserTest {
    @TempDir
    static Path dir;
    private static Path site;
    private static Browser browser;
    private static final List<String> WARNINGS = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        Path content = SafetyTest.writeSite(dir.resolve("content"));
        Path initiative = content.resolve("initiative.yml");
        Files.writeString(initiative, Files.readString(initiative).replace("  baseUrl: https://example.org/lakeside/\n",
                "  baseUrl: https://example.org/lakeside/\n  markdown:\n    rawHtml: allow\n"));
        Files.writeString(content.resolve("pages/embed.md"), """
                ---
                title: Embed
                ---
                <script>document.documentElement.dataset.inline = 'ran';</script>

                <img src="missing.png" alt="" onerror="document.documentElement.dataset.handler = 'ran'">

                After the HTML.
                """);
        site = dir.resolve("site");
        new SiteBuilder(new Reporter() {
            @Override public void info(String message) {}

            @Override public void warn(String message) {
                WARNINGS.add(message);
            }
        }).build(BuildRequest.of(content, site));
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js);
    }

    @Test
    void anAuthorsInlineScriptAndHandlerDoNotRunButTheSitesOwnStylesheetApplies() {
        assertTrue(WARNINGS.stream().noneMatch(w -> w.startsWith("pages/embed.md")),
                "raw HTML a site allows is not a warning: " + WARNINGS);
        browser.severeConsoleMessages();
        browser.open(site.resolve("embed/index.html").toUri().toString());
        assertNotNull(script("return document.querySelector('main script')"), "the raw script is in the page");
        assertNotNull(script("return document.querySelector('main img[onerror]')"), "the handler is in the page");
        assertNull(script("return document.documentElement.dataset.inline || null"), "the inline script ran");
        assertNull(script("return document.documentElement.dataset.handler || null"), "the onerror handler ran");
        assertEquals("absolute", script("return getComputedStyle(document.querySelector('.skip-link')).position"),
                "the site's own stylesheet applies");
        List<String> blocked = browser.severeConsoleMessages().stream()
                .filter(m -> m.contains("Content Security Policy")).toList();
        assertTrue(blocked.size() >= 2, "Chromium reports the script and the handler as blocked: " + blocked);
    }

    @Test
    void aChartDrawsUnderThePolicyFromDisk() {
        browser.open(site.resolve("indicators/readiness/index.html").toUri().toString());
        script("document.getElementById('chart-series-1').closest('figure').scrollIntoView({block: 'center'});"
                + "document.getElementById('chart-series-1').closest('figure').dispatchEvent(new PointerEvent('pointerenter'))");
        assertTrue(browser.chartDrawn("#chart-series-1", Duration.ofSeconds(10)), "the interactive chart");
        // ECharts places its tooltip with style attributes, which the policy must allow
        script("echarts.getInstanceByDom(document.getElementById('chart-series-1'))"
                + ".dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0})");
        assertEquals(List.of(), browser.severeConsoleMessages(), "the console of an indicator page opened from disk");
    }
}
