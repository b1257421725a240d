package io.impactsite.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.analyse.Status;
import io.impactsite.model.Observation;
import io.impactsite.model.Period;
import io.impactsite.model.Periods;
import io.impactsite.model.Series;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Series and analyses written out by hand, as the charts receive them, and checks every drawing must pass. */
final class ChartFixtures {
    static final IndicatorChart.Labels LABELS = new IndicatorChart.Labels("All", "Baseline 2015-16",
            "Target 2029-30: 10.0%", "Current trend");
    static final NumberStyle PERCENT = new NumberStyle(Locale.US, true);

    private ChartFixtures() {}

    static Period period(String label, Period.Kind kind) {
        return Periods.parse(label, kind).orElseThrow();
    }

    static Observation obs(String period, Period.Kind kind, Double value, Map<String, String> dims) {
        return new Observation(period(period, kind), value == null ? null : BigDecimal.valueOf(value), dims, "", false,
                Map.of(), 2);
    }

    /** School years 2015-16 to 2023-24 of chronic absenteeism (%), falling; groups by race and income. */
    static SeriesAnalysis absenteeism() {
        Period.Kind k = Period.Kind.SCHOOL_YEAR;
        String[] years = {"2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22", "2022-23", "2023-24"};
        double[] all = {21.4, 20.9, 20.1, 19.6, 22.8, 27.5, 25.1, 21.3, 18.9};
        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("race=Black", new double[] {27.2, 26.8, 26.0, 25.1, 29.0, 34.8, 31.9, 27.6, 24.4});
        groups.put("race=White", new double[] {15.1, 14.8, 14.0, 13.5, 16.2, 19.8, 17.9, 14.9, 13.1});
        groups.put("race=Hispanic", new double[] {23.0, 22.4, 21.7, 21.2, 24.5, 29.4, 27.0, 23.1, 20.6});
        groups.put("income=Low income", new double[] {30.2, 29.6, 28.8, 27.9, 31.7, 37.2, 34.4, 30.0, 26.8});
        List<Observation> headline = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < years.length; i++) headline.add(obs(years[i], k, all[i], Map.of()));
        observations.addAll(headline);
        List<Series.Group> gs = new ArrayList<>();
        groups.forEach((key, values) -> {
            String[] dv = key.split("=");
            List<Observation> os = new ArrayList<>();
            for (int i = 0; i < years.length; i++) os.add(obs(years[i], k, values[i], Map.of(dv[0], dv[1])));
            gs.add(new Series.Group(dv[0], dv[1], os));
            observations.addAll(os);
        });
        Series series = new Series("", "%", headline, gs, observations);
        Status status = new Status(Status.Code.LIMITED_PROGRESS, 0.3, io.impactsite.model.Message.NONE,
                new Status.Point("2015-16", 2015, BigDecimal.valueOf(21.4)),
                new Status.Point("2023-24", 2023, BigDecimal.valueOf(18.9)),
                new Status.Point("2029-30", 2029, BigDecimal.valueOf(10)));
        return new SeriesAnalysis(series, status, BigDecimal.valueOf(-2.5), null, null, -0.0154, analysisGroups(gs), List.of());
    }

    /** A share rising fast towards 100%: its trend would pass 100 by the target year. */
    static SeriesAnalysis risingShare() {
        Period.Kind k = Period.Kind.YEAR;
        List<Observation> headline = new ArrayList<>();
        double[] values = {70, 78, 85, 91, 96};
        for (int i = 0; i < values.length; i++) headline.add(obs(String.valueOf(2019 + i), k, values[i], Map.of()));
        Series series = new Series("", "%", headline, List.of(), headline);
        Status status = new Status(Status.Code.ON_TRACK, 1.2, io.impactsite.model.Message.NONE, new Status.Point("2019", 2019, BigDecimal.valueOf(70)),
                new Status.Point("2023", 2023, BigDecimal.valueOf(96)), new Status.Point("2030", 2030, BigDecimal.valueOf(99)));
        return new SeriesAnalysis(series, status, BigDecimal.valueOf(26), null, null, 0.082, List.of(), List.of());
    }

    /** Six years of months (72 periods) and a target two years on: a crowded axis on a phone. */
    static SeriesAnalysis monthly() {
        Period.Kind k = Period.Kind.MONTH;
        List<Observation> headline = new ArrayList<>();
        for (int y = 2019; y <= 2024; y++) {
            for (int m = 1; m <= 12; m++) {
                headline.add(obs(String.format(Locale.ROOT, "%d-%02d", y, m), k, 400 + (y - 2019) * 12 + m + (m % 3) * 5.0, Map.of()));
            }
        }
        Series series = new Series("", "Visits per month", headline, List.of(), headline);
        Status status = new Status(Status.Code.ACCELERATION_NEEDED, 0.7, io.impactsite.model.Message.NONE,
                new Status.Point("2019-01", 2019, BigDecimal.valueOf(406)),
                new Status.Point("2024-12", 2024 + 11 / 12.0, BigDecimal.valueOf(472)),
                new Status.Point("2026-12", 2026 + 11 / 12.0, BigDecimal.valueOf(600)));
        return new SeriesAnalysis(series, status, BigDecimal.valueOf(66), null, null, 0.025, List.of(), List.of());
    }

    private static List<SeriesAnalysis.GroupAnalysis> analysisGroups(List<Series.Group> groups) {
        return groups.stream().map(g -> new SeriesAnalysis.GroupAnalysis(g, null)).toList();
    }

    static List<Svg.Label> labels(Svg.Drawing d) {
        return d.shapes().stream().filter(s -> s instanceof Svg.Label).map(s -> (Svg.Label) s).toList();
    }

    /** No two labels of the drawing touch, and every label lies inside it. */
    static void assertLabelsApartAndInside(Svg.Drawing d) {
        List<Svg.Label> labels = labels(d);
        Box drawing = new Box(0, 0, d.width(), d.height());
        for (int i = 0; i < labels.size(); i++) {
            Box a = labels.get(i).box();
            assertTrue(a.inside(drawing), d.variant() + ": " + labels.get(i).lines() + " " + a + " leaves the drawing "
                    + d.width() + "x" + d.height());
            for (int j = i + 1; j < labels.size(); j++) {
                Box b = labels.get(j).box();
                assertTrue(!a.overlaps(b, 0), d.variant() + ": " + labels.get(i).lines() + " " + a + " overlaps "
                        + labels.get(j).lines() + " " + b);
            }
        }
    }
}
