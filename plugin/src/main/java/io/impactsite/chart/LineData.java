package io.impactsite.chart;

import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.analyse.Status;
import io.impactsite.model.Observation;
import io.impactsite.model.Period;
import io.impactsite.model.Periods;
import io.impactsite.model.Series;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * What an indicator's line chart shows, computed once for both drawings of it (the ECharts
 * option and the static SVG): the periods of the axis, each line's values on it, the target's
 * place, the trend clipped to what the unit allows, and the baseline.
 *
 * @param periods the category axis: every period of the data, then on to the target's
 * @param cycle   periods in a year (12 for months, 4 for quarters, else 1): labels are thinned in step with it
 * @param lines   the headline (if any) first, then each group
 * @param target  null without a target
 * @param trend   null without a target or a growth rate
 * @param baseline null without a baseline value
 * @param markers  dated events marked at their period (systems changes); {@link Markers#NONE} for none
 */
public record LineData(List<String> periods, int cycle, List<Line> lines, Target target, Trend trend, Baseline baseline,
                       String unit, Scale.Bounds bounds, Markers markers) {

    /**
     * One series on the axis.
     *
     * @param values one per period, null where there is none
     * @param slot   its colour, 1 to 8
     * @param shown  drawn at first (groups are hidden where a headline exists)
     */
    public record Line(String id, String name, List<BigDecimal> values, int slot, boolean headline, boolean shown) {
        public Line {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** The target: its place on the axis, its value and its label ("Target 2030: 80%"). */
    public record Target(int index, BigDecimal value, String label) {}

    /** Where the observed growth leads, from the latest value to the target period; null before the latest. */
    public record Trend(String name, List<BigDecimal> values) {
        public Trend {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public record Baseline(int index, String label) {}

    private static final int MAX_EXTENSION = 240;   // periods drawn beyond the data towards a target

    public LineData {
        periods = List.copyOf(periods);
        lines = List.copyOf(lines);
    }

    public static LineData of(SeriesAnalysis analysis, IndicatorChart.Labels labels, Scale.Bounds bounds) {
        return of(analysis, labels, bounds, "", List.of());
    }

    /**
     * The chart with dated events marked at the period each falls in.
     *
     * @param eventsName what the events are, as the legend names their markers ("Systems changes")
     * @param events     oldest first
     */
    public static LineData of(SeriesAnalysis analysis, IndicatorChart.Labels labels, Scale.Bounds bounds,
                              String eventsName, List<Markers.Event> events) {
        Series series = analysis.series();
        Status status = analysis.status();
        List<Period> axis = axis(series, status);
        List<String> periods = axis.stream().map(Period::label).toList();
        List<Line> lines = new ArrayList<>();
        boolean headline = !series.headline().isEmpty();
        if (headline) lines.add(new Line("line-1", labels.headline(), values(series.headline(), axis), 1, true, true));
        Target target = null;
        Trend trend = null;
        Baseline baseline = null;
        if (headline && status.baseline() != null && status.baseline().value() != null) {
            int at = index(axis, status.baseline().period(), status.baseline().time());
            if (at >= 0) baseline = new Baseline(at, labels.baseline());
        }
        if (headline && status.target() != null && !axis.isEmpty()) {
            target = new Target(nearest(axis, status.target()), status.target().value(), labels.target());
            if (analysis.growth() != null && status.latest() != null) {
                trend = trend(labels.trend(), status.latest(), analysis.growth(), axis, target.index(), bounds);
            }
        }
        List<Series.Group> groups = drawable(series);
        for (int g = 0; g < groups.size(); g++) {
            int slot = Palette.slot(headline ? g + 1 : g);
            lines.add(new Line("group-" + slot, groups.get(g).label(), values(groups.get(g).observations(), axis), slot,
                    false, !headline));
        }
        int cycle = axis.isEmpty() ? 1 : switch (axis.get(0).kind()) {
            case MONTH -> 12;
            case QUARTER -> 4;
            default -> 1;
        };
        return new LineData(periods, cycle, lines, target, trend, baseline, series.unit(), bounds,
                Markers.of(axis, eventsName, events));
    }

    /** Lines beyond which a dimension's groups cannot be told apart in one chart: they stay in its table. */
    static final int MAX_GROUP_LINES = 12;

    /** The groups a chart draws: those of dimensions with few enough groups to tell apart. */
    static List<Series.Group> drawable(Series series) {
        java.util.Map<String, Long> perDimension = series.groups().stream()
                .collect(java.util.stream.Collectors.groupingBy(Series.Group::dimension, java.util.stream.Collectors.counting()));
        return series.groups().stream().filter(g -> perDimension.get(g.dimension()) <= MAX_GROUP_LINES).toList();
    }

    /** Every period of the series, then the periods up to the target's, so that the target has its place. */
    static List<Period> axis(Series series, Status status) {
        TreeSet<Period> set = new TreeSet<>();
        series.observations().forEach(o -> set.add(o.period()));
        List<Period> periods = new ArrayList<>();
        for (Period p : set) {
            if (periods.isEmpty() || !periods.get(periods.size() - 1).samePeriod(p)) periods.add(p);
        }
        if (status.target() != null && !periods.isEmpty()) {
            Period last = periods.get(periods.size() - 1);
            Period target = Periods.parse(status.target().period(), last.kind()).orElse(null);
            Period p = last;
            for (int i = 0; i < MAX_EXTENSION; i++) {
                Period next = Periods.next(p);
                boolean before = target != null ? p.compareTo(target) < 0 : next.time() <= status.target().time() + 1e-9;
                if (!before) break;
                p = next;
                periods.add(target != null && p.samePeriod(target) ? target : p);
            }
        }
        return periods;
    }

    private static int index(List<Period> periods, String label, double time) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).label().equals(label) || periods.get(i).time() == time) return i;
        }
        return -1;
    }

    /** The target's period, or the period nearest its time: the target is always drawn. */
    private static int nearest(List<Period> periods, Status.Point target) {
        int exact = index(periods, target.period(), target.time());
        if (exact >= 0) return exact;
        int best = 0;
        for (int i = 1; i < periods.size(); i++) {
            if (Math.abs(periods.get(i).time() - target.time()) < Math.abs(periods.get(best).time() - target.time())) best = i;
        }
        return best;
    }

    private static List<BigDecimal> values(List<Observation> observations, List<Period> periods) {
        BigDecimal[] data = new BigDecimal[periods.size()];
        for (Observation o : observations) {
            for (int i = 0; i < periods.size(); i++) {
                if (periods.get(i).samePeriod(o.period())) data[i] = o.value();   // null stays a gap
            }
        }
        return Arrays.asList(data);
    }

    /** The compound growth observed since the baseline, from the latest value to the target period, within the bounds. */
    private static Trend trend(String name, Status.Point latest, double growth, List<Period> periods, int end,
                               Scale.Bounds bounds) {
        BigDecimal[] data = new BigDecimal[periods.size()];
        int from = index(periods, latest.period(), latest.time());
        if (from < 0 || end <= from) return null;
        for (int i = from; i <= end; i++) {
            double value = latest.value().doubleValue() * Math.pow(1 + growth, periods.get(i).time() - latest.time());
            data[i] = BigDecimal.valueOf(bounds.clip(value)).setScale(3, RoundingMode.HALF_UP);
        }
        return new Trend(name, Arrays.asList(data));
    }

    /** Every value drawn at first (shown lines, the target, the trend), for the value axis. */
    public List<Double> drawnValues() {
        List<Double> all = new ArrayList<>();
        lines.stream().filter(Line::shown).forEach(l -> l.values().stream().filter(v -> v != null)
                .forEach(v -> all.add(v.doubleValue())));
        if (target != null) all.add(target.value().doubleValue());
        if (trend != null) trend.values().stream().filter(v -> v != null).forEach(v -> all.add(v.doubleValue()));
        return all;
    }

    /** Every value of every line, shown or not, for an axis that holds them all once switched on. */
    public List<Double> allValues() {
        List<Double> all = new ArrayList<>(drawnValues());
        lines.forEach(l -> l.values().stream().filter(v -> v != null).forEach(v -> all.add(v.doubleValue())));
        return all;
    }
}
