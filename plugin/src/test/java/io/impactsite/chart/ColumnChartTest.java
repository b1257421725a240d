package io.impactsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Stacked columns (systems changes per year by kind): heights, labels apart and inside, and the option. */
class ColumnChartTest {
    private static final NumberStyle STYLE = new NumberStyle(Locale.US, false);

    private static ColumnData years(int from, int to) {
        List<String> years = new ArrayList<>();
        List<Integer> services = new ArrayList<>();
        List<Integer> policy = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(String.valueOf(y));
            services.add(y % 3 == 0 ? 2 : 1);
            policy.add(y % 2);
        }
        return new ColumnData(years, List.of(new ColumnData.Stack("Services", 1, services),
                new ColumnData.Stack("Legislative policy", 4, policy)));
    }

    @Test
    void everyYearIsLabelledWhereThereIsRoomAndNoLabelLeavesTheDrawing() {
        for (ColumnData data : List.of(years(2015, 2024), years(2001, 2025), years(2024, 2024))) {
            StaticChart chart = ColumnChart.svg(data, STYLE, "Changes per year", "Summary.");
            for (Svg.Drawing d : chart.drawings()) {
                ChartFixtures.assertLabelsApartAndInside(d);
                List<String> years = ChartFixtures.labels(d).stream().filter(l -> l.css().contains("cs-tick")
                        && l.anchor().equals("middle")).map(l -> l.lines().get(0)).toList();
                assertTrue(!years.isEmpty() && years.get(years.size() - 1).equals(data.categories().get(data.categories().size() - 1)),
                        d.variant() + ": the last year is labelled: " + years);
            }
        }
        List<String> narrow = ChartFixtures.labels(ColumnChart.svg(years(2015, 2024), STYLE, "t", "d").drawings().get(0))
                .stream().filter(l -> l.css().contains("cs-tick") && l.anchor().equals("middle")).map(l -> l.lines().get(0)).toList();
        assertEquals(List.of("2016", "2018", "2020", "2022", "2024"), narrow, "every other year on a phone");
    }

    /** 2015: 2 services and 1 policy; 2016: 1 service; 2017: 1 service and 1 policy. */
    private static ColumnData byHand() {
        return new ColumnData(List.of("2015", "2016", "2017"), List.of(new ColumnData.Stack("Services", 1, List.of(2, 1, 1)),
                new ColumnData.Stack("Legislative policy", 4, List.of(1, 0, 1))));
    }

    @Test
    void aColumnIsAsHighAsItsTotalWithItsTotalAbove() {
        ColumnData data = byHand();
        assertEquals(3, data.max());
        Svg.Drawing wide = ColumnChart.svg(data, STYLE, "t", "d").drawings().get(1);
        List<String> totals = ChartFixtures.labels(wide).stream().filter(l -> l.css().contains("cs-value"))
                .map(l -> l.lines().get(0)).toList();
        assertEquals(List.of("3", "1", "2"), totals);
        long segments = wide.shapes().stream().filter(s -> s instanceof Svg.Rect r && r.css().contains("cs-segment")).count();
        assertEquals(5, segments, "a segment per kind and year with changes, none for a zero");
    }

    @Test
    void theOptionStacksAKindPerSeriesOnWholeNumbers() throws Exception {
        JsonNode o = new ObjectMapper().readTree(ChartJson.toJson(ColumnChart.option(byHand())));
        assertEquals(2, o.path("series").size());
        for (JsonNode s : o.path("series")) {
            assertEquals("bar", s.path("type").asText());
            assertEquals("total", s.path("stack").asText());
        }
        assertEquals("[2,1,1]", o.path("series").get(0).path("data").toString());
        assertEquals(1, o.path("yAxis").path("minInterval").asInt());
        assertEquals(3, o.path("yAxis").path("max").asInt());
    }
}
