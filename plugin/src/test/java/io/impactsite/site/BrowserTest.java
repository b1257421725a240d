package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example site in headless Chromium, served with a strict Content-Security-Policy: charts draw, the console
 * stays clean, axe finds no WCAG 2.1 A/AA violation, and ECharts loads only when a chart comes near.
 */
class BrowserTest {

    private static final Duration DRAW = Duration.ofSeconds(10);
    private static final Dimension DESKTOP = new Dimension(1280, 900);

    @RegisterExtension
    static final ExampleInBrowser example = new ExampleInBrowser();

    @BeforeEach
    void desktopWindowAndFreshConsole() {
        example.browser().driver().manage().window().setSize(DESKTOP);
    }

    private void open(String page) {
        example.browser().open(example.url(page));
    }

    /** Scrolls a chart's figure (the interactive box is hidden until it is drawn) into view. */
    private void scrollTo(String css) {
        example.js().executeScript("const el = document.querySelector(arguments[0]);"
                + "(el.closest('figure') || el).scrollIntoView({block: 'center'})", css);
    }

    /**
     * A chart's static drawing is on the page from the start; scrolled into view and reached for (the
     * pointer over it), the interactive chart takes its place.
     */
    private void assertDrawn(String css) {
        Number drawn = (Number) example.js().executeScript("const f = document.querySelector(arguments[0]).closest('figure');"
                + "return f ? f.querySelectorAll('.chart-svg path, .chart-svg line, .chart-svg rect').length : 0", css);
        assertTrue(drawn.intValue() > 5, "chart " + css + " has no static drawing: " + drawn + " shapes");
        scrollTo(css);
        reachFor(css);
        assertTrue(example.browser().chartDrawn(css, DRAW), "chart " + css + " was not drawn");
    }

    /** The pointer enters the chart's figure, as a reader's would. */
    private void reachFor(String css) {
        example.js().executeScript("document.querySelector(arguments[0]).closest('figure')"
                + ".dispatchEvent(new PointerEvent('pointerenter'))", css);
    }

