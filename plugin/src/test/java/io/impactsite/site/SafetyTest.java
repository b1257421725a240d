package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import io.impactsite.engine.BuildRequest;
import io.impactsite.problem.ContentException;
import io.impactsite.problem.ThemeException;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteBuilder;
import io.impactsite.testing.FeedChecker;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile content, in a small site written for the test: unsafe Markdown links, raw HTML, names and chart labels
 * that try to close their element, root-relative links, and builds that fail half-way.
 */
class SafetyTest {

    private static final String GOAL_TITLE = "Ready </script><script>alert('goal')</script>";
    private static final String UNIT = "children </script><script>alert('unit')</script>";
    private static final String GROUP = "</script><script>alert('group')</script>";
    private static final String PARTNER = "Lakeside <script>alert('partner')</script> Library";
    private static final String UPDATE_TITLE = "News <script>alert('update')</script> & more";

    /** pages/story.md: each hostile construct on a line of its own (line numbers are asserted below). */
    private static final List<String> STORY = List.of(
            "---",                                                          // 1
            "title: Story",                                                 // 2
            "---",                                                          // 3
            "Mixed case: [mixed](JaVaScRiPt:alert(1)).",                    // 4
            "",                                                             // 5
            "Encoded: [encoded](java&#115;cript:alert(2)).",                // 6
            "",                                                             // 7
            "Image: ![picture](javascript:alert(3))",                       // 8
            "",                                                             // 9
            "Data: [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==).", // 10
            "",                                                             // 11
            "<script>alert('raw')</script>",                                // 12
            "",                                                             // 13
            "Root-relative: ![logo](/assets/x.svg) and [the data](/data/).", // 14
            "");

    @TempDir
    static Path dir;
    private static Path out;
    private static final List<String> WARNINGS = new ArrayList<>();
    private static final Map<String, Document> PAGES = new TreeMap<>();

