package io.impactsite.chart;

import static io.impactsite.chart.ChartFixtures.LABELS;
import static io.impactsite.chart.ChartFixtures.PERCENT;
import static io.impactsite.chart.ChartFixtures.assertLabelsApartAndInside;
import static io.impactsite.chart.ChartFixtures.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.impactsite.analyse.SeriesAnalysis;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The indicator line chart: its data, its static drawings (narrow for a 320 px screen, wide) and its option. */
class LineChartTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LineData data(SeriesAnalysis a) {
        return LineData.of(a, LABELS, Scale.Bounds.ofUnit(a.series().unit()));
    }

    private static StaticChart svg(SeriesAnalysis a, NumberStyle style) {
        return IndicatorChart.svg(data(a), style, "Line chart", "Summary and key figures.");
    }

    @Test
    void theAxisRunsOnToTheTargetPeriod() {
        LineData d = data(ChartFixtures.absenteeism());
        assertEquals("2015-16", d.periods().get(0));
        assertEquals("2029-30", d.periods().get(d.periods().size() - 1));
        assertEquals(15, d.periods().size());
        assertEquals(14, d.target().index());
        assertEquals(0, d.baseline().index());
        assertEquals(5, d.lines().size(), "headline and four groups");
        assertTrue(d.lines().get(0).shown() && d.lines().stream().skip(1).noneMatch(LineData.Line::shown),
                "groups are hidden at first where a headline exists");
    }

    @Test
    void theTrendIsClippedToWhatAPercentageAllows() {
        LineData d = data(ChartFixtures.risingShare());
        List<BigDecimal> trend = d.trend().values().stream().filter(Objects::nonNull).toList();
        assertEquals(8, trend.size(), "from the latest (2023) to the target (2030)");
        assertTrue(trend.stream().allMatch(v -> v.doubleValue() <= 100), trend.toString());
        assertEquals(0, trend.get(trend.size() - 1).compareTo(BigDecimal.valueOf(100)), "it reaches 100 and stays there");
        Scale scale = IndicatorChart.scale(d);
        assertEquals(100, scale.max(), "the axis ends at 100%");
    }

    @Test
    void theTargetIsDrawnAndLabelledInBothDrawingsEvenOnACrowdedAxis() {
        for (SeriesAnalysis a : List.of(ChartFixtures.absenteeism(), ChartFixtures.risingShare(), ChartFixtures.monthly())) {
            StaticChart chart = svg(a, new NumberStyle(Locale.US, a.series().unit().equals("%")));
            String label = a.status().target() == null ? null : LABELS.target();
            for (Svg.Drawing d : chart.drawings()) {
                long diamonds = d.shapes().stream().filter(s -> s instanceof Svg.Path p && p.css().equals("cs-target")).count();
                assertEquals(1, diamonds, d.variant() + ": the target's diamond");
                assertTrue(labels(d).stream().anyMatch(l -> l.css().contains("cs-target-label")
                        && String.join(" ", l.lines()).equals(label)), d.variant() + ": the target labelled beside its diamond");
                assertTrue(labels(d).stream().anyMatch(l -> l.css().contains("cs-legend-text") && l.lines().contains(label)),
                        d.variant() + ": and in the legend");
            }
        }
    }

    @Test
    void noLabelsCollideAndNoneLeavesTheDrawingAt320AndWide() {
        for (SeriesAnalysis a : List.of(ChartFixtures.absenteeism(), ChartFixtures.risingShare(), ChartFixtures.monthly())) {
            StaticChart chart = svg(a, PERCENT);
            assertEquals(List.of("narrow", "wide"), chart.drawings().stream().map(Svg.Drawing::variant).toList());
            assertEquals(288, chart.drawings().get(0).width(), "the column of a 320 px screen");
            chart.drawings().forEach(ChartFixtures::assertLabelsApartAndInside);
        }
    }

    @Test
    void periodLabelsThinOutOnANarrowScreenButKeepTheLastPeriod() {
        StaticChart chart = svg(ChartFixtures.monthly(), new NumberStyle(Locale.US, false));
        Svg.Drawing narrow = chart.drawings().get(0);
        Svg.Drawing wide = chart.drawings().get(1);
        List<Svg.Label> narrowTicks = labels(narrow).stream().filter(l -> l.css().contains("cs-tick") && l.anchor().equals("middle")).toList();
        List<Svg.Label> wideTicks = labels(wide).stream().filter(l -> l.css().contains("cs-tick") && l.anchor().equals("middle")).toList();
        assertTrue(narrowTicks.size() >= 3 && narrowTicks.size() < 10, "a few period labels on a phone: " + narrowTicks.size());
        assertTrue(wideTicks.size() > narrowTicks.size(), "more on a wide screen");
        assertEquals(List.of("2026-12"), narrowTicks.get(narrowTicks.size() - 1).lines(), "the target's period is labelled");
        assertTrue(narrowTicks.stream().allMatch(l -> l.lines().get(0).endsWith("-12")), "months a whole number of years apart");
        assertTrue(wideTicks.stream().allMatch(l -> l.lines().get(0).matches("\\d{4}-(03|06|09|12)")),
                "or a quarter, a third or a half of a year: " + wideTicks.stream().map(l -> l.lines().get(0)).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), LineSvg.intervals(1, 6));
        assertEquals(List.of(1, 2, 3, 4, 6, 12, 24), LineSvg.intervals(12, 24));
    }

    @Test
    void aLongUnitAndManyLegendItemsWrapInsideTheNarrowDrawing() {
        SeriesAnalysis a = ChartFixtures.absenteeism();
        var s = a.series();
        var longUnit = new io.impactsite.model.Series(s.name(), "Share of enrolled students missing 10% or more of school days",
                s.headline(), s.groups(), s.observations());
        var labels = new IndicatorChart.Labels("All students in both districts", "Baseline 2015-16",
                "Target 2029-30: 10.0% of enrolled students", "Where the current trend leads");
        LineData d = LineData.of(new SeriesAnalysis(longUnit, a.status(), a.change(), null, null, a.growth(), a.groups(),
                List.of()), labels, Scale.Bounds.PERCENT);
        Svg.Drawing narrow = IndicatorChart.svg(d, PERCENT, "t", "d").drawings().get(0);
        assertLabelsApartAndInside(narrow);
        long legendRows = labels(narrow).stream().filter(l -> l.css().contains("cs-legend-text")).mapToDouble(Svg.Label::y)
                .distinct().count();
        assertTrue(legendRows >= 3, "the legend wraps into rows: " + legendRows);
        assertTrue(labels(narrow).stream().anyMatch(l -> l.lines().size() > 1 && l.css().contains("cs-muted")),
                "the unit breaks over lines rather than being cut");
    }

    @Test
    void withoutAHeadlineTheGroupsAreDrawn() {
        SeriesAnalysis a = ChartFixtures.absenteeism();
        var s = a.series();
        var groupsOnly = new io.impactsite.model.Series("", "%", List.of(), s.groups(), s.observations());
        LineData d = LineData.of(new SeriesAnalysis(groupsOnly, a.status(), null, null, null, null, a.groups(), List.of()),
                LABELS, Scale.Bounds.PERCENT);
        assertTrue(d.lines().stream().allMatch(LineData.Line::shown));
        assertEquals(null, d.target(), "no headline, no target line");
        Svg.Drawing wide = IndicatorChart.svg(d, PERCENT, "t", "d").drawings().get(1);
        long lines = wide.shapes().stream().filter(x -> x instanceof Svg.Path p && p.css().startsWith("cs-series")).count();
        assertEquals(4, lines);
        assertLabelsApartAndInside(wide);
    }

    @Test
    void theOptionDrawsTheTargetAsAnUnthinnedPointAndLeavesTheDescriptionToTheSite() throws Exception {
        LineData d = data(ChartFixtures.absenteeism());
        JsonNode o = JSON.readTree(ChartJson.toJson(IndicatorChart.option(d)));
        assertFalse(o.path("aria").path("enabled").asBoolean(true), "ECharts' generated description is off");
        assertEquals("plain", o.path("legend").path("type").asText(), "a legend that wraps, never a pager");
        assertTrue(o.path("xAxis").path("axisLabel").path("hideOverlap").asBoolean());
        assertTrue(o.path("yAxis").path("axisLabel").path("hideOverlap").asBoolean());
        assertEquals("left", o.path("yAxis").path("nameTextStyle").path("align").asText(), "the unit starts at the axis: never cut");
        JsonNode target = null;
        for (JsonNode s : o.path("series")) if (s.path("id").asText().equals("target")) target = s;
        assertNotNull(target);
        assertEquals("scatter", target.path("type").asText(), "a scatter point is never dropped on a crowded axis");
        assertEquals("2029-30", target.path("data").get(0).get(0).asText());
        assertTrue(target.path("label").path("show").asBoolean());
        assertEquals(LABELS.target(), target.path("label").path("formatter").asText());
        Scale scale = IndicatorChart.scale(d);
        assertEquals(scale.min(), o.path("yAxis").path("min").asDouble(), "the same scale as the static drawing");
        assertEquals(scale.max(), o.path("yAxis").path("max").asDouble());
        assertFalse(o.path("legend").path("selected").path("Race: Black").asBoolean(true), "groups start switched off");
    }

    @Test
    void theOldEntryPointStillWorksAndClipsAPercentageTrend() throws Exception {
        JsonNode o = JSON.readTree(ChartJson.toJson(IndicatorChart.option(ChartFixtures.risingShare(), LABELS)));
        for (JsonNode s : o.path("series")) {
            if (!s.path("id").asText().equals("trend")) continue;
            s.path("data").forEach(v -> assertTrue(v.isNull() || v.asDouble() <= 100, "trend value " + v));
            return;
        }
        throw new AssertionError("no trend series");
    }

    @Test
    void togglesNameEverySeriesAndMarkTheGroups() {
        StaticChart chart = svg(ChartFixtures.absenteeism(), PERCENT);
        assertEquals(List.of("All", "Race: Black", "Race: White", "Race: Hispanic", "Income: Low income",
                LABELS.target(), LABELS.trend()), chart.toggles().stream().map(StaticChart.Toggle::name).toList());
        assertTrue(chart.selectableGroups());
        assertEquals(4, chart.toggles().stream().filter(StaticChart.Toggle::group).count());
        assertTrue(chart.palette().startsWith("1:#0b4f8a 2:#d55e00"), chart.palette());
        assertTrue(chart.palette().contains(" bg:#ffffff"), chart.palette());
        assertTrue(chart.palette().endsWith("m5:#08519c"), "a map's classes come last: " + chart.palette());
    }

    @Test
    void theSameDataGiveTheSameDrawing() {
        assertEquals(svg(ChartFixtures.monthly(), PERCENT), svg(ChartFixtures.monthly(), PERCENT));
    }
}