    private void assertNoAxeViolations() {
        List<String> violations = example.browser().axeViolationsWithBestPractice();
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    private void assertSevereConsoleEmpty() {
        List<String> severe = example.browser().severeConsoleMessages();
        assertEquals(List.of(), severe, String.join("\n", severe));
    }

    @Test
    void indicatorPageDrawsItsChartAndIsAccessible() {
        open("indicators/kindergarten-readiness/index.html");
        assertDrawn("#chart-series-1");
        assertDrawn("#equity-series-1");
        assertSevereConsoleEmpty();
        assertNoAxeViolations();
    }

    @Test
    void openSdgIndicatorDrawsTheSecondUnitWhenItIsSelected() {
        open("indicators/prek-participation/index.html");
        WebElement first = example.browser().driver().findElement(By.id("series-1"));
        WebElement second = example.browser().driver().findElement(By.id("series-2"));
        assertTrue(first.isDisplayed(), "the first unit is shown");
        assertFalse(second.isDisplayed(), "the second unit is hidden until chosen");
        assertDrawn("#chart-series-1");

        new Select(example.browser().driver().findElement(By.cssSelector("select[data-series-select]")))
                .selectByValue("series-2");
        assertFalse(first.isDisplayed(), "the first unit is hidden once the second is chosen");
        assertTrue(second.isDisplayed(), "the second unit is shown once chosen");
        assertDrawn("#chart-series-2");
        Number width = (Number) example.js().executeScript(
                "return document.querySelector('#chart-series-2 svg').getBoundingClientRect().width");
        assertTrue(width.doubleValue() > 200, "the second chart has the panel's width, not 0: " + width);
        assertSevereConsoleEmpty();
        assertNoAxeViolations();
    }

    /** A goal page sums each indicator up (status, latest, target, sparkline, link) and draws no chart. */
    @Test
    void goalPageSumsUpEachIndicatorWithoutCharts() {
        open("goals/kindergarten-ready/index.html");
        assertEquals(0L, example.js().executeScript("return document.scripts.length"), "scripts on a goal page");
        List<WebElement> summaries = example.browser().driver().findElements(By.cssSelector(".summary"));
        assertEquals(4, summaries.size(), "indicators of the goal");
        for (WebElement s : summaries) {
            assertFalse(s.findElements(By.cssSelector(".status")).isEmpty(), "a status");
            boolean planned = !s.findElements(By.cssSelector(".status--planned")).isEmpty();
            assertEquals(!planned, !s.findElements(By.cssSelector("svg.sparkline")).isEmpty(), "a sparkline, unless planned");
            assertFalse(s.findElements(By.cssSelector("a[href*='indicators/']")).isEmpty(), "a link to the indicator");
        }
        assertTrue(example.browser().driver().findElements(By.cssSelector("figure.chart")).isEmpty(), "no chart");
        assertSevereConsoleEmpty();
        assertNoAxeViolations();
    }

    @Test
    void activitiesPageDrawsTheSankeyOfContributionFlows() {
        open("activities/index.html");
        assertDrawn("#chart-flows");
        Object sankey = example.js().executeScript("return echarts.getInstanceByDom(document.getElementById('chart-flows'))"
                + ".getOption().series[0].type");
        assertEquals("sankey", sankey);
        assertSevereConsoleEmpty();
        assertNoAxeViolations();
    }

    @Test
    void homePageIsAccessibleAndRunsNoScript() {
        open("index.html");
        assertEquals(0L, example.js().executeScript("return document.querySelectorAll('script:not([type=\"application/ld+json\"])').length"),
                "scripts on the home page (JSON-LD is data, never run)");
        assertSevereConsoleEmpty();
        assertNoAxeViolations();
    }

    /** The list of report cards, what changed since 2024, and pages of the 2024 edition with its banner, on a phone too. */
    @Test
    void pastEditionsAndWhatChangedAreAccessible() {
        for (String page : List.of("editions/index.html", "changes-since/2024/index.html", "2024/index.html",
                "2024/indicators/index.html", "2024/indicators/kindergarten-readiness/index.html")) {
            for (Dimension size : List.of(DESKTOP, new Dimension(375, 800))) {
                example.browser().driver().manage().window().setSize(size);
                open(page);
                assertSevereConsoleEmpty();
                assertNoAxeViolations();
                Number overflow = (Number) example.js().executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertTrue(overflow.intValue() <= 0, page + " scrolls sideways at " + size + ": " + overflow);
            }
        }
    }

    @Test
    void reportCardIsAccessibleAndItsFiltersWorkInPlace() {
        open("indicators/index.html");
        assertSevereConsoleEmpty();
        assertNoAxeViolations();

        List<WebElement> rows = example.browser().driver().findElements(By.cssSelector("[data-filter-list] .report__row[data-goal]"));
        assertTrue(rows.size() >= 10, "rows on the report card: " + rows.size());
        WebElement filter = example.browser().driver().findElement(By.cssSelector(".filters [data-filter-goal=kindergarten-ready]"));
        filter.click();
        long shown = rows.stream().filter(WebElement::isDisplayed).count();
        long ofGoal = rows.stream().filter(r -> "kindergarten-ready".equals(r.getAttribute("data-goal"))).count();
        assertTrue(ofGoal > 0 && ofGoal < rows.size(), "the goal has some of the rows");
        assertEquals(ofGoal, shown, "rows shown after filtering by goal");
        assertTrue(rows.stream().filter(WebElement::isDisplayed)
                .allMatch(r -> "kindergarten-ready".equals(r.getAttribute("data-goal"))));
        assertEquals("true", filter.getAttribute("aria-current"));
        assertFalse(example.browser().driver().getCurrentUrl().contains("#"), "the click was handled in place");

        example.browser().driver().findElement(By.cssSelector(".filters [data-filter-goal=all]")).click();
        assertEquals(rows.size(), rows.stream().filter(WebElement::isDisplayed).count(), "all rows after 'All'");

        // The status filters link to a page per status; with script they filter in place, the choice in the address.
        example.browser().driver().findElement(By.cssSelector(".filters [data-filter-status=on-track]")).click();
        assertTrue(example.browser().driver().getCurrentUrl().endsWith("indicators/index.html?status=on-track"),
                "filtered in place: " + example.browser().driver().getCurrentUrl());
        List<WebElement> shownRows = rows.stream().filter(WebElement::isDisplayed).toList();
        assertFalse(shownRows.isEmpty());
        assertTrue(shownRows.size() < rows.size());
        assertTrue(shownRows.stream().allMatch(r -> "on-track".equals(r.getAttribute("data-status"))));
        assertTrue(example.browser().driver().findElements(By.cssSelector("[data-filter-list] section")).stream()
                .allMatch(sec -> sec.isDisplayed() == !sec.findElements(By.cssSelector(".report__row[data-status=on-track]")).isEmpty()),
                "a goal section shows only when it has a row of the status");
    }

    /** Read from the files (jsoup): a page without a chart or a filter has no script element at all. */
    @Test
    void pagesWithoutChartsLoadNoScriptAtAll() throws Exception {
        Path site = ExampleSite.build();
        List<String> problems = new ArrayList<>();
        List<String> scriptless = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String page = site.relativize(p).toString().replace('\\', '/');
                Document d = Jsoup.parse(p.toFile(), "UTF-8");
                boolean needsScript = !d.select("[data-chart], [data-filter-list]").isEmpty();
                List<String> sources = d.select("script[src]").eachAttr("src");
                d.select("script[type=application/ld+json]").remove();   // schema.org data, never run
                if (page.matches("(\\d{4}/)?search/index\\.html")) { // a search page loads its own script, and only it
                    if (!sources.equals(List.of("../theme/search.js"))) {
                        problems.add(page + ": expected search.js alone, found " + sources);
                    }
                } else if (!needsScript) {
                    scriptless.add(page);
                    if (!d.select("script").isEmpty()) problems.add(page + ": scripts on a page without charts " + sources);
                } else if (sources.size() != 1 || !sources.get(0).endsWith("theme/site.js")) {
                    problems.add(page + ": expected theme/site.js alone, found " + sources);
                }
            }
        }
        assertTrue(scriptless.containsAll(List.of("partners/index.html", "index.html", "about/index.html",
                "updates/index.html", "data/index.html")), "pages without charts: " + scriptless);
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void echartsLoadsOnlyWhenTheReaderReachesForAChart() {
        example.browser().driver().manage().window().setSize(new Dimension(1024, 400));
        open("activities/index.html");
        Number top = (Number) example.js().executeScript(
                "return document.getElementById('chart-flows').closest('figure').getBoundingClientRect().top - innerHeight");
        assertTrue(top.doubleValue() > 600, "precondition: the chart is far below the fold (" + top + " px)");
        // Let the observer report the initial (not intersecting) state, then check nothing was fetched.
        new WebDriverWait(example.browser().driver(), Duration.ofSeconds(2)).until(d -> example.js().executeScript(
                "return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))"));
        assertEquals(true, example.js().executeScript("return window.echarts === undefined"), "ECharts ran before scrolling");
        assertEquals(0L, example.js().executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.endsWith('/echarts.min.js')).length"), "echarts.min.js requested before scrolling");

        scrollTo("#chart-flows");
        new WebDriverWait(example.browser().driver(), Duration.ofSeconds(2)).until(d -> example.js().executeScript(
                "return new Promise(r => setTimeout(() => r(true), 1500))"));
        assertEquals(true, example.js().executeScript("return window.echarts === undefined"), "ECharts ran before the reader reached");
        reachFor("#chart-flows");
        new WebDriverWait(example.browser().driver(), DRAW).until(d -> example.js().executeScript("return window.echarts !== undefined"));
        assertTrue(example.browser().chartDrawn("#chart-flows", DRAW));
        assertEquals(1L, example.js().executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.endsWith('/echarts.min.js')).length"));
    }

