package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example site's map by district, and every chart's downloads, read from the files: the map's
 * drawing, table and option hold the content's numbers; each chart's CSV holds the numbers its option
 * draws; each chart's embed page is the chart alone with its table and a link back.
 */
class ChartShareTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MAPPED = "indicators/child-care-capacity/index.html";
    private static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = ExampleSite.build();
    }

    private static Document page(String path) throws Exception {
        return ExampleSite.page(path);
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(",", "").replace("%", "").strip());
    }

    /** The content's value of each district for the latest year, read from the CSV apart from the engine. */
    private static Map<String, BigDecimal> districts2024() throws Exception {
        Map<String, BigDecimal> out = new TreeMap<>();
        List<String[]> rows = ContentCsv.rows(ExampleSite.CONTENT.resolve("indicators/child-care-capacity.csv"));
        for (String[] r : rows.subList(1, rows.size())) {
            if (r[0].equals("2024") && r.length > 2 && !r[2].isBlank()) out.put(r[2], new BigDecimal(r[1]));
        }
        return out;
    }

    @Test
    void theMapHasAShapePerDistrictAndItsTableAndOptionTheContentsNumbers() throws Exception {
        Document d = page(MAPPED);
        Element section = d.selectFirst("section.place-map");
        assertNotNull(section, "a map on " + MAPPED);
        Map<String, BigDecimal> expected = districts2024();
        assertEquals(6, expected.size());

        for (Element svg : section.select("svg.chart-svg")) {
            assertEquals(6, svg.select("path.cs-place").size(), "a shape per district (" + svg.attr("data-variant") + ")");
            assertTrue(svg.selectFirst("title").text().contains("Child care capacity by district, 2024"));
            assertTrue(svg.selectFirst("desc").text().contains("the highest value was 48.2 places per 100 children under 5 in Confluence"), svg.selectFirst("desc").text());
            // every value written on a shape is the district's
            for (Element label : svg.select("text.cs-place-label")) {
                List<String> lines = label.select("tspan").eachText();
                String first = label.ownText();
                String value = lines.isEmpty() ? first : lines.get(lines.size() - 1);
                if (!lines.isEmpty()) assertEquals(expected.get(first), number(value), first);
                else assertTrue(expected.containsValue(number(value)), value);
            }
        }
        Map<String, BigDecimal> table = new LinkedHashMap<>();
        for (Element row : section.select("table tbody tr")) table.put(row.selectFirst("th").text(), number(row.selectFirst("td").text()));
        assertEquals(expected, new TreeMap<>(table), "the table beside the map");
        assertEquals(List.copyOf(table.values()), table.values().stream().sorted((a, b) -> b.compareTo(a)).toList(), "highest first");

        JsonNode option = JSON.readTree(section.selectFirst("script[type=application/json][id$=-data]").data());
        Map<String, BigDecimal> drawn = new TreeMap<>();
        option.path("series").get(0).path("data").forEach(i -> drawn.put(i.path("name").asText(), i.path("value").decimalValue()));
        assertEquals(expected, drawn, "the interactive map");
        JsonNode geo = JSON.readTree(section.selectFirst("script#map-series-1-geo").data());
        assertEquals(6, geo.path("features").size());
        assertEquals(option.path("series").get(0).path("map").asText(), "riverbend-districts");
    }

    /** Every figure with share links, on every indicator page: the file, its CSV, its embed page. */
    private static List<Element> sharedFigures() throws Exception {
        List<Element> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(site.resolve("indicators"))) {
            for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
                Path index = dir.resolve("index.html");
                if (!Files.isRegularFile(index) || dir.getFileName().toString().equals("status")) continue;
                Document d = Jsoup.parse(index.toFile(), "UTF-8", "http://site/" + site.relativize(index).toString().replace('\\', '/'));
                out.addAll(d.select("figure[data-chart-figure]:has([data-chart-share])"));
            }
        }
        return out;
    }

    private static Path local(Element link) {
        String url = link.absUrl("href").replace("http://site/", "");
        return site.resolve(url.endsWith("/") ? url + "index.html" : url);
    }

    @Test
    void everyChartsCsvHoldsTheNumbersItsOptionDraws() throws Exception {
        List<Element> figures = sharedFigures();
        assertTrue(figures.size() >= 20, "charts with downloads: " + figures.size());
        int compared = 0;
        for (Element f : figures) {
            Element live = f.selectFirst("[data-chart]");
            JsonNode option = JSON.readTree(f.selectFirst("script#" + live.attr("data-chart")).data());
            List<String[]> csv = ContentCsv.rows(local(f.selectFirst("a.chart__csv")));
            List<String> head = List.of(csv.get(0));
            String id = live.id();
            JsonNode series = option.path("series").isArray() ? option.path("series") : JSON.createArrayNode().add(option.path("series"));
            if (id.startsWith("chart-")) {
                // the x axis' periods with a value; each line's column equals its series' data
                List<String> periods = new ArrayList<>();
                option.path("xAxis").path("data").forEach(p -> periods.add(p.asText()));
                for (JsonNode s : series) {
                    // the trend and the systems-change markers are drawn from the numbers, not numbers of their own
                    if (!s.path("type").asText().equals("line") || s.path("id").asText().equals("trend")
                            || s.path("id").asText().equals("changes")) continue;
                    int column = head.indexOf(s.path("name").asText());
                    assertTrue(column > 0, id + ": a column for " + s.path("name"));
                    for (String[] row : csv.subList(1, csv.size())) {
                        JsonNode v = s.path("data").get(periods.indexOf(row[0]));
                        assertEquals(v.isNull() ? "" : v.decimalValue().toPlainString(), row[column], id + " " + row[0]);
                        compared++;
                    }
                }
                JsonNode target = null;
                for (JsonNode s : series) if (s.path("id").asText().equals("target")) target = s;
                if (target != null) {
                    JsonNode point = target.path("data").get(0);
                    String[] row = csv.stream().filter(r -> r[0].equals(point.get(0).asText())).findFirst().orElseThrow();
                    assertEquals(point.get(1).decimalValue().toPlainString(), row[head.size() - 1], id + ": the target");
                }
            } else if (id.startsWith("equity-")) {
                List<String> labels = new ArrayList<>();
                option.path("yAxis").path("data").forEach(l -> labels.add(l.asText()));
                JsonNode bars = series.get(0).path("data");
                assertEquals(labels.size(), csv.size() - 1, id + ": a row per bar");
                for (String[] row : csv.subList(1, csv.size())) {
                    String label = Character.toUpperCase(row[0].charAt(0)) + row[0].substring(1) + ": " + row[1];
                    int at = labels.indexOf(label);
                    assertTrue(at >= 0, id + ": " + label);
                    assertEquals(bars.get(at).decimalValue().toPlainString(), row[3], id + " " + label);
                    compared++;
                }
            } else {
                assertTrue(id.startsWith("map-"), id);
                Map<String, String> drawn = new TreeMap<>();
                series.get(0).path("data").forEach(i -> drawn.put(i.path("name").asText(), i.path("value").decimalValue().toPlainString()));
                Map<String, String> written = new TreeMap<>();
                csv.subList(1, csv.size()).forEach(r -> written.put(r[1], r[3]));
                assertEquals(drawn, written, id);
                compared += written.size();
            }
        }
        assertTrue(compared > 300, "values compared: " + compared);
    }

    @Test
    void everyChartHasAnEmbedPageWithItsDrawingItsTableAndALinkBack() throws Exception {
        for (Element f : sharedFigures()) {
            String id = f.selectFirst("[data-chart]").id();
            Path embed = local(f.selectFirst("a[href*=/embed/]"));
            assertTrue(Files.isRegularFile(embed), id + ": " + embed);
            Document e = Jsoup.parse(embed.toFile(), "UTF-8");
            assertEquals(List.of(), e.select("nav, header, footer, script").eachAttr("class"), id + ": no navigation, no script");
            assertEquals(2, e.select("figure svg.chart-svg").size(), id + ": the narrow and the wide drawing");
            assertFalse(e.select("table.data tbody tr").isEmpty(), id + ": its numbers");
            Element back = e.selectFirst(".embed__back a[target=_top]");
            assertNotNull(back, id + ": a link back");
            assertTrue(back.attr("href").startsWith("https://example.org/riverbend/indicators/"), back.attr("href"));
            assertEquals(back.attr("href"), e.selectFirst("link[rel=canonical]").attr("href"), "canonical: the indicator page");
            // the snippet to paste names the embed's absolute address, and the citation the indicator page's
            String code = f.selectFirst("textarea.share__code").text();
            assertTrue(code.startsWith("<iframe src=\"https://example.org/riverbend/indicators/") && code.contains("/embed/" + id + "/\""), code);
            String cite = f.selectFirst(".share__citation").text();
            assertTrue(cite.matches("Riverbend Cradle to Career Partnership\\. \\(20\\d\\d\\)\\. .+ \\[Data set\\]\\. "
                    + "https://example\\.org/riverbend/indicators/[a-z0-9-]+/"), cite);
        }
    }
}
