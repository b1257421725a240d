package io.impactsite.site;

import static io.impactsite.site.ExampleContent.JSON;
import static io.impactsite.site.ExampleContent.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Systems change next to the data, on the example site: each change marked on the charts of the indicators it
 * names (static SVG and ECharts option) and listed under them, the timeline newest first and by kind, its chart
 * and table, and the links between changes, goals, partners and indicators both ways.
 */
class SystemsChangeSiteTest {
    private static final Map<String, String> KINDS = Map.of("services", "Services", "practices", "Practices",
            "workforce", "Workforce", "legislative-policy", "Legislative policy",
            "organizational-policy", "Organizational policy");
    private static ExampleContent example;

    @BeforeAll
    static void build() throws Exception {
        example = new ExampleContent();
    }

    /** The timeline's item of a change, found by its title. */
    private static Element timelineItem(String title) {
        for (Element li : example.page("systems-change/index.html").select("ol.timeline > li.timeline__item")) {
            if (li.selectFirst("h3").text().equals(title)) return li;
        }
        throw new AssertionError("no change \"" + title + "\" on the timeline");
    }

    /** The fragment that points at a change's place on the timeline. */
    private static String anchor(String title) {
        return "#" + timelineItem(title).id();
    }

    /** The "changes" series of a chart's ECharts option; null when it has none. */
    private static JsonNode markerSeries(Document page, Element chart) throws Exception {
        JsonNode option = JSON.readTree(page.getElementById(chart.attr("data-chart")).data());
        for (JsonNode s : option.path("series")) if (s.path("id").asText().equals("changes")) return s;
        return null;
    }

