package io.impactsite.chart;

import static io.impactsite.chart.ChartFixtures.PERCENT;
import static io.impactsite.chart.ChartFixtures.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The equity chart (bars by group) and the static drawing of the contribution flows. */
class BarChartsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static EquityData equity() {
        List<EquityData.Group> groups = List.of(
                group("race", "White", 13.1), group("race", "Black", 24.4), group("race", "Hispanic", 20.6),
                group("race", "American Indian or Alaska Native", 22.9),
                group("income", "Not low income", 11.2), group("income", "Low income", 26.8));
        return EquityData.of("Latest", "%", groups, new EquityData.Reference("All: 18.9%", BigDecimal.valueOf(18.9)),
                new EquityData.Reference("Target 2029-30: 10.0%", BigDecimal.TEN), Scale.Bounds.PERCENT, "");
    }

    static EquityData.Group group(String dimension, String name, double value) {
        return new EquityData.Group(dimension, name, BigDecimal.valueOf(value), String.format(Locale.US, "%.1f%%", value));
    }

    @Test
    void groupsAreSortedWithinEachDimensionDimensionByDimension() {
        assertEquals(List.of("Race: Black", "Race: American Indian or Alaska Native", "Race: Hispanic", "Race: White",
                "Income: Low income", "Income: Not low income"), equity().groups().stream().map(EquityData.Group::label).toList());
    }

    @Test
    void theDrawingsHaveABarPerGroupAndLinesForAllAndTheTarget() {
        StaticChart chart = EquityChart.svg(equity(), PERCENT, "Bar chart", "desc");
        for (Svg.Drawing d : chart.drawings()) {
            assertEquals(6, d.shapes().stream().filter(s -> s instanceof Svg.Rect r && r.css().startsWith("cs-bar")
                    && r.height() > 12).count(), d.variant() + ": bars");
            assertTrue(d.shapes().stream().anyMatch(s -> s instanceof Svg.Line l && l.css().contains("cs-ref-all")), "All");
            assertTrue(d.shapes().stream().anyMatch(s -> s instanceof Svg.Line l && l.css().contains("cs-target")), "target");
            assertTrue(labels(d).stream().anyMatch(l -> l.lines().contains("Race") && l.bold()), "a heading per dimension");
            assertTrue(labels(d).stream().anyMatch(l -> l.lines().contains("26.8%")), "values at the bars' ends");
            ChartFixtures.assertLabelsApartAndInside(d);
        }
        // Long group names go above the bars on a phone, beside them on a wide screen only when short.
        Svg.Label narrowName = labels(chart.drawings().get(0)).stream()
                .filter(l -> l.lines().contains("Black")).findFirst().orElseThrow();
        assertEquals("start", narrowName.anchor());
    }

    @Test
    void valueTicksNeverOverlapAt320Px() {
        List<EquityData.Group> wide = new ArrayList<>();
        wide.add(new EquityData.Group("", "North", BigDecimal.valueOf(1_234_567), "1,234,567"));
        wide.add(new EquityData.Group("", "South", BigDecimal.valueOf(987_654), "987,654"));
        EquityData data = EquityData.of("Latest", "USD", wide, null, null, Scale.Bounds.NONE, "");
        Svg.Drawing narrow = EquityChart.svg(data, new NumberStyle(Locale.US, false), "t", "d").drawings().get(0);
        List<Svg.Label> ticks = labels(narrow).stream().filter(l -> l.css().contains("cs-tick")).toList();
        assertTrue(ticks.size() >= 2, "some ticks stay: " + ticks.size());
        ChartFixtures.assertLabelsApartAndInside(narrow);
    }

    @Test
    void aGroupsOwnTargetIsADiamondOnItsBarInBothDrawingsAndTheOption() throws Exception {
        EquityData plain = equity();
        List<EquityData.Group> groups = new ArrayList<>(plain.groups().stream()
                .map(g -> g.group().equals("Black") ? new EquityData.Group(g.dimension(), g.group(), g.value(), g.text(),
                        BigDecimal.valueOf(20)) : g).toList());
        EquityData data = EquityData.of("Latest", "%", groups, plain.all(), plain.target(), Scale.Bounds.PERCENT,
                "The group's own target");
        for (Svg.Drawing d : EquityChart.svg(data, PERCENT, "Bar chart", "desc").drawings()) {
            assertEquals(1, d.shapes().stream().filter(s -> s instanceof Svg.Path p && p.css().equals("cs-target")).count(),
                    d.variant() + ": the diamond on Black's bar");
            assertTrue(labels(d).stream().anyMatch(l -> l.lines().contains("The group's own target")), "in the legend");
            ChartFixtures.assertLabelsApartAndInside(d);
        }
        JsonNode series = JSON.readTree(ChartJson.toJson(EquityChart.option(data))).path("series");
        assertEquals(2, series.size());
        assertEquals("diamond", series.get(1).path("symbol").asText());
        assertEquals(20, series.get(1).path("data").get(0).get(0).asDouble());
        assertEquals("Race: Black", series.get(1).path("data").get(0).get(1).asText());
        assertFalse(EquityChart.svg(plain, PERCENT, "Bar chart", "desc").drawings().get(1).shapes().stream()
                .anyMatch(s -> s instanceof Svg.Path p && p.css().equals("cs-target")), "no diamond without a group target");
    }

    @Test
    void theOptionSortsDrawsReferencesAndHasNoGeneratedDescription() throws Exception {
        JsonNode o = JSON.readTree(ChartJson.toJson(EquityChart.option(equity())));
        assertFalse(o.path("aria").path("enabled").asBoolean(true));
        assertTrue(o.path("yAxis").path("inverse").asBoolean(), "the first group at the top");
        assertEquals("Race: Black", o.path("yAxis").path("data").get(0).asText());
        assertEquals(0, o.path("xAxis").path("min").asDouble(), "bars start at zero");
        assertTrue(o.path("xAxis").path("max").asDouble() <= 100);
        assertTrue(o.path("xAxis").path("axisLabel").path("hideOverlap").asBoolean(), "no \"0%5%10%15%\"");
        JsonNode refs = o.path("series").path("markLine").path("data");
        assertEquals(2, refs.size());
        assertEquals("All: 18.9%", refs.get(0).path("name").asText());
        assertEquals("Target 2029-30: 10.0%", refs.get(1).path("name").asText());
    }

    @Test
    void theOldEntryPointSortsWithinTheDimensionItsLabelsName() throws Exception {
        JsonNode o = JSON.readTree(ChartJson.toJson(EquityChart.option(List.of(
                new EquityChart.Bar("Race: White", BigDecimal.valueOf(52.3)), new EquityChart.Bar("Race: Black", BigDecimal.valueOf(38)),
                new EquityChart.Bar("Income: Low income", BigDecimal.valueOf(35.2)),
                new EquityChart.Bar("Income: Other", BigDecimal.valueOf(49))), "Latest", "%")));
        List<String> order = new ArrayList<>();
        o.path("yAxis").path("data").forEach(n -> order.add(n.asText()));
        assertEquals(List.of("Race: White", "Race: Black", "Income: Other", "Income: Low income"), order);
        assertEquals("Latest", o.path("series").path("name").asText());
    }

    static List<FlowChart.Flow> flows() {
        return List.of(new FlowChart.Flow("Education", "Kindergarten readiness", 5),
                new FlowChart.Flow("Education", "Reading by third grade", 9),
                new FlowChart.Flow("Health", "Kindergarten readiness", 3),
                new FlowChart.Flow("Nonprofit and community organisations", "Postsecondary completion", 4),
                new FlowChart.Flow("Nonprofit and community organisations", "Reading by third grade", 2),
                new FlowChart.Flow("Business and philanthropy", "Postsecondary completion", 1));
    }

    static final List<String> SECTORS = List.of("Education", "Health", "Nonprofit and community organisations",
            "Business and philanthropy");
    static final List<String> GOALS = List.of("Kindergarten readiness", "Reading by third grade", "Postsecondary completion");

    @Test
    void flowsBecomeABarPerSectorDividedByGoal() {
        StaticChart chart = FlowChart.svg(SECTORS, GOALS, flows(), new NumberStyle(Locale.US, false), "Flows", "desc");
        assertEquals(480, chart.interactiveFrom(), "no Sankey on a phone: the bars stay");
        for (Svg.Drawing d : chart.drawings()) {
            assertEquals(6, d.shapes().stream().filter(s -> s instanceof Svg.Rect r && r.css().contains("cs-segment")).count());
            assertTrue(labels(d).stream().anyMatch(l -> l.lines().contains("14")), "Education's total");
            ChartFixtures.assertLabelsApartAndInside(d);
            assertTrue(labels(d).stream().filter(l -> l.css().contains("cs-tick")).allMatch(l -> !l.lines().get(0).contains(".")),
                    "whole contributions on the axis");
        }
    }

    @Test
    void theSankeyOptionColoursGoalsAsTheBarsDo() throws Exception {
        JsonNode o = JSON.readTree(ChartJson.toJson(FlowChart.option(SECTORS, GOALS, flows())));
        assertFalse(o.path("aria").path("enabled").asBoolean(true));
        JsonNode nodes = o.path("series").path("data");
        assertEquals(Palette.colour(1), nodes.get(4).path("itemStyle").path("color").asText(), "the first goal");
        assertEquals(Palette.colour(2), nodes.get(5).path("itemStyle").path("color").asText());
    }
}
