package io.impactsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.testing.Browser;
import io.impactsite.testing.HtmlChecker;
import io.impactsite.testing.StaticServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The theme's chart macros rendered into a page (see {@link ChartPage}): valid HTML; in Chromium at 320 and
 * 1280 px, light and dark, every static chart is drawn with no label over another and nothing past its edge;
 * the interactive chart arrives on interaction or idle, draws the target on a phone, keeps the site's own
 * description, takes the dark palette, and gives way to the static drawing on paper and in forced colours.
 * Screenshots go to target/screenshots/.
 */
class ChartPageTest {
    private static final Path DIR = Path.of("target/chart-page");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static StaticServer server;
    private static Browser browser;

    /** Text of visible static SVGs that overlaps other text or leaves its SVG. */
    private static final String COLLISIONS = """
            const out = [];
            for (const svg of document.querySelectorAll(arguments[0])) {
              if (!svg.getClientRects().length) continue;
              const r = svg.getBoundingClientRect();
              const t = [...svg.querySelectorAll('text')].map(e => ({s: e.textContent, b: e.getBoundingClientRect()}));
              for (let i = 0; i < t.length; i++) {
                const a = t[i].b;
                if (a.left < r.left - 1 || a.right > r.right + 1 || a.top < r.top - 1 || a.bottom > r.bottom + 1)
                  out.push((svg.id || svg.closest('figure').querySelector('[data-chart]').id) + ': "' + t[i].s + '" leaves the chart');
                for (let j = i + 1; j < t.length; j++) {
                  const b = t[j].b;
                  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                  if (w > 0.5 && h > 0.5) out.push('"' + t[i].s + '" overlaps "' + t[j].s + '"');
                }
              }
            }
            return out;""";

    @BeforeAll
    static void start() throws Exception {
        ChartPage.write(DIR);
        Files.createDirectories(SHOTS);
        server = StaticServer.serve(DIR);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @BeforeEach
    void freshConsole() {
        browser.severeConsoleMessages();
    }

    @AfterEach
    void consoleStayedClean() {
        assertEquals(List.of(), browser.severeConsoleMessages(), "console errors (CSP, script)");
        emulate(1280, "light", "screen", false);
    }

    private ChromeDriver chrome() {
        return (ChromeDriver) browser.driver();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    private void emulate(int width, String scheme, String media, boolean forcedColors) {
        chrome().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", width < 600));
        chrome().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media, "features", List.of(
                Map.of("name", "prefers-color-scheme", "value", scheme),
                Map.of("name", "forced-colors", "value", forcedColors ? "active" : "none"))));
    }