    @Test
    void everyChangeIsListedUnderTheChartsOfTheIndicatorsItNamesAndMarkedWhereTheChartHasItsPeriod() throws Exception {
        List<String> problems = new ArrayList<>();
        int marked = 0;
        for (JsonNode change : example.changes()) {
            String title = change.path("title").asText();
            for (String indicator : texts(change.path("indicators"))) {
                Document page = example.page("indicators/" + indicator + "/index.html");
                // the goal page sums its indicators up without charts: the changes are listed on the indicator's page
                List<Element> places = new ArrayList<>(page.select("section[data-series-panel]"));
                for (Element place : places) {
                    String where = indicator + " (" + place.ownerDocument().location() + ")";
                    Element item = place.select(".chart-changes li").stream()
                            .filter(li -> li.select("a").stream().anyMatch(a -> a.text().equals(title)))
                            .findFirst().orElse(null);
                    if (item == null) {
                        problems.add(where + ": \"" + title + "\" is not listed under the chart");
                        continue;
                    }
                    if (!item.selectFirst("a").attr("href").endsWith(anchor(title))) {
                        problems.add(where + ": \"" + title + "\" does not link to its place on the timeline");
                    }
                    if (!item.text().contains(KINDS.get(change.path("kind").asText()))) problems.add(where + ": no kind");
                    if (item.selectFirst("time[datetime=" + change.path("date").asText() + "]") == null) {
                        problems.add(where + ": no date");
                    }
                    for (String partner : texts(change.path("partners"))) {
                        if (item.select("a[href*=partners/" + partner + "/]").isEmpty()) {
                            problems.add(where + ": \"" + title + "\" does not name partner " + partner);
                        }
                    }
                    String number = item.selectFirst(".change-marker").ownText();
                    if (item.selectFirst(".change-marker--none") != null) continue;
                    marked++;
                    Element figure = place.selectFirst("figure");
                    boolean inSvg = figure.select("svg.chart-svg--wide text.cs-change-number").stream()
                            .anyMatch(t -> List.of(t.text().split(", ")).contains(number));
                    if (!inSvg) problems.add(where + ": marker " + number + " is not on the static chart");
                    JsonNode series = markerSeries(place.ownerDocument(), figure.selectFirst("[data-chart]"));
                    boolean inOption = series != null && series.path("markLine").path("data").findValues("name").stream()
                            .anyMatch(n -> List.of(n.asText().split("; ")).contains(title));
                    if (!inOption) problems.add(where + ": \"" + title + "\" has no markLine in the interactive chart");
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
        assertTrue(marked >= 12, "changes marked on charts: " + marked);
    }

    /**
     * Worked out by hand: kindergarten readiness has yearly data from 2016; its four changes fall in 2017, 2019 (two:
     * March and August, one marker) and 2021.
     */
    @Test
    void kindergartenReadinessHasThreeNumberedMarkersAtTheirYears() throws Exception {
        Document page = example.page("indicators/kindergarten-readiness/index.html");
        Element figure = page.selectFirst("#series-1 figure");
        assertEquals(3, figure.select("svg.chart-svg--wide line.cs-change:not(.cs-swatch)").size(), "a dashed line per year");
        assertEquals(List.of("1", "2, 3", "4"), figure.select("svg.chart-svg--wide text.cs-change-number").eachText());
        JsonNode series = markerSeries(page, figure.selectFirst("[data-chart]"));
        assertNotNull(series, "the interactive chart has the markers as a series of their own");
        assertEquals(List.of("2017", "2019", "2021"), series.path("markLine").path("data").findValues("xAxis").stream()
                .map(JsonNode::asText).toList());
        assertFalse(series.path("tooltip").path("show").asBoolean(true));
        assertEquals(List.of("1", "2", "3", "4"), page.select("#series-1 .chart-changes .change-marker").eachText().stream()
                .map(t -> t.replace("Marker ", "")).toList());
        assertTrue(figure.select("[data-series]").eachAttr("data-series").contains("Systems changes"),
                "a button hides the markers");
        assertTrue(figure.selectFirst("svg.chart-svg--wide desc").text().contains("Systems changes marked on the chart: 1: "
                + "County funds home visiting for all first-time parents (2017)"), "and the description names them");
    }

    /** Home visiting's quarterly data begin in 2019: the 2017 change is listed, without a marker. */
    @Test
    void aChangeBeforeTheDataIsListedButNotMarked() {
        Element item = example.page("indicators/home-visiting-families/index.html").select(".chart-changes li").first();
        assertTrue(item.text().contains("County funds home visiting for all first-time parents"));
        assertNotNull(item.selectFirst(".change-marker--none"));
        assertTrue(item.text().contains("not on the chart"));
    }

    @Test
    void theTimelineListsEveryChangeNewestFirst() {
        Document page = example.page("systems-change/index.html");
        List<Element> items = page.select("ol.timeline > li.timeline__item");
        assertEquals(example.changes().size(), items.size());
        List<String> dates = items.stream().map(li -> li.selectFirst("time").attr("datetime")).toList();
        assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates, "newest first");
        assertTrue(items.stream().allMatch(li -> li.id().startsWith("change-")), "each has its anchor");
        assertNotNull(page.getElementById("change-science-of-reading"), "an id written in changes.yml is the anchor");
    }

    @Test
    void theTimelineNarrowsByKindWithAPagePerKind() {
        Map<String, List<JsonNode>> byKind = new TreeMap<>();
        example.changes().forEach(c -> byKind.computeIfAbsent(c.path("kind").asText(), k -> new ArrayList<>()).add(c));
        Element filters = example.page("systems-change/index.html").selectFirst("nav.filters");
        assertEquals("page", filters.selectFirst("a[href$=../systems-change/index.html]").attr("aria-current"),
                "all kinds is current");
        byKind.forEach((kind, changes) -> {
            Element link = filters.selectFirst("a[href$=systems-change/" + kind + "/index.html]");
            assertNotNull(link, "a link to the page of " + kind);
            assertTrue(link.text().contains(KINDS.get(kind) + " (" + changes.size() + ")"), link.text());
            Document page = example.page("systems-change/" + kind + "/index.html");
            List<String> titles = page.select("ol.timeline > li.timeline__item h3").eachText();
            assertEquals(changes.stream().sorted(Comparator.comparing((JsonNode c) -> c.path("date").asText()).reversed())
                    .map(c -> c.path("title").asText()).toList(), titles, kind + ": its changes, newest first");
            assertEquals("page", page.selectFirst("nav.filters a[href$=systems-change/" + kind + "/index.html]")
                    .attr("aria-current"), "its own kind is current");
        });
    }

    @Test
    void theChartCountsChangesPerYearByKindAndItsTableHasTheNumbers() throws Exception {
        Document page = example.page("systems-change/index.html");
        Element chart = page.selectFirst("#chart-changes");
        JsonNode option = JSON.readTree(page.getElementById(chart.attr("data-chart")).data());
        List<String> years = texts(option.path("xAxis").path("data"));
        int first = example.changes().stream().mapToInt(c -> LocalDate.parse(c.path("date").asText()).getYear()).min().orElseThrow();
        int last = example.changes().stream().mapToInt(c -> LocalDate.parse(c.path("date").asText()).getYear()).max().orElseThrow();
        assertEquals(String.valueOf(first), years.get(0));
        assertEquals(last - first + 1, years.size(), "every year, years without a change too");
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (JsonNode s : option.path("series")) {
            String kind = KINDS.entrySet().stream().filter(e -> e.getValue().equals(s.path("name").asText())).findFirst()
                    .orElseThrow().getKey();
            assertEquals("total", s.path("stack").asText(), "stacked");
            for (int i = 0; i < years.size(); i++) {
                String year = years.get(i);
                long expected = example.changes().stream().filter(c -> c.path("kind").asText().equals(kind)
                        && c.path("date").asText().startsWith(year)).count();
                assertEquals(expected, s.path("data").get(i).asLong(), kind + " in " + year);
                totals.merge(year, (int) expected, Integer::sum);
            }
        }
        Element table = chart.closest("section").selectFirst("table");
        for (Element row : table.select("tbody tr")) {
            String year = row.selectFirst("th").text();
            assertEquals(String.valueOf(totals.get(year)), row.select("td").last().text(), "total of " + year);
        }
        assertEquals(years.size(), table.select("tbody tr").size());
        assertFalse(chart.closest("figure").select("svg.chart-svg--wide rect.cs-bar").isEmpty(), "drawn without script too");
    }

    @Test
    void eachChangeLinksItsGoalsPartnersAndIndicatorsAndTheirPagesLinkBack() {
        List<String> problems = new ArrayList<>();
        for (JsonNode change : example.changes()) {
            String title = change.path("title").asText();
            Element item = timelineItem(title);
            String anchor = anchor(title);
            for (String goal : texts(change.path("goals"))) {
                if (item.select("a[href$=goals/" + goal + "/index.html]").isEmpty()) problems.add(title + ": no link to goal " + goal);
                if (example.page("goals/" + goal + "/index.html").select("a[href$=\"" + anchor + "\"]").isEmpty()) {
                    problems.add("goal " + goal + " does not list \"" + title + "\"");
                }
            }
            for (String partner : texts(change.path("partners"))) {
                if (item.select("a[href$=partners/" + partner + "/index.html]").isEmpty()) {
                    problems.add(title + ": no link to partner " + partner);
                }
                if (example.page("partners/" + partner + "/index.html").select("a[href$=\"" + anchor + "\"]").isEmpty()) {
                    problems.add("partner " + partner + " does not list \"" + title + "\"");
                }
            }
            for (String indicator : texts(change.path("indicators"))) {
                if (item.select("a[href$=indicators/" + indicator + "/index.html]").isEmpty()) {
                    problems.add(title + ": no link to indicator " + indicator);
                }
                if (example.page("indicators/" + indicator + "/index.html").select("a[href$=\"" + anchor + "\"]").isEmpty()) {
                    problems.add("indicator " + indicator + " does not list \"" + title + "\"");
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void theStoryBehindTheCurveIsUnderTheChartBlockByBlock() {
        Document page = example.page("indicators/kindergarten-readiness/index.html");
        Element story = page.selectFirst("section.story");
        assertNotNull(story);
        Element lastPanel = page.select("section[data-series-panel]").last();
        assertTrue(story.elementSiblingIndex() > lastPanel.elementSiblingIndex(), "under the chart");
        assertEquals(List.of("What is helping", "What is hurting", "Partners with a role to play", "What works",
                "What we will do next"), story.select("h3").eachText());
        JsonNode yaml = example.yaml("indicators/kindergarten-readiness.yml").path("story");
        for (JsonNode role : yaml.path("partners")) {
            if (role.has("partner")) {
                assertFalse(story.select(".story__partners a[href$=partners/" + role.path("partner").asText() + "/index.html]")
                        .isEmpty(), "a partner with a role links to its page");
            } else {
                assertTrue(story.selectFirst(".story__partners").text().contains(role.path("name").asText()));
            }
        }
        assertNotNull(story.selectFirst(".story__block--helping li strong"), "Markdown in a block");
    }
}
