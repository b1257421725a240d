package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import io.impactsite.testing.FeedChecker;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * The example site's structure, read with jsoup and Jackson (no browser): every page type of the design, links
 * that resolve, charts with their data and tables, the report card, the feed, the sitemap and the open data, whose
 * every number is checked against the content's own CSV files.
 */
class SiteStructureTest {

    private static final String BASE_URL = "https://example.org/riverbend/";
    private static final Set<String> STATUS_CODES = Set.of("target-achieved", "on-track", "acceleration-needed",
            "limited-progress", "moving-away", "insufficient-data");
    /** What a status without a target is called on the site (docs/indicators.md, "Words"). */
    private static final Map<String, String> UNTARGETED = Map.of("on-track", "improving",
            "acceleration-needed", "improving-slowly", "limited-progress", "little-change", "moving-away", "worsening");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final YAMLMapper YAML = new YAMLMapper();

    private static Path site;
    private static Path content;
    /** Every page of the site by its path relative to the site root ("indicators/x/index.html"). */
    private static final Map<String, Document> PAGES = new TreeMap<>();

    @BeforeAll
    static void buildAndParse() throws Exception {
        site = ExampleSite.build();
        content = ExampleSite.CONTENT;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                PAGES.put(rel(p), Jsoup.parse(p.toFile(), "UTF-8"));
            }
        }
    }

    private static String rel(Path p) {
        return site.relativize(p).toString().replace('\\', '/');
    }

    private static List<String> ids(String folder, String ext) throws IOException {
        try (Stream<Path> files = Files.list(content.resolve(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(ext))
                    .map(n -> n.substring(0, n.length() - ext.length())).sorted().toList();
        }
    }

    private static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The YAML front matter of a Markdown file. */
    private static JsonNode frontMatter(Path md) throws IOException {
        String text = Files.readString(md);
        Matcher m = Pattern.compile("\\A---\\R(.*?)\\R---\\R", Pattern.DOTALL).matcher(text);
        assertTrue(m.find(), "front matter in " + md);
        return YAML.readTree(m.group(1));
    }

    private static Document page(String path) {
        Document d = PAGES.get(path);
        assertNotNull(d, "the site has no " + path);
        return d;
    }

    // ---- Pages ----

    @Test
    void everyPageTypeOfTheDesignIsWritten() throws Exception {
        List<String> expected = new ArrayList<>(List.of("index.html", "agenda/index.html", "goals/index.html",
                "indicators/index.html", "indicators/print/index.html", "partners/index.html", "activities/index.html", "updates/index.html",
                "updates/page/2/index.html", "feed.xml", "systems-change/index.html", "about/index.html",
                "approach/index.html", "equity/index.html", "get-involved/index.html", "methodology/index.html",
                "data/index.html", "sitemap.xml", "robots.txt", "404.html", "theme/site.css", "theme/brand.css", "theme/site.js",
                "theme/echarts.min.js", "data/all-indicators.csv", "data/datapackage.json"));
        JsonNode initiative = yaml(content.resolve("initiative.yml"));
        List<String> goals = new ArrayList<>();
        initiative.path("agenda").path("goals").forEach(g -> goals.add(g.path("id").asText()));
        assertTrue(goals.size() >= 5, "goals read from initiative.yml: " + goals);
        goals.forEach(g -> expected.add("goals/" + g + "/index.html"));
        ids("indicators", ".yml").forEach(i -> expected.add("indicators/" + i + "/index.html"));
        ids("partners", ".yml").forEach(p -> expected.add("partners/" + p + "/index.html"));
        Set<String> tags = new TreeSet<>();
        List<String> updates = ids("updates", ".md");
        assertTrue(updates.size() > 5, "enough updates to need a second page: " + updates);
        for (String u : updates) {
            JsonNode fm = frontMatter(content.resolve("updates/" + u + ".md"));
            String slug = fm.hasNonNull("slug") ? fm.get("slug").asText() : u.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "");
            expected.add("updates/" + slug + "/index.html");
            fm.path("tags").forEach(t -> tags.add(t.asText()));
        }
        assertFalse(tags.isEmpty(), "the example's updates have tags");
        tags.forEach(t -> expected.add("updates/tags/" + t + "/index.html"));

        List<String> missing = expected.stream().filter(p -> !Files.isRegularFile(site.resolve(p))).toList();
        assertEquals(List.of(), missing, "pages missing from the example site");
    }

    @Test
    void theExampleBuildsWithoutWarnings() throws Exception {
        assertEquals(List.of(), ExampleSite.warnings(), "the example content should show a clean build");
    }

    @Test
    void everyPageHasATitleOneH1AndAMainLandmark() {
        List<String> problems = new ArrayList<>();
        PAGES.forEach((path, d) -> {
            if (d.title().isBlank()) problems.add(path + ": no title");
            if (d.select("h1").size() != 1) problems.add(path + ": " + d.select("h1").size() + " h1 elements");
            if (d.select("main#main").size() != 1) problems.add(path + ": no <main id=main> for the skip link");
            if (d.selectFirst("html[lang]") == null) problems.add(path + ": no lang");
        });
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    // ---- Links, ids, scripts ----

    @Test
    void everyInternalLinkResolvesToAFileAndItsFragmentToAnId() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Document> e : PAGES.entrySet()) {
            String from = e.getKey();
            Document d = e.getValue();
            // 404.html resolves its links against the site's address (<base href>), that is, the site root.
            Element base = d.selectFirst("head base[href]");
            String dir = base != null && base.attr("href").equals(BASE_URL) ? ""
                    : from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
            if (base != null && !base.attr("href").equals(BASE_URL)) {
                broken.add(from + ": <base href> is not the site's address: " + base.attr("href"));
            }
            for (Element el : d.select("[href], [src]")) {
                if (el.tagName().equals("base")) continue;
                String link = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (link.isEmpty()) {
                    broken.add(from + ": empty link on <" + el.tagName() + ">");
                    continue;
                }
                if (link.startsWith("//") || link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) continue; // external
                if (link.startsWith("/")) {
                    broken.add(from + ": root-relative link " + link + " breaks under a base path");
                    continue;
                }
                checked++;
                String problem = resolve(dir, from, link);
                if (problem != null) broken.add(from + ": " + link + " -> " + problem);
            }
        }
        assertTrue(checked > 1000, "links checked: " + checked);
        assertEquals(List.of(), broken, broken.size() + " broken links:\n" + String.join("\n", broken));
    }

    /** The site-root-relative file a relative link on a page names ("../x/" from "a/index.html": "x/index.html"). */
    private static String sitePath(String fromPage, String link) {
        String dir = fromPage.contains("/") ? fromPage.substring(0, fromPage.lastIndexOf('/') + 1) : "";
        String path = link.replaceFirst("[?#].*", "");
        if (path.isEmpty()) return fromPage;
        String target = URLDecoder.decode(URI.create("x:/" + dir).resolve(path).getPath().substring(1),
                StandardCharsets.UTF_8);
        return target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
    }

    /** Null when the link resolves (file, and the fragment's id in it); otherwise what is wrong. */
    private static String resolve(String dir, String from, String link) {
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        String fragment = hash < 0 ? "" : URLDecoder.decode(link.substring(hash + 1), StandardCharsets.UTF_8);
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        String target;
        if (path.isEmpty()) {
            target = from;
        } else {
            target = URI.create("x:/" + dir).resolve(path).getPath().substring(1);
            target = URLDecoder.decode(target, StandardCharsets.UTF_8);
            if (target.startsWith("../") || target.equals("..")) return "leaves the site";
            if (target.isEmpty() || target.endsWith("/")) target += "index.html";
            else if (Files.isDirectory(site.resolve(target))) target += "/index.html";
        }
        if (!Files.isRegularFile(site.resolve(target))) return "no file " + target;
        if (!fragment.isEmpty() && target.endsWith(".html")) {
            Document d = PAGES.get(target);
            if (d.getElementById(fragment) == null && d.select("a[name=" + fragment + "]").isEmpty()) {
                return "no id \"" + fragment + "\" in " + target;
            }
        }
        return null;
    }

    @Test
    void noPageHasDuplicateIds() {
        List<String> duplicates = new ArrayList<>();
        PAGES.forEach((path, d) -> d.select("[id]").stream().map(el -> el.id())
                .collect(Collectors.groupingBy(id -> id, TreeMap::new, Collectors.counting()))
                .forEach((id, n) -> {
                    if (n > 1) duplicates.add(path + ": id \"" + id + "\" " + n + " times");
                }));
        assertEquals(List.of(), duplicates, String.join("\n", duplicates));
    }

    @Test
    void scriptsAreFilesOfTheSiteOrJsonDataNeverInlineCode() {
        List<String> problems = new ArrayList<>();
        int json = 0;
        for (Map.Entry<String, Document> e : PAGES.entrySet()) {
            for (Element s : e.getValue().select("script")) {
                if (s.hasAttr("src")) {
                    String src = s.attr("src");
                    if (src.matches("^(?i)(https?:)?//.*") || src.contains(":")) {
                        problems.add(e.getKey() + ": script from elsewhere: " + src);
                    }
                    if (!s.data().isBlank()) problems.add(e.getKey() + ": script with src also has code");
                } else if (s.attr("type").equals("application/json") || s.attr("type").equals("application/ld+json")) {
                    json++;   // data blocks (chart options, schema.org JSON-LD): never run
                } else {
                    problems.add(e.getKey() + ": inline script: " + s.outerHtml().substring(0,
                            Math.min(120, s.outerHtml().length())));
                }
            }
            // Inline event handlers and javascript: URLs are code too (and the CSP refuses them).
            for (Element el : e.getValue().getAllElements()) {
                el.attributes().forEach(a -> {
                    if (a.getKey().toLowerCase().startsWith("on")) {
                        problems.add(e.getKey() + ": event handler attribute " + a.getKey() + " on <" + el.tagName() + ">");
                    }
                    if ((a.getKey().equals("href") || a.getKey().equals("src"))
                            && a.getValue().strip().toLowerCase().startsWith("javascript:")) {
                        problems.add(e.getKey() + ": javascript: URL on <" + el.tagName() + ">");
                    }
                });
            }
            for (Element link : e.getValue().select("link[href], img[src]")) {
                String url = link.hasAttr("src") ? link.attr("src") : link.attr("href");
                boolean stylesheetOrIcon = link.tagName().equals("img")
                        || link.attr("rel").matches("(?i).*\\b(stylesheet|icon|preload|modulepreload)\\b.*");
                if (stylesheetOrIcon && url.matches("^(?i)(https?:)?//.*")) {
                    problems.add(e.getKey() + ": loads " + url + " from another host");
                }
            }
        }
        assertTrue(json > 10, "chart data elements found: " + json);
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    // ---- Charts ----

    /** Every chart element of the site, with the page it is on. */
    private static List<Map.Entry<String, Element>> charts() {
        List<Map.Entry<String, Element>> charts = new ArrayList<>();
        PAGES.forEach((path, d) -> d.select("[data-chart]").forEach(c -> charts.add(Map.entry(path, c))));
        return charts;
    }

    @Test
    void everyChartHasJsonDataWithSeriesAndALabel() throws Exception {
        List<Map.Entry<String, Element>> charts = charts();
        assertTrue(charts.size() >= 20, "charts in the site: " + charts.size());
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Element> c : charts) {
            String where = c.getKey() + " #" + c.getValue().id();
            Element data = c.getValue().ownerDocument().getElementById(c.getValue().attr("data-chart"));
            if (data == null || !data.tagName().equals("script") || !data.attr("type").equals("application/json")) {
                problems.add(where + ": no <script type=application/json id=" + c.getValue().attr("data-chart") + ">");
                continue;
            }
            JsonNode option = JSON.readTree(data.data());
            JsonNode series = option.path("series");
            List<JsonNode> list = series.isArray() ? iterable(series) : List.of(series);
            if (list.isEmpty() || list.get(0).isMissingNode()) problems.add(where + ": no series");
            for (JsonNode s : list) {
                if (!s.path("type").isTextual()) problems.add(where + ": a series without a type");
                if (s.path("data").size() == 0) problems.add(where + ": series " + s.path("name") + " has no data");
            }
            // a figure's live chart takes the arrow keys (role=application, in the tab order); an old box is an image
            boolean keys = c.getValue().attr("role").equals("application") && c.getValue().attr("tabindex").equals("0");
            if (c.getValue().attr("aria-label").isBlank() || !(keys || c.getValue().attr("role").equals("img"))) {
                problems.add(where + ": no role=img or keyboard application with an aria-label");
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** Numbers as they appear in text: "1,241.0", "42.5%", "-3.1". */
    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*(?:\\.\\d+)?");

    private static Set<BigDecimal> numbersIn(Element table) {
        Set<BigDecimal> numbers = new TreeSet<>();
        Matcher m = NUMBER.matcher(table.text().replace('\u2212', '-'));
        while (m.find()) numbers.add(new BigDecimal(m.group().replace(",", "")).stripTrailingZeros());
        return numbers;
    }

    /**
     * The table after the chart (in its section) holds the numbers it draws: every value of each series named like
     * a column of the table (the data; a target marker or a trend drawn to the target are not data), and every flow
     * of a Sankey chart.
     */
    @Test
    void everyChartHasATableOfItsNumbersBesideItInTheSameSection() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Element> c : charts()) {
            String where = c.getKey() + " #" + c.getValue().id();
            Element figure = c.getValue().closest("figure");
            Element wrap = figure == null ? null : figure.nextElementSiblings().stream()
                    .filter(e -> e.is(".table-wrap") || e.is("table") || e.is("figure")).findFirst().orElse(null);
            Element table = wrap == null ? null : wrap.is("table") ? wrap : wrap.selectFirst("table");
            if (table == null) {
                problems.add(where + ": no table follows the chart");
                continue;
            }
            if (table.closest("section, article") != c.getValue().closest("section, article")) {
                problems.add(where + ": the table is in another section");
            }
            Set<String> columns = table.select("thead th").stream().map(Element::text).collect(Collectors.toSet());
            Set<BigDecimal> inTable = numbersIn(table);
            JsonNode option = JSON.readTree(c.getValue().ownerDocument()
                    .getElementById(c.getValue().attr("data-chart")).data());
            int matched = 0;
            for (JsonNode s : option.path("series").isArray() ? iterable(option.path("series"))
                    : List.of(option.path("series"))) {
                List<JsonNode> values = new ArrayList<>();
                if (s.path("type").asText().equals("sankey")) {
                    s.path("links").forEach(l -> values.add(l.path("value")));
                } else if (columns.contains(s.path("name").asText())) {
                    s.path("data").forEach(v -> values.add(v.isArray() ? v.get(v.size() - 1) : v.has("value") ? v.get("value") : v));
                } else {
                    continue;
                }
                matched++;
                for (JsonNode v : values) {
                    if (v.isNumber() && !inTable.contains(v.decimalValue().stripTrailingZeros())) {
                        problems.add(where + ": " + s.path("name").asText() + " " + v + " is drawn but not in the table");
                    }
                }
            }
            if (matched == 0) problems.add(where + ": no series of the chart is a column of its table " + columns);
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void everyIndicatorChartIsSummedUpInASentence() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Element> c : charts()) {
            if (!c.getKey().startsWith("indicators/") && !c.getKey().startsWith("goals/")) continue;
            Element caption = c.getValue().parent().selectFirst("figcaption");
            if (caption == null || !caption.text().matches(".*\\d.*\\.")) {
                problems.add(c.getKey() + " #" + c.getValue().id() + ": no summary sentence with the numbers: "
                        + (caption == null ? "none" : caption.text()));
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    // ---- Report card and home page ----

    /**
     * Tables say once what every value shares (an Open SDG file's GeoCode and Observation status), number the
     * other notes as footnotes, show one symbol for a missing value with its legend, and head a dimension's groups.
     */
    @Test
    void tablesSayRepeatedNotesOnceAndMarkMissingValuesWithOneSymbol() {
        Document prek = page("indicators/prek-participation/index.html");
        Element table = prek.selectFirst("#series-1-values");
        assertNotNull(table, "the first series' table");
        assertTrue(table.select("td").stream().noneMatch(td -> td.text().contains("GeoCode")), "no note repeated in cells");
        Element notes = table.parent().nextElementSibling();
        assertTrue(notes != null && notes.hasClass("table-notes"), "notes follow the table");
        assertTrue(notes.text().contains("All values, unless a note says otherwise: GeoCode: RBC; Observation status: Normal value."),
                notes.text());
        assertTrue(notes.select("li").stream().anyMatch(li -> li.text().contains("Observation status: Estimated value")));
        for (Element a : table.select("sup.fn a[href]")) {
            assertNotNull(prek.getElementById(a.attr("href").substring(1)), "footnote " + a.attr("href"));
        }
        Document kindergarten = page("indicators/kindergarten-readiness/index.html");
        Element values = kindergarten.selectFirst("#series-1-values");
        assertNotNull(values.selectFirst("thead th[scope=colgroup]:containsOwn(Race)"), "Race heads its groups");
        assertTrue(values.select("thead th").eachText().contains("Race: Black"), "a group's header reads with its dimension");
        Element row2020 = values.select("tbody tr").stream().filter(r -> r.child(0).text().equals("2020")).findFirst().orElseThrow();
        assertTrue(row2020.select("td").stream().allMatch(td -> td.selectFirst(".missing") != null
                && td.text().contains("\u2013") && td.text().contains("no value")), "2020 has no value: " + row2020.text());
        assertTrue(values.parent().nextElementSibling().text().contains("\u2013 no value"), "the symbol's legend");
    }

    /**
     * How the site words each indicator's status, from its JSON download: the code, or without a target
     * what was measured ("improving" for the code on-track); for one whose data are not complete yet, its
     * reporting status (planned, in-progress), which its badge shows instead.
     */
    private static Map<String, String> standingByIndicator() throws IOException {
        Map<String, String> standing = new TreeMap<>();
        for (String id : ids("indicators", ".yml")) {
            JsonNode json = JSON.readTree(site.resolve("data/" + id + ".json").toFile());
            JsonNode status = json.path("status");
            String code = status.path("code").asText();
            boolean targeted = status.hasNonNull("target") && !status.path("target").isEmpty();
            String reporting = json.path("reporting").asText();
            standing.put(id, !reporting.equals("reported") ? reporting : targeted ? code : UNTARGETED.getOrDefault(code, code));
        }
        return standing;
    }

    /** The same for indicators that are reported: the ones with a progress status. */
    private static Map<String, String> reportedStanding() throws IOException {
        Map<String, String> standing = standingByIndicator();
        standing.values().removeIf(code -> code.equals("planned") || code.equals("in-progress"));
        return standing;
    }

    @Test
    void reportCardListsEveryIndicatorWithItsStatusBadge() throws Exception {
        Document card = page("indicators/index.html");
        Map<String, String> standing = standingByIndicator();
        assertTrue(standing.containsValue("improving"), "the example has an indicator without a target: " + standing);
        List<String> problems = new ArrayList<>();
        Map<String, Element> rows = new TreeMap<>();
        for (Element row : card.select("[data-filter-list] .report__row[data-status]")) {
            Element link = row.selectFirst(".report__title a[href]");
            if (link != null) rows.put(sitePath("indicators/index.html", link.attr("href")), row);
        }
        for (Map.Entry<String, String> e : standing.entrySet()) {
            Element row = rows.get("indicators/" + e.getKey() + "/index.html");
            if (row == null) {
                problems.add(e.getKey() + ": no row on the report card");
                continue;
            }
            Element badge = row.selectFirst(".status");
            if (badge == null || !badge.hasClass("status--" + e.getValue()) || badge.text().isBlank()) {
                problems.add(e.getKey() + ": badge " + (badge == null ? "missing" : badge.className() + " \"" + badge.text()
                        + "\"") + ", expected status--" + e.getValue());
            }
            if (!e.getValue().equals(row.attr("data-status"))) {
                problems.add(e.getKey() + ": data-status " + row.attr("data-status") + ", expected " + e.getValue());
            }
            boolean reported = !e.getValue().equals("planned") && !e.getValue().equals("in-progress");
            if (reported && row.selectFirst("svg.sparkline") == null) problems.add(e.getKey() + ": no sparkline");
            if (UNTARGETED.containsValue(e.getValue()) && (row.text().toLowerCase(java.util.Locale.ROOT).contains("on track")
                    || !row.text().contains("no target"))) {
                problems.add(e.getKey() + ": without a target, the row must say so and never \"on track\": " + row.text());
            }
        }
        assertEquals(standing.size(), card.select("[data-filter-list] .report__row[data-status]").size(), "rows on the report card");
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void eachStatusHasAPageListingExactlyItsIndicators() throws Exception {
        Map<String, String> standing = reportedStanding();
        List<String> problems = new ArrayList<>();
        for (String code : new TreeSet<>(standing.values())) {
            String path = "indicators/status/" + code + "/index.html";
            Document d = PAGES.get(path);
            if (d == null) {
                problems.add("no page " + path);
                continue;
            }
            Set<String> listed = new TreeSet<>();
            for (Element row : d.select("#report .report__row[data-status]")) {
                Element link = row.selectFirst(".report__title a[href]");
                listed.add(sitePath(path, link == null ? "" : link.attr("href")));
                if (!row.attr("data-status").equals(code) || row.selectFirst(".status--" + code) == null) {
                    problems.add(path + ": a row of status " + row.attr("data-status"));
                }
            }
            Set<String> expected = standing.entrySet().stream().filter(e -> e.getValue().equals(code))
                    .map(e -> "indicators/" + e.getKey() + "/index.html").collect(Collectors.toCollection(TreeSet::new));
            if (!expected.equals(listed)) problems.add(path + " lists " + listed + ", expected " + expected);
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /**
     * The headline adds up: "5 of 12 on track or achieved, 2 need acceleration, 2 limited progress, 1 moving away;
     * 2 without a target: 1 improving, 1 with little change". The first count is only achieved and on track (with
     * a target); every indicator is counted once.
     */
    @Test
    void homePageHeadlineAddsUpAndCountsOnlyOnTrackOrAchievedAsSuccess() throws Exception {
        Map<String, String> standing = reportedStanding();
        Map<String, Long> expected = standing.values().stream()
                .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
        for (String page : List.of("index.html", "indicators/index.html", "indicators/print/index.html")) {
            Element headline = page(page).selectFirst("main .headline");
            assertNotNull(headline, page + ": no headline");
            String text = headline.text();
            Matcher m = Pattern.compile("^(\\d+) of (\\d+) on track or achieved").matcher(text);
            assertTrue(m.find(), page + ": the headline starts \"N of M on track or achieved\": " + text);
            assertEquals(standing.size(), Integer.parseInt(m.group(2)), page + ": M is every reported indicator");
            assertEquals(expected.getOrDefault("target-achieved", 0L) + expected.getOrDefault("on-track", 0L),
                    Long.parseLong(m.group(1)), page + ": N counts target achieved and on track only " + expected);
            String rest = text.substring(m.end());
            long sum = Long.parseLong(m.group(1));
            Map<String, String> words = new java.util.LinkedHashMap<>();
            words.put("acceleration-needed", "(\\d+) needs? acceleration");
            words.put("limited-progress", "(\\d+) limited progress");
            words.put("moving-away", "(\\d+) moving away");
            words.put("improving-slowly", "(\\d+) improving slowly");
            words.put("improving", "(\\d+) improving(?! slowly)");
            words.put("little-change", "(\\d+) with little change");
            words.put("worsening", "(\\d+) worsening");
            words.put("insufficient-data", "(\\d+) without enough data");
            for (Map.Entry<String, String> w : words.entrySet()) {
                Matcher c = Pattern.compile(w.getValue()).matcher(rest);
                long n = c.find() ? Long.parseLong(c.group(1)) : 0;
                assertEquals(expected.getOrDefault(w.getKey(), 0L), n, page + ": count of " + w.getKey() + " in " + rest);
                sum += n;
            }
            assertEquals(standing.size(), sum, page + ": the counts add up to every reported indicator: " + rest);
        }
    }

    @Test
    void atomFeedIsCompleteWithAbsoluteLinksAndAnEntryPerUpdate() throws Exception {
        Path feed = site.resolve("feed.xml");
        assertEquals(List.of(), FeedChecker.check(feed, BASE_URL));
        Feed parsed;
        try (Reader r = Files.newBufferedReader(feed)) {
            parsed = (Feed) new WireFeedInput().build(r);
        }
        assertEquals(ids("updates", ".md").size(), parsed.getEntries().size(), "feed entries");
        List<String> links = new ArrayList<>();
        parsed.getAlternateLinks().forEach(l -> links.add(l.getHref()));
        for (Entry e : parsed.getEntries()) {
            assertEquals(1, e.getAlternateLinks().size(), "the alternate link of " + e.getTitle());
            links.add(e.getAlternateLinks().get(0).getHref());
        }
        for (String href : links) {
            assertTrue(href.startsWith(BASE_URL), href);
            String path = href.substring(BASE_URL.length());
            assertTrue(Files.isRegularFile(site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path)),
                    "feed links to a page the site has: " + href);
        }
    }

    @Test
    void sitemapListsTheAbsoluteAddressOfEveryPageButThe404ThePastEditionsAndTheEmbeds() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document xml = f.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", xml.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", xml.getDocumentElement().getLocalName());
        NodeList locs = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) listed.add(locs.item(i).getTextContent().strip());
        Set<String> expected = new TreeSet<>();
        for (String page : PAGES.keySet()) {
            // past editions are archives; an embed's content is its indicator page's
            if (page.equals("404.html") || page.matches("\\d{4}/.*") || page.contains("/embed/")) continue;
            expected.add(BASE_URL + (page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length())
                    : page));
        }
        assertEquals(listed.size(), new TreeSet<>(listed).size(), "no address twice");
        assertEquals(expected, new TreeSet<>(listed));
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: " + BASE_URL + "sitemap.xml"));
    }

    // ---- Open data ----

    /** The file an indicator's YAML names with data:, or its own id.csv. */
    private static Path contentCsv(String id) {
        JsonNode y = yaml(content.resolve("indicators/" + id + ".yml"));
        return content.resolve("indicators/" + (y.hasNonNull("data") ? y.get("data").asText() : id + ".csv"));
    }

    /** Indicators with a data file (a planned one may have none, and then no CSV download). */
    private static List<String> withData() throws IOException {
        return ids("indicators", ".yml").stream().filter(id -> Files.exists(contentCsv(id))).toList();
    }

    @Test
    void everyCsvDownloadIsTheContentFileByteForByte() throws Exception {
        List<String> ids = withData();
        assertTrue(ids.size() >= 10);
        for (String id : ids) {
            assertArrayEquals(Files.readAllBytes(contentCsv(id)), Files.readAllBytes(site.resolve("data/" + id + ".csv")),
                    "data/" + id + ".csv differs from " + content.relativize(contentCsv(id)));
        }
    }

    @Test
    void everyJsonDownloadHasAKnownStatusForTheIndicatorEachSeriesAndGroup() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String id : ids("indicators", ".yml")) {
            JsonNode j = JSON.readTree(site.resolve("data/" + id + ".json").toFile());
            if (!id.equals(j.path("id").asText())) problems.add(id + ": id " + j.path("id"));
            checkStatus(id, j.path("status"), problems);
            for (JsonNode s : j.path("series")) {
                checkStatus(id + " series " + s.path("name"), s.path("status"), problems);
                for (JsonNode g : s.path("groups")) {
                    checkStatus(id + " group " + g.path("dimension") + "=" + g.path("group"), g.path("status"), problems);
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private static void checkStatus(String where, JsonNode status, List<String> problems) {
        if (!STATUS_CODES.contains(status.path("code").asText())) {
            problems.add(where + ": status code " + status.path("code"));
        }
    }

    @Test
    void everyPublishedValueEqualsTheNumberInTheContentCsv() throws Exception {
        Map<String, Map<String, String>> combined = combinedCsv();
        List<String> problems = new ArrayList<>();
        int values = 0;
        for (String id : withData()) {
            Map<String, String> expected = ContentCsv.read(contentCsv(id));
            values += expected.size();
            Map<String, String> json = new TreeMap<>();
            for (JsonNode s : JSON.readTree(site.resolve("data/" + id + ".json").toFile()).path("series")) {
                for (JsonNode o : s.path("observations")) {
                    Map<String, String> groups = new TreeMap<>();
                    o.path("groups").fields().forEachRemaining(g -> groups.put(g.getKey(), g.getValue().asText()));
                    String value = o.path("value").isNull() || o.path("value").isMissingNode() ? ""
                            : ContentCsv.normal(o.path("value").decimalValue());
                    json.put(ContentCsv.key(s.path("name").asText(), o.path("period").asText(), groups), value);
                }
            }
            diff(id + ".json", expected, json, problems);
            diff("all-indicators.csv (" + id + ")", expected, combined.getOrDefault(id, Map.of()), problems);
        }
        assertTrue(values > 500, "values compared: " + values);
        assertEquals(List.of(), problems, problems.size() + " differences:\n"
                + problems.stream().limit(40).collect(Collectors.joining("\n")));
    }

    private static void diff(String where, Map<String, String> expected, Map<String, String> actual, List<String> problems) {
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String k : keys) {
            String e = expected.get(k);
            String a = actual.get(k);
            if (e == null) problems.add(where + ": " + k + " = " + a + " is not in the content");
            else if (a == null) problems.add(where + ": " + k + " (" + e + ") is missing");
            else if (!e.equals(a)) problems.add(where + ": " + k + " is " + a + ", the content says " + e);
        }
    }

    /** data/all-indicators.csv, by indicator, keyed like {@link ContentCsv#key}. */
    private static Map<String, Map<String, String>> combinedCsv() throws IOException {
        List<String[]> rows = ContentCsv.rows(site.resolve("data/all-indicators.csv"));
        String[] header = rows.get(0);
        assertArrayEquals(new String[] {"indicator", "series", "unit", "period", "value"},
                java.util.Arrays.copyOf(header, 5), "the combined file's first columns");
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            Map<String, String> groups = new TreeMap<>();
            for (int i = 5; i < header.length; i++) if (!r[i].isEmpty()) groups.put(header[i], r[i]);
            String value = r[4].isEmpty() ? "" : ContentCsv.normal(new BigDecimal(r[4]));
            out.computeIfAbsent(r[0], k -> new TreeMap<>()).put(ContentCsv.key(r[1], r[3], groups), value);
        }
        return out;
    }
}
