package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Pages on paper, printed by Chromium's own print command (to PDF, read back with PDFBox) and laid out under
 * print media: no navigation, every table whole, every chart drawn, no page left with nothing but the end of the
 * page; and the board's report card on one A4 or Letter page.
 */
class PrintTest {

    private static final PageSize A4 = new PageSize(29.7, 21.0);
    private static final PageSize LETTER = new PageSize(27.94, 21.59);
    private static final List<String> PAGES = List.of("index.html", "indicators/index.html",
            "indicators/kindergarten-readiness/index.html", "indicators/prek-participation/index.html",
            "goals/kindergarten-ready/index.html", "activities/index.html", "methodology/index.html", "about/index.html",
            "data/index.html");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(\\.\\d+)?%?");

    @RegisterExtension
    static final ExampleInBrowser example = new ExampleInBrowser();

    private static PrintOptions options(PageSize size) {
        PrintOptions o = new PrintOptions();
        o.setPageSize(size);
        o.setBackground(true);
        return o;
    }

    private static List<String> pagesOf(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> texts = new ArrayList<>();
            PDFTextStripper strip = new PDFTextStripper();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                strip.setStartPage(i);
                strip.setEndPage(i);
                texts.add(strip.getText(d));
            }
            return texts;
        }
    }

    private static Set<String> numbers(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /**
     * Under print media, at the width of an A4 page's text: navigation and controls are gone, no table is wider
     * than the page, and every chart is its static drawing, with a size and its shapes (never an empty box).
     */
    @Test
    void underPrintMediaTablesFitThePageAndEveryChartIsDrawn() {
        example.browser().viewport(703, 1000); // 186 mm: A4 less 12 mm margins, at 96 dpi
        example.browser().emulate("print", Map.of());
        List<String> problems = new ArrayList<>();
        try {
            for (String page : PAGES) {
                example.browser().open(example.url(page));
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) example.js().executeScript("""
                        const out = [], page = document.documentElement.clientWidth;
                        for (const sel of ['.site-nav', '.skip-link', '.filters', '.chart__controls', '.site-footer']) {
                          for (const el of document.querySelectorAll(sel))
                            if (el.getClientRects().length) out.push(sel + ' is printed');
                        }
                        document.querySelectorAll('main table').forEach((t, i) => {
                          const r = t.getBoundingClientRect();
                          if (r.right > page + 0.5 || r.left < -0.5) out.push('table ' + i + ' runs off the page: ' + r.left + '..' + r.right);
                          const box = t.parentElement;
                          if (box.scrollWidth > box.clientWidth + 1) out.push('table ' + i + ' is cut by its box');
                        });
                        document.querySelectorAll('figure.chart').forEach((f, i) => {
                          const svg = [...f.querySelectorAll('.chart-svg')].find(s => s.getClientRects().length);
                          const live = [...f.querySelectorAll('.chart__live')].find(s => s.getClientRects().length);
                          if (live) out.push('chart ' + i + ' prints its interactive box');
                          if (!svg) { out.push('chart ' + i + ' prints no drawing'); return; }
                          const r = svg.getBoundingClientRect();
                          if (r.width < 200 || r.height < 80) out.push('chart ' + i + ' is ' + r.width + ' x ' + r.height);
                          if (r.right > page + 0.5) out.push('chart ' + i + ' runs off the page');
                          if (svg.querySelectorAll('path, line, rect, circle').length < 10) out.push('chart ' + i + ' is empty');
                        });
                        return out;""");
                found.forEach(f -> problems.add(page + ": " + f));
            }
        } finally {
            example.browser().emulate("", Map.of());
            example.browser().viewport(1280, 900);
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /**
     * Printed to PDF on A4: every number of every table is on paper (no column cut), the charts' own words are
     * there (drawn, not empty), the menu is not, and the last page holds more than the page's end.
     */
    @Test
    void printedPagesHoldEveryNumberOfTheirTablesAndCharts() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String page : PAGES) {
            example.browser().open(example.url(page));
            String tables = (String) example.js().executeScript(
                    "return [...document.querySelectorAll('main table td, main table th')].map(c => {"
                    // a hidden series panel (printed, but not on screen) has no innerText layout: its line breaks are spaces
                    + " if (c.getClientRects().length) return c.innerText;"
                    + " const x = c.cloneNode(true); x.querySelectorAll('br').forEach(b => b.replaceWith(' '));"
                    + " return x.textContent; }).join(' ')");
            String charts = (String) example.js().executeScript(
                    "return [...document.querySelectorAll('.chart-svg--wide text')].map(c => c.textContent).join(' ')");
            byte[] pdf = example.browser().printToPdf(options(A4));
            Files.createDirectories(ThemeBrowserTest.SCREENSHOTS);
            Files.write(ThemeBrowserTest.SCREENSHOTS.resolve(page.replace('/', '_').replace(".html", ".pdf")), pdf);
            List<String> paper = pagesOf(pdf);
            String all = String.join(" ", paper);
            Set<String> printed = numbers(all);
            Set<String> missing = new TreeSet<>(numbers(tables));
            missing.removeAll(printed);
            if (!missing.isEmpty()) problems.add(page + ": table numbers not on paper: " + missing);
            Set<String> chartMissing = new TreeSet<>(numbers(charts));
            chartMissing.removeAll(printed);
            if (!chartMissing.isEmpty()) problems.add(page + ": chart labels not on paper: " + chartMissing);
            for (String menu : List.of("Skip to content", "Filter by status", "Download SVG")) {
                if (all.contains(menu)) problems.add(page + ": prints \"" + menu + "\"");
            }
            String last = paper.get(paper.size() - 1).strip();
            if (last.length() < 80) problems.add(page + ": the last of " + paper.size() + " pages holds only \"" + last + "\"");
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** The board's report card: one page, on A4 and on Letter, with every indicator, its status and target. */
    @Test
    void theBoardsReportCardIsOnePageOnA4AndOnLetter() throws Exception {
        example.browser().open(example.url("indicators/print/index.html"));
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) example.js().executeScript(
                "return [...document.querySelectorAll('.print-table tbody th[scope=row]')].map(t => t.firstChild.textContent.trim())");
        assertEquals(ExampleSite.indicatorCount(), titles.size(), "every indicator of the example");
        for (PageSize size : List.of(A4, LETTER)) {
            List<String> paper = pagesOf(example.browser().printToPdf(options(size)));
            String what = size.getWidth() + " x " + size.getHeight() + " cm";
            assertEquals(1, paper.size(), "pages on " + what);
            String text = paper.get(0).replaceAll("\\s+", " ");
            for (String t : titles) assertTrue(text.contains(t), t + " is on the " + what + " page");
            assertTrue(text.contains("on track or achieved"), "the headline is printed");
            assertTrue(text.contains("no target"), "an indicator without a target says so");
            assertTrue(text.contains("places per 100 children under 5"), "a number that is not a percentage says its unit");
            assertFalse(text.contains("Use your browser"), "the screen's hint is not printed");
        }
    }
}
