package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The theme as readers meet it, in headless Chromium under the strict Content-Security-Policy: every page type
 * without an axe violation (WCAG 2.1 A/AA and best practice) in light and dark, on a 320 px phone and a 1280 px
 * laptop; the menu; the report card's cards and filters; dark mode and forced colours. The screenshots it writes
 * (target/screenshots) are for a person to look at.
 */
class ThemeBrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Map<String, String> LIGHT = Map.of("prefers-color-scheme", "light");
    private static final Map<String, String> DARK = Map.of("prefers-color-scheme", "dark");

    @RegisterExtension
    static final ExampleInBrowser example = new ExampleInBrowser();

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(SCREENSHOTS);
    }

    @BeforeEach
    void laptop() {
        example.browser().viewport(1280, 900);
        example.browser().emulate("", LIGHT);
    }

    /** Opens a page and waits until the browser is idle (charts that turn interactive have done so). */
    private void open(String page) {
        example.browser().open(example.url(page));
        example.browser().idle();
    }

    private Object run(String script, Object... args) {
        return example.js().executeScript(script, args);
    }

    /** Every page type of the design, light and dark, at 320 and 1280 px. */
    @ParameterizedTest
    @ValueSource(strings = {"index.html", "agenda/index.html", "goals/index.html", "goals/kindergarten-ready/index.html",
            "indicators/index.html", "indicators/status/improving/index.html", "indicators/print/index.html",
            "indicators/kindergarten-readiness/index.html", "indicators/prek-participation/index.html",
            "methodology/index.html", "data/index.html", "partners/index.html", "partners/riverbend-public-library/index.html",
            "activities/index.html", "updates/index.html", "updates/direct-admission-first-results/index.html",
            "systems-change/index.html", "about/index.html", "approach/index.html", "404.html"})
    void everyPageTypeHasNoAxeViolationLightOrDarkOnAPhoneOrALaptop(String page) {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {320, 1280}) {
            example.browser().viewport(width, 800);
            example.browser().emulate("", LIGHT);
            open(page);
            for (Map<String, String> scheme : List.of(LIGHT, DARK)) { // the scheme changes in place, as a reader's can
                example.browser().emulate("", scheme);
                example.browser().idle(); // charts redraw in the new scheme
                String where = page + " at " + width + " px, " + scheme.get("prefers-color-scheme");
                example.browser().axeViolationsWithBestPractice().forEach(v -> problems.add(where + ": " + v));
                Number overflow = (Number) run("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (overflow.intValue() > 0) problems.add(where + ": the page scrolls sideways by " + overflow + " px");
            }
            if (page.equals("404.html")) { // its <base> names the published site, which this server is not
                assertTrue(example.browser().severeConsoleMessages().stream().allMatch(m -> m.contains("base URI")));
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void darkModeColoursThePageAndItsChartsAlike() {
        example.browser().emulate("", DARK);
        open("indicators/kindergarten-readiness/index.html");
        assertEquals("rgb(18, 20, 23)", run("return getComputedStyle(document.body).backgroundColor"), "dark page");
        assertEquals("rgb(230, 232, 235)", run("return getComputedStyle(document.body).color"), "light text");
        Object chartBg = run("return getComputedStyle(document.documentElement).getPropertyValue('--chart-bg').trim()");
        assertEquals("#121417", chartBg, "the charts' background is the page's");
        example.browser().emulate("", LIGHT);
        assertEquals("rgb(255, 255, 255)", run("return getComputedStyle(document.body).backgroundColor"), "light page");
    }

    @Test
    void forcedColoursKeepStatusWordsBordersAndTheSelectedFilter() {
        example.browser().emulate("", Map.of("forced-colors", "active"));
        open("indicators/index.html");
        WebElement badge = example.browser().driver().findElement(By.cssSelector(".report__row .status"));
        assertFalse(badge.getText().isBlank(), "a badge says its status in words");
        assertFalse("0px".equals(badge.getCssValue("border-left-width")), "a badge keeps its border");
        WebElement all = example.browser().driver().findElement(By.cssSelector(".filters [data-filter-status=all]"));
        assertFalse(all.getCssValue("background-color").equals(example.browser().driver()
                .findElement(By.cssSelector(".filters [data-filter-status=on-track]")).getCssValue("background-color")),
                "the selected filter stands out in system colours");
        example.browser().emulate("", LIGHT);
    }

    @Test
    void theMenuCollapsesOnAPhoneAndFitsOneRowOnALaptop() {
        open("indicators/index.html");
        WebElement bar = example.browser().driver().findElement(By.cssSelector(".site-nav__bar"));
        assertTrue(bar.isDisplayed(), "the menu bar shows on a laptop");
        Number rows = (Number) run("return new Set([...document.querySelectorAll('.site-nav__bar > li')]"
                + ".map(li => Math.round(li.getBoundingClientRect().top))).size");
        assertEquals(1, rows.intValue(), "the menu is one row at 1280 px");
        Number headerHeight = (Number) run("return document.querySelector('.site-header').getBoundingClientRect().height");
        assertTrue(headerHeight.doubleValue() < 90, "the header is one line high: " + headerHeight);
        Number entries = (Number) run("return document.querySelectorAll('.site-nav__list a').length");
        assertTrue(entries.intValue() >= 11, "every menu entry of the example: " + entries);

        example.browser().viewport(320, 700);
        open("indicators/index.html");
        assertFalse(example.browser().driver().findElement(By.cssSelector(".site-nav__bar")).isDisplayed(), "no menu bar on a phone");
        WebElement toggle = example.browser().driver().findElement(By.cssSelector(".site-nav__toggle"));
        assertTrue(toggle.isDisplayed(), "a Menu button on a phone");
        WebElement link = example.browser().driver().findElement(By.cssSelector(".site-nav__list a[href*='partners']"));
        assertFalse(link.isDisplayed(), "the menu is closed");
        toggle.click();
        assertTrue(link.isDisplayed(), "the button opens the menu");
        Number right = (Number) run("return document.querySelector('.site-nav__list').getBoundingClientRect().right");
        assertTrue(right.doubleValue() <= 320, "the open menu fits the phone: " + right);
        assertEquals(0L, ((Number) run("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .longValue(), "the open menu does not widen the page");
        link.click();
        assertTrue(example.browser().driver().getCurrentUrl().contains("partners/"), example.browser().driver().getCurrentUrl());
    }

    /** At 320 px every row of the report card is a card whose status is in view without scrolling sideways. */
    @Test
    void theReportCardsStatusIsInViewOnA320PxPhone() {
        example.browser().viewport(320, 700);
        open("indicators/index.html");
        long width = ((Number) run("return document.documentElement.clientWidth")).longValue();
        assertEquals(0L, ((Number) run("return document.documentElement.scrollWidth")).longValue() - width,
                "the report card does not scroll sideways");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> statuses = (List<Map<String, Object>>) run("return [...document.querySelectorAll("
                + "'.report__row .report__status .status')].map(s => { const r = s.getBoundingClientRect(); "
                + "return {left: r.left, right: r.right, width: r.width, text: s.textContent.trim()}; })");
        assertEquals(ExampleSite.indicatorCount(), statuses.size(), "a status per indicator");
        for (Map<String, Object> s : statuses) {
            double left = ((Number) s.get("left")).doubleValue();
            double r = ((Number) s.get("right")).doubleValue();
            assertTrue(left >= 0 && r <= width && ((Number) s.get("width")).doubleValue() > 40,
                    "status \"" + s.get("text") + "\" is within the screen: " + left + " to " + r);
        }
    }

    @Test
    void theReportCardsFiltersKeepTheirChoiceInTheAddressAndSayWhenNothingMatches() {
        open("indicators/index.html");
        example.browser().driver().findElement(By.cssSelector(".filters [data-filter-status=on-track]")).click();
        String url = example.browser().driver().getCurrentUrl();
        assertTrue(url.endsWith("indicators/index.html?status=on-track"), url);
        long shown = visibleRows();
        assertTrue(shown > 0 && shown < ExampleSite.indicatorCount(), "rows shown: " + shown);
        String said = example.browser().driver().findElement(By.cssSelector("[data-filter-count]")).getAttribute("textContent");
        assertEquals("Showing " + shown + " of " + ExampleSite.indicatorCount() + " indicators", said);

        open("indicators/index.html?status=on-track");
        assertEquals(shown, visibleRows(), "a shared link opens the same view");
        assertEquals("true", example.browser().driver().findElement(By.cssSelector(".filters [data-filter-status=on-track]"))
                .getAttribute("aria-current"));

        // No indicator of the third-grade goal is on track: the card says so and offers every indicator.
        example.browser().driver().findElement(By.cssSelector(".filters [data-filter-goal=reading-by-third-grade]")).click();
        assertTrue(example.browser().driver().getCurrentUrl().endsWith("?status=on-track&goal=reading-by-third-grade"),
                example.browser().driver().getCurrentUrl());
        assertEquals(0, visibleRows());
        WebElement empty = example.browser().driver().findElement(By.cssSelector("[data-filter-empty]"));
        assertTrue(empty.isDisplayed(), "the empty state shows");
        empty.findElement(By.cssSelector("[data-filter-reset]")).click();
        assertEquals(ExampleSite.indicatorCount(), visibleRows(), "every indicator again");
        assertFalse(empty.isDisplayed());
        assertTrue(example.browser().driver().getCurrentUrl().endsWith("indicators/index.html"), example.browser().driver().getCurrentUrl());
    }

    private long visibleRows() {
        return example.browser().driver().findElements(By.cssSelector(".report__row")).stream().filter(WebElement::isDisplayed).count();
    }

    /** Screenshots to look at: home, report card, an indicator and the print card, 375 and 1280 px, light and dark. */
    @Test
    void screenshotsOfTheMainPagesAreWritten() throws Exception {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("home", "index.html");
        pages.put("report-card", "indicators/index.html");
        pages.put("indicator", "indicators/kindergarten-readiness/index.html");
        pages.put("print-card", "indicators/print/index.html");
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> p : pages.entrySet()) {
            for (int width : new int[] {375, 1280}) {
                for (Map<String, String> scheme : List.of(LIGHT, DARK)) {
                    example.browser().viewport(width, 900);
                    example.browser().emulate("", scheme);
                    open(p.getValue());
                    Path file = SCREENSHOTS.resolve(p.getKey() + "-" + width + "-" + scheme.get("prefers-color-scheme") + ".png");
                    Files.write(file, example.browser().fullPageScreenshot());
                    written.add(file);
                }
            }
        }
        example.browser().viewport(794, 1123); // A4 at 96 dpi
        example.browser().emulate("print", LIGHT);
        open("indicators/print/index.html");
        Path paper = SCREENSHOTS.resolve("print-card-paper.png");
        Files.write(paper, example.browser().fullPageScreenshot());
        written.add(paper);
        example.browser().emulate("", LIGHT);
        for (Path f : written) assertTrue(Files.size(f) > 10_000, f + " is an image");
    }
}
