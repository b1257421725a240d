package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.engine.BuildRequest;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's 2024 report card (the frozen folder content/editions/2024/), published under
 * 2024/: it is the report card of that content (values and statuses, as the content built on its
 * own gives them, and the latest values its CSV files hold), every page of it carries the banner,
 * and the current site lists it and says what changed since.
 */
class ExampleEditionTest {
    private static Path site;
    private static Path alone;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        site = ExampleSite.build();
        alone = dir.resolve("site");
        new SiteBuilder(Reporter.SILENT).build(BuildRequest.of(ExampleSite.CONTENT.resolve("editions/2024"), alone));
    }

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    /** Each indicator's row: its status, baseline, latest and target cells, as the report card shows them. */
    private static Map<String, String> card(Path reportCard) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Element row : parse(reportCard).select(".report__row[data-status]")) {
            String href = row.selectFirst(".report__title a").attr("href");
            rows.put(href.replaceAll(".*indicators/([^/]+)/.*", "$1"), row.attr("data-status") + " | "
                    + String.join(" | ", row.select(".report__figures dd").eachText()));
        }
        return rows;
    }

    @Test
    void theEditionIsTheReportCardOfItsContent() throws IOException {
        Map<String, String> edition = card(site.resolve("2024/indicators/index.html"));
        assertEquals(card(alone.resolve("indicators/index.html")), edition);
        assertTrue(edition.containsKey("summer-reading") && !edition.containsKey("home-visiting-families"), edition.toString());
        // the latest values are the frozen CSV's: kindergarten readiness 49.5 % in 2023, 51.8 % in 2024 now
        assertTrue(csvRow("editions/2024/indicators/kindergarten-readiness.csv", "2023,49.5,,"));
        assertFalse(csvRow("editions/2024/indicators/kindergarten-readiness.csv", "2024,"));
        assertTrue(edition.get("kindergarten-readiness").contains("49.5% 2023"), edition.get("kindergarten-readiness"));
        Map<String, String> now = card(site.resolve("indicators/index.html"));
        assertTrue(now.get("kindergarten-readiness").contains("51.8% 2024"), now.get("kindergarten-readiness"));
        assertNotEquals(now.get("ninth-grade-on-track").split(" ")[0], edition.get("ninth-grade-on-track").split(" ")[0],
                "the 2024 status was another");
    }

    private static boolean csvRow(String file, String start) throws IOException {
        return Files.readAllLines(ExampleSite.CONTENT.resolve(file)).stream().anyMatch(l -> l.startsWith(start));
    }

    @Test
    void everyPageOfTheEditionHasTheBannerAndStaysInsideIt() throws IOException {
        // a chart's embed page is the chart alone, for another site's iframe: no banner there
        List<Path> pages = html(site.resolve("2024")).stream()
                .filter(p -> !p.toString().replace('\\', '/').contains("/embed/")).toList();
        assertTrue(pages.size() > 50, "pages: " + pages.size());
        for (Path p : pages) {
            Document d = parse(p);
            Element banner = d.selectFirst("aside.edition-banner");
            assertTrue(banner != null && banner.text().startsWith("You are reading the 2024 report card"), p.toString());
            assertEquals(site.resolve("index.html"), p.getParent().resolve(banner.select("a").get(0).attr("href")).normalize());
            assertEquals(site.resolve("editions/index.html"),
                    p.getParent().resolve(banner.select("a").get(1).attr("href")).normalize());
            for (Element a : d.select("main a[href], .site-header a[href]")) {
                String href = a.attr("href");
                if (href.matches("^[a-z]+:.*") || href.startsWith("#")) continue;
                Path target = p.getParent().resolve(href.replaceAll("#.*", "")).normalize();
                assertTrue(target.startsWith(site.resolve("2024")), p + " links out of the edition: " + href);
            }
        }
    }

    @Test
    void theCurrentSiteListsItsEditionsAndWhatChanged() throws IOException {
        Document list = parse(site.resolve("editions/index.html"));
        assertEquals("Report cards", list.selectFirst("main h1").text());
        assertEquals(List.of("2024 report card"), list.select("ul.edition-list > li > a").eachText());
        for (Path p : List.of(site.resolve("index.html"), site.resolve("indicators/index.html"), site.resolve("about/index.html"))) {
            assertFalse(parse(p).select(".site-footer a[href$=editions/index.html]").isEmpty(), p + " links the report cards");
            assertTrue(parse(p).select("aside.edition-banner").isEmpty(), p + " is current: no banner");
        }
        Document since = parse(site.resolve("changes-since/2024/index.html"));
        assertEquals("What changed since 2024", since.selectFirst("main h1").text());
        assertEquals(List.of("targets", "moved-up", "values", "narrowed", "widened", "added", "dropped", "partners",
                "changes"), since.select("main section[id]").eachAttr("id"));
        assertEquals(List.of("Ninth graders on track to graduate"), since.select("#targets li > a").eachText());
        assertEquals(List.of("Child care capacity", "Families reading together at home", "Families receiving home visits"),
                since.select("#added li > a").eachText(), "a planned indicator is new on the report card too");
        assertEquals(List.of("Children in summer reading programmes"), since.select("#dropped li > a").eachText());
        assertEquals(List.of("Riverbend State University", "Youth Futures Riverbend"), since.select("#partners li > a").eachText());
        assertEquals(List.of("One kindergarten transition form for every child",
                "School-based health centres open in both county high schools",
                "Community health workers join the home visiting teams",
                "Both school districts teach reading the same, evidence-based way",
                "Family attendance coaches in twelve elementary schools",
                "Employers commit to interview every Reconnect graduate"), since.select("#changes li > a").eachText());
        List<String> broken = new ArrayList<>();
        for (Element a : since.select(".since-list li > a")) {
            Path target = site.resolve("changes-since/2024").resolve(a.attr("href")).normalize();
            if (!Files.isRegularFile(target)) broken.add(a.attr("href"));
        }
        assertEquals(List.of(), broken, "every line links to the page that shows it");
        assertTrue(since.selectFirst("#dropped li > a").attr("href").startsWith("../../2024/indicators/summer-reading/"));
    }

    private static List<Path> html(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
