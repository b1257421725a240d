package io.impactsite.chart;

import static io.impactsite.chart.ChartFixtures.LABELS;
import static io.impactsite.chart.ChartFixtures.PERCENT;
import static io.impactsite.chart.ChartFixtures.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Systems changes marked on a line chart: at the period their date falls in, numbered, never colliding with a label. */
class MarkersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Period> periods(Period.Kind kind, String... labels) {
        return java.util.Arrays.stream(labels).map(l -> period(l, kind)).toList();
    }

    @Test
    void aDateFallsInThePeriodThatHoldsIt() {
        List<Period> years = periods(Period.Kind.YEAR, "2016", "2017", "2018");
        assertEquals(1, Markers.indexOf(years, LocalDate.of(2017, 8, 15)));
        assertEquals(0, Markers.indexOf(years, LocalDate.of(2016, 1, 1)));
        assertEquals(2, Markers.indexOf(years, LocalDate.of(2018, 12, 31)));
        assertEquals(-1, Markers.indexOf(years, LocalDate.of(2015, 12, 31)), "before the data");
        assertEquals(-1, Markers.indexOf(years, LocalDate.of(2019, 1, 1)), "after the last period");
        List<Period> gap = periods(Period.Kind.YEAR, "2016", "2018");
        assertEquals(-1, Markers.indexOf(gap, LocalDate.of(2017, 5, 1)), "a year the axis does not have");

        List<Period> school = periods(Period.Kind.SCHOOL_YEAR, "2017-18", "2018-19");
        assertEquals(1, Markers.indexOf(school, LocalDate.of(2018, 7, 1)), "a school year begins in July");
        assertEquals(0, Markers.indexOf(school, LocalDate.of(2018, 6, 30)));
        assertEquals(-1, Markers.indexOf(school, LocalDate.of(2019, 7, 1)));

        List<Period> quarters = periods(Period.Kind.QUARTER, "2019-Q1", "2019-Q2", "2019-Q3");
        assertEquals(1, Markers.indexOf(quarters, LocalDate.of(2019, 5, 15)));
        assertEquals(-1, Markers.indexOf(quarters, LocalDate.of(2019, 10, 1)));

        List<Period> months = periods(Period.Kind.MONTH, "2019-01", "2019-02");
        assertEquals(1, Markers.indexOf(months, LocalDate.of(2019, 2, 28)));

        List<Period> ranges = periods(Period.Kind.RANGE, "2015-17", "2018-20");
        assertEquals(0, Markers.indexOf(ranges, LocalDate.of(2017, 3, 1)));
        assertEquals(1, Markers.indexOf(ranges, LocalDate.of(2020, 12, 1)));
    }

    @Test
    void eventsAreNumberedInDateOrderAndShareAMarkerInOnePeriod() {
        List<Period> years = periods(Period.Kind.YEAR, "2016", "2017", "2018");
        Markers m = Markers.of(years, "Systems changes", List.of(
                new Markers.Event(LocalDate.of(2018, 3, 1), "c"),
                new Markers.Event(LocalDate.of(2014, 1, 1), "before"),
                new Markers.Event(LocalDate.of(2016, 5, 1), "a"),
                new Markers.Event(LocalDate.of(2018, 1, 1), "b")));
        assertEquals(List.of(3, 0, 1, 2), m.numbers(), "by date; one before the axis has no number");
        assertEquals(2, m.items().size());
        assertEquals(0, m.items().get(0).index());
        assertEquals("1", m.items().get(0).label());
        assertEquals(2, m.items().get(1).index());
        assertEquals("2, 3", m.items().get(1).label());
        assertEquals(List.of("b", "c"), m.items().get(1).names());
    }

    private static LineData withChanges(SeriesAnalysis a, LocalDate... dates) {
        List<Markers.Event> events = new ArrayList<>();
        for (int i = 0; i < dates.length; i++) events.add(new Markers.Event(dates[i], "Change " + (i + 1)));
        return LineData.of(a, LABELS, io.impactsite.chart.Scale.Bounds.PERCENT, "Systems changes", events);
    }

    /** Labels and badges: none overlaps another, and each stays inside the drawing. */
    private static void assertApart(Svg.Drawing d) {
        ChartFixtures.assertLabelsApartAndInside(d);
        List<Box> badges = d.shapes().stream().filter(s -> s instanceof Svg.Rect r && r.css().equals("cs-change-badge"))
                .map(s -> (Svg.Rect) s).map(r -> new Box(r.x(), r.y(), r.x() + r.width(), r.y() + r.height())).toList();
        List<Svg.Label> labels = ChartFixtures.labels(d).stream().filter(l -> !l.css().contains("cs-change-number")).toList();
        for (int i = 0; i < badges.size(); i++) {
            for (int j = i + 1; j < badges.size(); j++) {
                assertFalse(badges.get(i).overlaps(badges.get(j), 0), d.variant() + ": two badges overlap");
            }
            for (Svg.Label l : labels) {
                assertFalse(badges.get(i).overlaps(l.box(), 0), d.variant() + ": a badge covers " + l.lines());
            }
        }
    }

    @Test
    void markersAreDrawnAsDashedLinesWithNumbersThatCollideWithNothing() {
        // school years 2015-16 to 2023-24 and on to 2029-30; three changes in neighbouring years, two in one
        LineData d = withChanges(ChartFixtures.absenteeism(), LocalDate.of(2015, 9, 1), LocalDate.of(2016, 8, 1),
                LocalDate.of(2017, 8, 1), LocalDate.of(2017, 10, 1), LocalDate.of(2021, 6, 15), LocalDate.of(2014, 1, 1));
        assertEquals(List.of(1, 2, 3, 4, 5, 0), d.markers().numbers());
        StaticChart chart = IndicatorChart.svg(d, PERCENT, "Line chart", "Summary.");
        for (Svg.Drawing drawing : chart.drawings()) {
            long lines = drawing.shapes().stream().filter(s -> s instanceof Svg.Line l && l.css().equals("cs-change")).count();
            assertEquals(4, lines, drawing.variant() + ": a line per period with changes");
            assertApart(drawing);
            List<String> numbers = ChartFixtures.labels(drawing).stream().filter(l -> l.css().contains("cs-change-number"))
                    .map(l -> l.lines().get(0)).toList();
            assertTrue(numbers.containsAll(List.of("3, 4", "5")), drawing.variant() + ": " + numbers);
            assertTrue(ChartFixtures.labels(drawing).stream().anyMatch(l -> l.css().contains("cs-legend-text")
                    && l.lines().contains("Systems changes")), "in the legend");
        }
        assertTrue(chart.toggles().stream().anyMatch(t -> t.name().equals("Systems changes") && t.selected()),
                "a button hides them in the interactive chart");
    }

    @Test
    void aCrowdedAxisKeepsEveryLabelApart() {
        LocalDate[] dates = new LocalDate[24];
        for (int i = 0; i < dates.length; i++) dates[i] = LocalDate.of(2019 + i / 12, i % 12 + 1, 10);
        LineData d = withChanges(ChartFixtures.monthly(), dates);
        for (Svg.Drawing drawing : IndicatorChart.svg(d, PERCENT, "t", "d").drawings()) assertApart(drawing);
    }

    @Test
    void theOptionHasTheMarkersAsASeriesTheLegendCanHide() throws Exception {
        LineData d = withChanges(ChartFixtures.absenteeism(), LocalDate.of(2017, 8, 1), LocalDate.of(2021, 6, 15));
        JsonNode o = JSON.readTree(ChartJson.toJson(IndicatorChart.option(d)));
        JsonNode changes = null;
        for (JsonNode s : o.path("series")) if (s.path("id").asText().equals("changes")) changes = s;
        assertTrue(changes != null, "a series of its own");
        assertEquals("Systems changes", changes.path("name").asText());
        assertTrue(o.path("legend").path("selected").path("Systems changes").asBoolean(), "shown, and in the legend");
        assertFalse(changes.path("tooltip").path("show").asBoolean(true), "never in the tooltip");
        assertEquals(d.periods().size(), changes.path("data").size());
        assertTrue(changes.path("data").get(0).isNull(), "no values");
        JsonNode lines = changes.path("markLine").path("data");
        assertEquals(2, lines.size());
        assertEquals("2017-18", lines.get(0).path("xAxis").asText());
        assertEquals("Change 1", lines.get(0).path("name").asText());
        assertEquals("2020-21", lines.get(1).path("xAxis").asText());
        JsonNode badges = changes.path("markPoint").path("data");
        assertEquals("1", badges.get(0).path("label").path("formatter").asText());
        assertEquals("2", badges.get(1).path("label").path("formatter").asText());
    }

    @Test
    void withoutChangesThereIsNoMarkerSeries() throws Exception {
        LineData d = LineData.of(ChartFixtures.absenteeism(), LABELS, io.impactsite.chart.Scale.Bounds.PERCENT);
        assertTrue(d.markers().isEmpty());
        JsonNode o = JSON.readTree(ChartJson.toJson(IndicatorChart.option(d)));
        for (JsonNode s : o.path("series")) assertFalse(s.path("id").asText().equals("changes"));
    }
}
