package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.impactsite.engine.BuildRequest;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteBuilder;
import io.impactsite.testing.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indicators declared before their data exist: a planned one (no data file at all) and one in
 * progress (partial data) appear on the report card and their goal with that status and no chart,
 * the reporting-status page counts them per goal, and the headline counts only reported ones.
 */
class ReportingStatusTest {
    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir
    static Path dir;
    private static Path site;

    @BeforeAll
    static void build() throws Exception {
        Path content = Folders.copy(MINIMAL, dir.resolve("content"));
        Files.writeString(content.resolve("indicators/reading-at-home.yml"), """
                title: Reading at home
                goal: school-ready
                unit: "%"
                direction: increase
                reporting: planned
                """);
        Files.writeString(content.resolve("indicators/library-visits.yml"), """
                title: Library visits
                goal: reading
                unit: visits
                direction: increase
                reporting: in-progress
                baseline:
                  period: "2022"
                """);
        Files.writeString(content.resolve("indicators/library-visits.csv"), "period,value\n2022,1200\n2023,1350\n");
        site = dir.resolve("site");
        new SiteBuilder(Reporter.SILENT).build(BuildRequest.of(content, site));
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theReportCardShowsTheirReportingStatusAndCountsOnlyReportedIndicators() throws Exception {
        Document card = page("indicators/index.html");
        Element planned = card.selectFirst(".report__row:has(a:matchesOwn(^Reading at home$))");
        assertNotNull(planned, "the planned indicator is on the report card");
        assertTrue(planned.text().contains("Planned"), planned.text());
        Element inProgress = card.selectFirst(".report__row:has(a:matchesOwn(^Library visits$))");
        assertTrue(inProgress.text().contains("In progress"), inProgress.text());
        assertEquals("1 without a target: 1 improving; 2 more indicators not reported yet: 1 in progress, 1 planned",
                card.selectFirst("p.lead").text(), "only the reported indicator is judged; the others are counted apart");
        assertFalse(Files.exists(site.resolve("indicators/status/insufficient-data/index.html")),
                "planned and in-progress indicators have no progress status to filter by");
    }

    @Test
    void theirPagesHaveNoChartAndThePlannedOneNoDataFile() throws Exception {
        Document planned = page("indicators/reading-at-home/index.html");
        assertTrue(planned.select("figure.chart, [data-chart]").isEmpty(), "no chart for a planned indicator");
        assertFalse(Files.exists(site.resolve("data/reading-at-home.csv")));
        assertTrue(Files.exists(site.resolve("data/reading-at-home.json")));
        Document inProgress = page("indicators/library-visits/index.html");
        assertTrue(inProgress.select("figure.chart, [data-chart]").isEmpty(), "no chart before the data are complete");
        assertTrue(inProgress.select("table.data td").text().contains("1,350"), "its values so far are shown");
        Document goal = page("goals/reading/index.html");
        assertTrue(goal.select("[data-chart]").isEmpty(), "no chart on its goal's page either");
    }

    @Test
    void theReportingStatusPageCountsEachGoal() throws Exception {
        Document status = page("reporting-status/index.html");
        Element schoolReady = status.selectFirst("tbody tr:has(a:matchesOwn(^Every child starts school ready to learn$))");
        assertEquals("1 0 1", schoolReady.select("td").eachText().stream().reduce((a, b) -> a + " " + b).orElseThrow());
        Element reading = status.selectFirst("tbody tr:has(a:matchesOwn(^Every child reads well by third grade$))");
        assertEquals("0 1 0", reading.select("td").eachText().stream().reduce((a, b) -> a + " " + b).orElseThrow());
        assertEquals("1 1 1", status.select("tfoot td").eachText().stream().reduce((a, b) -> a + " " + b).orElseThrow());
    }

    @Test
    void theirJsonSaysSo() throws Exception {
        JsonNode json = new ObjectMapper().readTree(site.resolve("data/reading-at-home.json").toFile());
        assertEquals("planned", json.get("reporting").asText());
        assertEquals("insufficient-data", json.get("status").get("code").asText());
        assertTrue(json.get("baseline").isNull(), "no baseline set: null, never one the engine picks");
        assertEquals("reported", new ObjectMapper().readTree(site.resolve("data/school-readiness.json").toFile())
                .get("reporting").asText());
    }
}