    @BeforeAll
    static void buildHostileSite() throws Exception {
        Path content = writeSite(dir.resolve("content"));
        out = dir.resolve("site");
        new SiteBuilder(reporter(WARNINGS)).build(BuildRequest.of(content, out));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                PAGES.put(out.relativize(p).toString().replace('\\', '/'), Jsoup.parse(p.toFile(), "UTF-8"));
            }
        }
    }

    private static Reporter reporter(List<String> warnings) {
        return new Reporter() {
            @Override public void info(String message) {}

            @Override public void warn(String message) {
                warnings.add(message);
            }
        };
    }

    /** A small, complete site whose every text field that reaches a page has something hostile in it. */
    static Path writeSite(Path content) throws IOException {
        write(content.resolve("initiative.yml"), """
                name: Lakeside Learning Partnership
                started: 2018
                site:
                  baseUrl: https://example.org/lakeside/
                agenda:
                  vision: Every child in Lakeside reads well by third grade.
                  problem: Too few children start school ready to learn.
                  goals:
                    - id: ready
                      title: "%s"
                      summary: Kindergarten readiness rises for every group of children.
                """.formatted(GOAL_TITLE));
        write(content.resolve("indicators/readiness.yml"), """
                title: Children ready for kindergarten
                goal: ready
                description: Children who meet the readiness benchmark.
                unit: "%s"
                measure: number
                direction: increase
                baseline:
                  period: "2018"
                target:
                  period: "2030"
                  value: 700
                """.formatted(UNIT));
        write(content.resolve("indicators/readiness.csv"), """
                period,value,group
                2018,400,
                2019,425,
                2020,450,
                2018,300,%1$s
                2020,365,%1$s
                2018,500,Others
                2020,535,Others
                """.formatted(GROUP));
        write(content.resolve("partners/lakeside-library.yml"), """
                name: "%s"
                sector: education
                contributions:
                  - goal: ready
                    title: Story time in every branch
                    indicators: [readiness]
                """.formatted(PARTNER));
        write(content.resolve("pages/story.md"), String.join("\n", STORY));
        write(content.resolve("updates/2024-01-02-news.md"), """
                ---
                title: "%s"
                summary: What happened.
                ---
                See ![logo](/assets/x.svg) and [the report card](/indicators/#report).
                """.formatted(UPDATE_TITLE));
        write(content.resolve("assets/x.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>\n");
        return content;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Document page(String path) {
        Document d = PAGES.get(path);
        assertNotNull(d, "no page " + path + " in " + PAGES.keySet());
        return d;
    }

    // ---- Markdown links ----

    @Test
    void unsafeMarkdownLinksBecomeHashAndAreReportedWithFileAndLine() {
        Document story = page("story/index.html");
        Element main = story.selectFirst("main");
        for (String text : List.of("mixed", "encoded", "data")) {
            Element a = main.selectFirst("a:matchesOwn(^" + text + "$)");
            assertNotNull(a, "link " + text);
            assertEquals("#", a.attr("href"), "href of the " + text + " link");
        }
        Element img = main.selectFirst("img[alt=picture]");
        assertNotNull(img);
        assertEquals("#", img.attr("src"));

        Map<Integer, String> expected = Map.of(4, "alert(1)", 6, "alert(2)", 8, "alert(3)", 10, "data:text/html");
        expected.forEach((line, address) -> assertTrue(WARNINGS.stream().anyMatch(w ->
                        w.startsWith("pages/story.md:" + line + ": ") && w.contains(address)),
                "a warning naming pages/story.md:" + line + " and " + address + " in " + WARNINGS));
    }

    @Test
    void noPageHasAJavascriptOrDataAddress() {
        List<String> found = new ArrayList<>();
        PAGES.forEach((path, d) -> d.select("[href], [src]").forEach(el -> {
            String url = (el.hasAttr("href") ? el.attr("href") : el.attr("src")).replaceAll("[\\s\\x00-\\x1f]", "")
                    .toLowerCase();
            if (url.startsWith("javascript:") || url.startsWith("data:") && !url.equals("data:,")) {
                found.add(path + ": <" + el.tagName() + "> " + url);
            }
        }));
        assertEquals(List.of(), found);
    }

    @Test
    void rawHtmlInMarkdownIsEscapedByDefault() {
        Document story = page("story/index.html");
        assertTrue(story.selectFirst("main").text().contains("<script>alert('raw')</script>"),
                "the raw HTML shows as text: " + story.selectFirst("main").text());
        assertTrue(story.select("script").stream().noneMatch(s -> s.data().contains("alert")), "no script element");
        assertTrue(WARNINGS.stream().anyMatch(w -> w.startsWith("pages/story.md:12: ")
                        && w.contains("`<script>alert('raw')</script>` is shown as text") && w.contains("rawHtml: allow")),
                "a warning names the file, the line and what to do: " + WARNINGS);
    }

    @Test
    void everyPageCarriesItsOwnContentSecurityPolicyFirstInItsHead() {
        PAGES.forEach((path, d) -> {
            Element meta = d.head().selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertNotNull(meta, path);
            assertTrue(meta.attr("content").contains("script-src 'self' file:;"), path + ": " + meta.attr("content"));
            assertEquals(meta, d.head().child(1), path + ": the policy follows only the charset, before any script or link");
        });
    }

    @Test
    void rootRelativeMarkdownLinksAreMadeRelativeToThePage() {
        Element storyMain = page("story/index.html").selectFirst("main");
        assertEquals("../assets/x.svg", storyMain.selectFirst("img[alt=logo]").attr("src"));
        assertEquals("../data/index.html", storyMain.selectFirst("a:containsOwn(the data)").attr("href"));
        Element updateMain = page("updates/news/index.html").selectFirst("main");
        assertEquals("../../assets/x.svg", updateMain.selectFirst("img[alt=logo]").attr("src"));
        assertEquals("../../indicators/index.html#report", updateMain.selectFirst("a:containsOwn(the report card)").attr("href"));
        assertTrue(Files.isRegularFile(out.resolve("assets/x.svg")));
    }

    // ---- Names and chart labels ----

    /** On every page: only the theme's script and chart data, and no element made of a hostile string. */
    @Test
    void hostileNamesAndLabelsNeverBecomeScriptsOnAnyPage() {
        List<String> problems = new ArrayList<>();
        PAGES.forEach((path, d) -> {
            List<String> chartData = d.select("[data-chart]").eachAttr("data-chart");
            int json = 0;
            for (Element s : d.select("script")) {
                if (s.hasAttr("src")) {
                    boolean search = path.equals("search/index.html") && s.attr("src").equals("../theme/search.js");
                    if (!s.attr("src").endsWith("theme/site.js") && !search) problems.add(path + ": script " + s.attr("src"));
                } else if (s.attr("type").equals("application/json") && chartData.contains(s.id())) {
                    json++;
                } else if (s.attr("type").equals("application/ld+json") && s.parent().tagName().equals("head")) {
                    // schema.org data: hostile text stays inside its strings, escaped so it cannot end the element
                    if (s.data().contains("<")) problems.add(path + ": markup inside JSON-LD " + s.outerHtml());
                } else {
                    problems.add(path + ": unexpected script " + s.outerHtml());
                }
            }
            if (json != chartData.size()) problems.add(path + ": " + chartData.size() + " charts but " + json + " data elements");
            if (d.select("body script").stream().anyMatch(s -> !s.hasAttr("src") && !s.attr("type").equals("application/json"))) {
                problems.add(path + ": inline script in body");
            }
        });
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void partnerNameIsEscapedOnEveryPageThatShowsIt() {
        List<String> shownOn = new ArrayList<>();
        PAGES.forEach((path, d) -> {
            if (d.text().contains(PARTNER)) shownOn.add(path);
        });
        assertTrue(shownOn.containsAll(List.of("partners/index.html", "partners/lakeside-library/index.html",
                "activities/index.html", "goals/ready/index.html")), "the name shows as text on " + shownOn);
        for (Document d : PAGES.values()) {
            assertTrue(d.select("script").stream().noneMatch(s -> s.data().contains("alert('partner')")));
        }
        assertTrue(page("partners/lakeside-library/index.html").title().startsWith(PARTNER),
                "the title element holds the name as text");
    }

    /** The unit, a group and a goal title end up in chart JSON (axis name, series name, Sankey node). */
    @Test
    void chartLabelsWithClosingScriptTagsStayInsideTheirJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        int charts = 0;
        for (Map.Entry<String, Document> e : PAGES.entrySet()) {
            for (Element s : e.getValue().select("script[type=application/json]")) {
                charts++;
                assertFalse(s.data().contains("</"), e.getKey() + ": JSON holds a raw '</'");
                collectText(json.readTree(s.data()), texts);
            }
        }
        assertTrue(charts >= 3, "charts in the hostile site: " + charts);
        assertTrue(texts.contains(UNIT), "the unit is in a chart as it was written: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.contains(GROUP)), "the group is in a chart");
        assertTrue(texts.contains(GOAL_TITLE), "the goal is a Sankey node");
    }

    private static void collectText(JsonNode node, List<String> texts) {
        if (node.isTextual()) texts.add(node.asText());
        node.forEach(child -> collectText(child, texts));
    }

    @Test
    void updateTitleIsEscapedInTheFeed() throws Exception {
        Path feed = out.resolve("feed.xml");
        assertEquals(List.of(), FeedChecker.check(feed, "https://example.org/lakeside/"));
        Feed f;
        try (Reader r = Files.newBufferedReader(feed)) {
            f = (Feed) new WireFeedInput().build(r);
        }
        Entry entry = f.getEntries().get(0);
        assertEquals(UPDATE_TITLE, entry.getTitleEx().getValue());
    }

    // ---- Failed builds ----

    @Test
    void contentErrorThrowsAndLeavesThePreviousSiteByteForByte(@TempDir Path tmp) throws Exception {
        Path content = writeSite(tmp.resolve("content"));
        Path site = tmp.resolve("site");
        new SiteBuilder(Reporter.SILENT).build(BuildRequest.of(content, site));
        Map<String, String> before = tree(site);
        assertTrue(before.size() > 20, "files in the first build: " + before.size());

        Files.writeString(content.resolve("indicators/readiness.csv"), "period,value\n2018,400\n2019,lots\n");
        ContentException e = assertThrows(ContentException.class,
                () -> new SiteBuilder(Reporter.SILENT).build(BuildRequest.of(content, site)));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("indicators/readiness.csv") && p.line() == 3),
                "the problem names the file and line: " + e.getMessage());
        assertEquals(before, tree(site), "the previous site changed");
        assertEquals(List.of("content", "site"), children(tmp), "staging folders left behind");
    }

    @Test
    void templateErrorLeavesThePreviousSiteByteForByte(@TempDir Path tmp) throws Exception {
        Path content = writeSite(tmp.resolve("content"));
        Path site = tmp.resolve("site");
        new SiteBuilder(Reporter.SILENT).build(BuildRequest.of(content, site));
        Map<String, String> before = tree(site);

        write(content.resolve("templates/page.ftlh"), "<#import \"layout.ftlh\" as l><@l.page>${page.noSuchField}</@l.page>\n");
        ThemeException e = assertThrows(ThemeException.class,
                () -> new SiteBuilder(Reporter.SILENT).build(BuildRequest.of(content, site)));
        assertTrue(e.getMessage().startsWith("templates/page.ftlh:1:"), "the error names the template and line: " + e.getMessage());
        assertEquals("templates/page.ftlh", e.file());
        assertEquals(before, tree(site), "the previous site changed");
        assertEquals(List.of("content", "site"), children(tmp), "staging folders left behind; suppressed: "
                + java.util.Arrays.toString(e.getSuppressed()));
    }

    /** Every file under a folder, relative path to SHA-256. */
    static Map<String, String> tree(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }

    /** The folder's entries but the build's cache beside the output (site-editions), which builds keep on purpose. */
    private static List<String> children(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith("-editions")).sorted().toList();
        }
    }
}