    /** A chart's groups are kept in the address: a shared link opens with the same groups switched on. */
    @Test
    void aSharedAddressOpensWithItsGroupsSelected() {
        open("indicators/kindergarten-readiness/index.html#series-1&groups=Race:Black,Income:Low%20income");
        new WebDriverWait(example.browser().driver(), DRAW).until(d -> example.js().executeScript(
                "const c = window.echarts && echarts.getInstanceByDom(document.getElementById('chart-series-1'));"
                + "return !!c && c.getOption().legend[0].selected['Race: Black'] === true"));
        Object selected = example.js().executeScript("return echarts.getInstanceByDom(document.getElementById('chart-series-1'))"
                + ".getOption().legend[0].selected");
        assertEquals(true, ((java.util.Map<?, ?>) selected).get("Income: Low income"), "the chart shows the groups: " + selected);
        assertEquals(false, ((java.util.Map<?, ?>) selected).get("Race: White"), selected.toString());
        assertEquals("true", button("Race: Black").getAttribute("aria-pressed"));
        assertEquals("true", button("Income: Low income").getAttribute("aria-pressed"));
        assertEquals("false", button("Race: White").getAttribute("aria-pressed"));

        // switching a group on changes the address, so the view can be shared again
        button("Race: White").sendKeys(org.openqa.selenium.Keys.SPACE);   // by keyboard, as any control
        new WebDriverWait(example.browser().driver(), DRAW).until(d -> d.getCurrentUrl().contains("Race:White"));
        assertTrue(example.browser().driver().getCurrentUrl().endsWith("#series-1&groups=Race:Black,Race:White,Income:Low%20income"),
                example.browser().driver().getCurrentUrl());
    }