    private void screenshot(String name) throws Exception {
        Object shot = chrome().executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true)).get("data");
        Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot));
    }

    /** One element, cut out of the whole page. */
    @SuppressWarnings("unchecked")
    private void screenshot(String name, WebElement element) throws Exception {
        Map<String, Object> box = (Map<String, Object>) js("const r = arguments[0].getBoundingClientRect();"
                + "return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height, scale: 1};", element);
        Object shot = chrome().executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", box)).get("data");
        Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot));
    }

    private boolean live(String id) {
        try {
            return new WebDriverWait(browser.driver(), WAIT).until(d -> Boolean.TRUE.equals(js(
                    "return !!window.echarts && !!echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                    + " && document.getElementById(arguments[0]).querySelectorAll('path').length > 5", id)))
                    && sleep(1200); // let the chart's entry animation end before anyone looks
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    private static boolean sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    @Test
    void thePageOfEveryChartKindIsValidHtml() {
        HtmlChecker nu = new HtmlChecker();
        assertEquals(List.of(), nu.checkFile(DIR.resolve("index.html"), DIR));
        assertEquals(List.of(), nu.checkFile(DIR.resolve("idle.html"), DIR));
        assertEquals(List.of(), nu.checkFile(DIR.resolve("common.html"), DIR));
    }

    @Test
    void staticChartsAreDrawnWithoutCollisionsAt320And1280LightAndDark() throws Exception {
        for (int width : new int[] {320, 1280}) {
            for (String scheme : List.of("light", "dark")) {
                emulate(width, scheme, "screen", false);
                browser.open(server.url("index.html"));
                String where = width + " px " + scheme;
                Number visible = (Number) js("return [...document.querySelectorAll('.chart-svg')]"
                        + ".filter(s => s.getClientRects().length && s.getBoundingClientRect().height > 100).length");
                assertEquals(4, visible.intValue(), where + ": one drawing per chart");
                String variant = width == 320 ? "narrow" : "wide";
                assertEquals(4L, js("return document.querySelectorAll('.chart-svg--" + variant + "').length"
                        + " && [...document.querySelectorAll('.chart-svg--" + variant + "')].filter(s => s.getClientRects().length).length"),
                        where + ": the " + variant + " drawings");
                assertEquals(List.of(), js(COLLISIONS, ".chart-svg"), where);
                assertTrue(((Number) js("return document.documentElement.scrollWidth")).intValue() <= width,
                        where + ": no sideways scrolling");
                assertEquals(0L, js("return document.querySelectorAll('[data-chart-controls][hidden]').length"),
                        where + ": the script shows the controls");
                List<String> violations = browser.axeViolations();
                assertEquals(List.of(), violations, where + "\n" + String.join("\n", violations));
                screenshot("charts-" + width + "-" + scheme);
                for (WebElement figure : browser.driver().findElements(By.cssSelector("figure"))) {
                    String id = figure.findElement(By.cssSelector("[data-chart]")).getAttribute("id");
                    screenshot(id + "-" + width + "-" + scheme, figure);
                }
            }
        }
    }

    @Test
    void theTargetIsVisibleAndTheSvgNamesItselfFromTheSite() {
        emulate(320, "light", "screen", false);
        browser.open(server.url("index.html"));
        WebElement svg = browser.driver().findElement(By.cssSelector("#chart-line ~ *, .chart--line .chart-svg--narrow"));
        assertEquals("img", svg.getAttribute("role"));
        assertEquals("Line chart of chronic absenteeism (%) by school year", svg.getAccessibleName());
        WebElement target = svg.findElement(By.cssSelector("path.cs-target"));
        assertTrue(target.isDisplayed() && target.getSize().getWidth() >= 10, "the target's diamond is drawn");
        String desc = browser.driver().findElement(By.id("chart-line-narrow-desc")).getAttribute("textContent");
        assertTrue(desc.contains("Target 2029-30: 10.0%"), desc);
    }

    @Test
    void aToggleByKeyboardMakesTheChartInteractiveAndKeepsTheSitesDescription() throws Exception {
        emulate(1280, "light", "screen", false);
        browser.open(server.url("index.html"));
        assertEquals(true, js("return window.echarts === undefined"), "no chart library before the reader asks");
        WebElement black = browser.driver().findElement(By.cssSelector("#chart-line ~ [data-chart-controls] [data-series='Race: Black']"));
        assertEquals("false", black.getAttribute("aria-pressed"));
        black.sendKeys(Keys.ENTER); // a real button: focus and Enter
        assertTrue(live("chart-line"), "ECharts drew the line chart");
        new WebDriverWait(browser.driver(), WAIT).until(d -> "true".equals(black.getAttribute("aria-pressed")));
        assertEquals(true, js("return echarts.getInstanceByDom(document.getElementById('chart-line'))"
                + ".getOption().legend[0].selected['Race: Black']"), "the group is switched on in the chart");
        black.sendKeys(Keys.SPACE);
        new WebDriverWait(browser.driver(), WAIT).until(d -> "false".equals(black.getAttribute("aria-pressed")));
        WebElement live = browser.driver().findElement(By.id("chart-line"));
        assertEquals("Line chart of chronic absenteeism (%) by school year", live.getAttribute("aria-label"),
                "ECharts' generated description did not replace the site's");
        assertEquals("chart-line-keys chart-line-wide-desc", live.getAttribute("aria-describedby"), "its keys, then what it shows");
        assertFalse(browser.driver().findElement(By.cssSelector(".chart--line .chart-svg--wide")).isDisplayed(),
                "the interactive chart replaced the static one on screen");
        assertEquals(false, js("return echarts.getInstanceByDom(document.getElementById('chart-line')).getOption().legend[0].show"),
                "the page's buttons are the legend");
        List<String> violations = browser.axeViolations();
        assertEquals(List.of(), violations, String.join("\n", violations));
        screenshot("charts-1280-light-interactive");
    }

    @Test
    void onAPhoneTheIdlePageDrawsTheTargetAndKeepsTheSankeyStatic() throws Exception {
        emulate(320, "light", "screen", false);
        browser.open(server.url("idle.html"));
        assertTrue(live("chart-line"), "the chart turned interactive once the page was idle");
        Object target = js("""
                const el = document.getElementById('chart-line'), c = echarts.getInstanceByDom(el);
                const s = c.getModel().getSeries().find(s => s.id === 'target');
                const g = s.getData().getItemGraphicEl(0);
                const [x, y] = c.convertToPixel({seriesId: 'target'}, s.getData().getValues(['x', 'y'], 0));
                return !!g && !g.invisible && x >= 0 && x <= el.clientWidth && y >= 0 && y <= el.clientHeight;""");
        assertEquals(true, target, "the target's diamond is drawn inside the chart at 320 px");
        js("document.getElementById('chart-flows').closest('figure').scrollIntoView()");
        Thread.sleep(1500);
        assertEquals(true, js("return document.getElementById('chart-flows').hidden"), "the flows stay as bars on a phone");
        assertEquals(true, js("return document.getElementById('chart-equity').hidden"), "so do the groups' bars");
        screenshot("charts-320-light-interactive");
    }

    @Test
    void darkModeGivesEChartsTheDarkPalette() throws Exception {
        emulate(1280, "dark", "screen", false);
        browser.open(server.url("idle.html"));
        assertTrue(live("chart-line"));
        assertEquals("#56b4e9", js("return echarts.getInstanceByDom(document.getElementById('chart-line')).getOption().color[0]"));
        assertEquals("#c6a4f0", js("return echarts.getInstanceByDom(document.getElementById('chart-line')).getOption()"
                + ".series.find(s => s.id === 'target').itemStyle.color"));
        screenshot("charts-1280-dark-interactive");
    }

    @Test
    void paperShowsTheWideStaticDrawingEvenAfterTheChartTurnedInteractive() throws Exception {
        emulate(1280, "light", "screen", false);
        browser.open(server.url("idle.html"));
        assertTrue(live("chart-line"));
        emulate(1280, "light", "print", false);
        assertEquals(List.of(true, true, true, true), js("return [...document.querySelectorAll('.chart-svg--wide')]"
                + ".map(s => s.getClientRects().length > 0)"), "every wide drawing prints");
        assertEquals(0L, js("return [...document.querySelectorAll('.chart__live, .chart-svg--narrow, .chart__controls')]"
                + ".filter(e => e.getClientRects().length).length"), "no interactive chart, narrow drawing or button on paper");
        screenshot("charts-print");
    }

    /** Indicator and goal pages need no Sankey: ECharts' common build (218 KB gzip, not 333 KB) draws them. */
    @Test
    void theCommonBuildOfEChartsDrawsLinesBarsTheTargetAndTheReferenceLines() {
        emulate(1280, "light", "screen", false);
        browser.open(server.url("common.html"));
        assertTrue(live("chart-line"));
        assertTrue(live("chart-equity"));
        assertEquals(List.of("line", "scatter", "line", "line", "line", "line", "line"), js(
                "return echarts.getInstanceByDom(document.getElementById('chart-line')).getModel().getSeries().map(s => s.type)"
                + ".map(t => t.replace('series.', ''))"));
        assertEquals(2L, js("return echarts.getInstanceByDom(document.getElementById('chart-equity')).getModel()"
                + ".getSeries()[0].get('markLine').data.length"));
        assertEquals(true, js("return !!document.querySelector('#chart-line svg')"), "the SVG renderer is in the build");
    }

    /** The downloads are buttons that give the chart as a standalone SVG (colours written in) and as a PNG. */
    @Test
    @SuppressWarnings("unchecked")
    void downloadButtonsGiveTheChartAsSvgAndPng() {
        emulate(1280, "dark", "screen", false);
        browser.open(server.url("index.html"));
        js("window.saved = []; HTMLAnchorElement.prototype.click = function () { saved.push([this.download, this.href]); };");
        // By keyboard: focus turns the chart interactive and moves the buttons as it draws, so a pointer
        // could miss the second one. The first press comes before ECharts has loaded: the static drawing.
        browser.driver().findElement(By.cssSelector(".chart--bars [data-chart-download='svg']")).sendKeys(Keys.ENTER);
        browser.driver().findElement(By.cssSelector(".chart--bars [data-chart-download='png']")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), WAIT).until(d -> ((Number) js("return saved.length")).intValue() == 2);
        List<List<String>> saved = (List<List<String>>) js("return saved");
        assertEquals("chart-equity.svg", saved.get(0).get(0));
        String svg = java.net.URLDecoder.decode(saved.get(0).get(1).substring(saved.get(0).get(1).indexOf(',') + 1),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<svg") && svg.contains("xmlns=\"http://www.w3.org/2000/svg\""), svg.substring(0, 120));
        assertTrue(svg.contains("fill: rgb(86, 180, 233)"), "the bars in the dark palette's colour, written in");
        assertFalse(svg.contains("class="), "no class left to depend on the site's CSS");
        assertEquals("chart-equity.png", saved.get(1).get(0));
        assertTrue(saved.get(1).get(1).startsWith("data:image/png;base64,") && saved.get(1).get(1).length() > 5000);
    }

    @Test
    void forcedColoursKeepTheStaticDrawing() throws Exception {
        emulate(1280, "light", "screen", true);
        browser.open(server.url("idle.html"));
        Thread.sleep(2500);
        assertEquals(true, js("return window.echarts === undefined"), "ECharts cannot follow system colours: not loaded");
        assertEquals(List.of(), js(COLLISIONS, ".chart-svg"));
        screenshot("charts-1280-forced-colors");
    }
}