    private WebElement button(String series) {
        return example.browser().driver().findElement(By.cssSelector("#series-1 figure [data-series='" + series + "']"));
    }

    /** The unit of an Open SDG indicator is kept in the address too. */
    @Test
    void aSharedAddressOpensOnItsSeries() {
        open("indicators/prek-participation/index.html#series-2");
        new WebDriverWait(example.browser().driver(), DRAW).until(d -> example.browser().driver().findElement(By.id("series-2")).isDisplayed());
        assertFalse(example.browser().driver().findElement(By.id("series-1")).isDisplayed());
        assertEquals("series-2", new Select(example.browser().driver().findElement(By.cssSelector("select[data-series-select]")))
                .getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void theMapDrawsWithItsClassesAndThePageIsAccessible() {
        open("indicators/child-care-capacity/index.html");
        assertEquals(6L, example.js().executeScript("return document.querySelectorAll('#map-series-1-heading ~ * .chart-svg--wide path.cs-place').length"));
        scrollTo("#map-series-1");
        reachFor("#map-series-1");
        new WebDriverWait(example.browser().driver(), DRAW).until(d -> example.js().executeScript(
                "return !!window.echarts && !!echarts.getInstanceByDom(document.getElementById('map-series-1'))"));
        Object option = example.js().executeScript("const o = echarts.getInstanceByDom(document.getElementById('map-series-1')).getOption();"
                + "return [o.series[0].type, o.series[0].data.length, o.visualMap[0].pieces.length]");
        assertEquals(List.of("map", 6L, 3L), option);
        new WebDriverWait(example.browser().driver(), DRAW).until(d -> ((Number) example.js().executeScript(
                "return document.querySelectorAll('#map-series-1 svg path').length")).intValue() >= 6);
        assertEquals(true, example.js().executeScript("return document.querySelector('#map-series-1').closest('figure')"
                + ".classList.contains('chart--live')"), "the interactive map replaced the drawing");
        assertSevereConsoleEmpty();
        assertNoAxeViolations();
    }

    @Test
    void anEmbedPageIsTheChartAloneAndAccessible() {
        for (String chart : List.of("chart-series-1", "map-series-1", "equity-series-1")) {
            open("indicators/child-care-capacity/embed/" + chart + "/index.html");
            assertTrue(example.browser().driver().findElements(By.cssSelector("nav, script")).isEmpty(), chart);
            assertTrue(example.browser().driver().findElement(By.cssSelector(".embed__back a")).isDisplayed(), chart + ": the link back");
            assertSevereConsoleEmpty();
            assertNoAxeViolations();
        }
    }

    @Test
    void theCitationCanBeCopiedByKeyboard() {
        open("indicators/kindergarten-readiness/index.html");
        WebElement summary = example.browser().driver().findElement(By.cssSelector("#series-1 .chart__details:last-of-type summary"));
        example.js().executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
        summary.sendKeys(org.openqa.selenium.Keys.ENTER);
        WebElement copy = example.browser().driver().findElement(By.cssSelector("[data-copy='chart-series-1-cite']"));
        assertTrue(copy.isDisplayed(), "the copy button, once the citation is open");
        copy.sendKeys(org.openqa.selenium.Keys.ENTER);   // no clipboard over http: the text is selected instead
        new WebDriverWait(example.browser().driver(), DRAW).until(d -> example.js().executeScript(
                "return String(getSelection()).includes('[Data set]') || document.querySelector('#series-1 .share__status').textContent !== ''"));
        assertSevereConsoleEmpty();
    }
}
