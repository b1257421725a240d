package io.impactsite.analyse;

import io.impactsite.model.Thresholds;
import io.impactsite.analyse.Status.Point;
import io.impactsite.model.Indicator;
import io.impactsite.model.Message;
import io.impactsite.model.Observation;
import io.impactsite.model.Period;
import io.impactsite.model.Periods;
import io.impactsite.model.Series;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Latest values, change, progress, status and gaps: pure functions of an indicator's data. */
public final class Analyser {
    private Analyser() {}

    public static IndicatorAnalysis analyse(Indicator indicator, Thresholds thresholds) {
        List<SeriesAnalysis> all = indicator.series().stream().map(s -> analyse(indicator, s, thresholds)).toList();
        var choice = indicator.headline();
        SeriesAnalysis headline = all.stream().filter(a -> a.series().name().equals(choice.series())).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        if (indicator.reporting() != Indicator.Reporting.REPORTED) {
            // no status before the data are complete: its values so far are shown, its progress is not assessed
            return new IndicatorAnalysis(indicator, all, headline, new Status(Status.Code.INSUFFICIENT_DATA, null,
                    Message.of("reason." + indicator.reporting().id()), null, null, null));
        }
        if (headline == null) {
            return new IndicatorAnalysis(indicator, all, null,
                    new Status(Status.Code.INSUFFICIENT_DATA, null, Message.of("reason.noData"), null, null, null));
        }
        Optional<Status> named = headline.groups().stream()
                .filter(g -> g.group().dimension().equals(choice.dimension()) && g.group().name().equals(choice.group()))
                .map(SeriesAnalysis.GroupAnalysis::status).findFirst();
        Status status;
        if (!choice.cross().isEmpty()) {
            status = crossStatus(indicator, headline.series(), choice.cross(), thresholds);
        } else if (!choice.dimension().isEmpty() && named.isPresent()) {
            status = named.get();
        } else if (headline.series().headline().isEmpty()) {
            // the named group may live in another series only: say so rather than "there are no values yet"
            status = new Status(Status.Code.INSUFFICIENT_DATA, null, choice.dimension().isEmpty()
                    ? Message.of("reason.noHeadlineRows") : Message.of("reason.namedGroupMissing", choice.dimension(), choice.group()),
                    null, null, null);
        } else {
            status = headline.status();
        }
        return new IndicatorAnalysis(indicator, all, headline, status);
    }

    /** The status of the rows that name exactly a cross of groups (Geography = Canada, Sex = Both sexes). */
    private static Status crossStatus(Indicator indicator, Series series, Map<String, String> cross, Thresholds thresholds) {
        List<Observation> rows = series.observations().stream().filter(o -> o.dimensions().equals(cross))
                .sorted(Comparator.comparing(Observation::period)).toList();
        Series crossed = new Series(series.name(), series.unit(), rows, List.of(), rows);
        return analyse(indicator, crossed, thresholds).status();
    }

    static SeriesAnalysis analyse(Indicator indicator, Series series, Thresholds thresholds) {
        Period.Kind kind = series.observations().isEmpty() ? Period.Kind.YEAR : series.observations().get(0).period().kind();
        Optional<Indicator.Target> target = latest(indicator.targetsFor(series), kind);
        Point targetPoint = point(target, kind);
        // A file may hold series of several period kinds; a period written for one kind cannot serve another.
        Message unreadable = target.isPresent() && targetPoint == null
                ? Message.of("reason.targetPeriodKind", target.get().period(), Message.of("period." + kind.name().toLowerCase(java.util.Locale.ROOT)))
                : !indicator.baseline().isEmpty() && Periods.parse(indicator.baseline(), kind).isEmpty()
                ? Message.of("reason.baselinePeriodKind", indicator.baseline(), Message.of("period." + kind.name().toLowerCase(java.util.Locale.ROOT)))
                : Message.NONE;
        Optional<Period> baselinePeriod = Periods.parse(indicator.baseline(), kind);
        int d = indicator.direction().sign();
        Status status = status(series.headline(), baselinePeriod, indicator.baseline(), targetPoint, d, thresholds, unreadable);
        // a group with a target of its own is measured against it; the others against the series' target
        List<SeriesAnalysis.GroupAnalysis> groups = series.groups().stream()
                .map(g -> new SeriesAnalysis.GroupAnalysis(g, status(g.observations(), baselinePeriod, indicator.baseline(),
                        Optional.ofNullable(point(latest(indicator.targetsFor(series, g), kind), kind)).orElse(targetPoint),
                        d, thresholds, unreadable)))
                .toList();
        BigDecimal change = null;
        Double relative = null;
        Double progress = null;
        if (status.latest() != null && status.baseline() != null && status.baseline().value() != null) {
            BigDecimal y0 = status.baseline().value();
            BigDecimal yi = status.latest().value();
            change = yi.subtract(y0);
            if (y0.signum() != 0) relative = change.doubleValue() / y0.doubleValue();
            if (targetPoint != null && targetPoint.value().compareTo(y0) != 0) {
                progress = change.doubleValue() / targetPoint.value().subtract(y0).doubleValue();
            }
        }
        List<Gap> gaps = gaps(series, d).stream().map(g -> projected(g, indicator, series, groups, targetPoint, kind)).toList();
        return new SeriesAnalysis(series, status, change, relative, progress, growth(status), groups, gaps);
    }

    /**
     * The gap at the target period (the gap's own target's, else the series'), if the best and the worst
     * group keep their pace since the baseline: each latest value grown at its growth rate to that period.
     */
    private static Gap projected(Gap gap, Indicator indicator, Series series, List<SeriesAnalysis.GroupAnalysis> groups,
                                 Point seriesTarget, Period.Kind kind) {
        Optional<Indicator.Target> own = latest(indicator.gapTargetsFor(series, gap.dimension()), kind);
        Point to = own.isPresent() ? point(own, kind) : seriesTarget;
        if (to == null) return gap;
        BigDecimal target = own.map(Indicator.Target::value).orElse(null);
        Double best = at(groups, gap.dimension(), gap.best(), to.time());
        Double worst = at(groups, gap.dimension(), gap.worst(), to.time());
        BigDecimal projected = best == null || worst == null ? null
                : new BigDecimal(Math.abs(best - worst), new MathContext(6));
        return gap.projectedTo(to.period(), projected, target);
    }

    /** A group's value at a time, at its pace since the baseline; null without a pace or when the time is past. */
    private static Double at(List<SeriesAnalysis.GroupAnalysis> groups, String dimension, String name, double time) {
        return groups.stream().filter(g -> g.group().dimension().equals(dimension) && g.group().name().equals(name))
                .findFirst().map(SeriesAnalysis.GroupAnalysis::status).map(s -> {
                    Double growth = growth(s);
                    if (growth == null || !(time > s.latest().time())) return null;
                    return s.latest().value().doubleValue() * Math.pow(1 + growth, time - s.latest().time());
                }).orElse(null);
    }

    /** Of several targets, the one for the latest period. */
    private static Optional<Indicator.Target> latest(List<Indicator.Target> targets, Period.Kind kind) {
        return targets.stream().max(Comparator.comparing(t -> Periods.parse(t.period(), kind).map(Period::time).orElse(0.0)));
    }

    private static Point point(Optional<Indicator.Target> target, Period.Kind kind) {
        return target.flatMap(t -> Periods.parse(t.period(), kind).map(p -> new Point(t.period(), p.time(), t.value()))).orElse(null);
    }

    private static Status status(List<Observation> observations, Optional<Period> baselinePeriod, String baselineLabel,
                                 Point target, int direction, Thresholds thresholds, Message unreadable) {
        Observation latest = latest(observations).orElse(null);
        Observation atBaseline = baselinePeriod.flatMap(b -> observations.stream()
                .filter(o -> o.period().samePeriod(b)).findFirst()).orElse(null);
        Point baseline = baselinePeriod.map(b -> new Point(baselineLabel, b.time(),
                atBaseline == null ? null : atBaseline.value())).orElse(null);
        Point latestPoint = latest == null ? null : new Point(latest.period().label(), latest.period().time(), latest.value());
        if (unreadable != Message.NONE && latestPoint != null) {
            return new Status(Status.Code.INSUFFICIENT_DATA, null, unreadable, baseline, latestPoint, target);
        }
        return ProgressMeasure.assess(baseline, latestPoint, target, direction, thresholds);
    }

    /** CAGRo from the baseline to the latest value, where the growth rate is defined. */
    static Double growth(Status s) {
        if (s.latest() == null || s.baseline() == null || s.baseline().value() == null) return null;
        double y0 = s.baseline().value().doubleValue();
        double yi = s.latest().value().doubleValue();
        if (y0 <= 0 || yi <= 0 || !(s.latest().time() > s.baseline().time())) return null;
        return ProgressMeasure.growthRate(y0, s.baseline().time(), yi, s.latest().time());
    }

    /** The most recent observation that has a value. */
    public static Optional<Observation> latest(List<Observation> observations) {
        return observations.stream().filter(Observation::hasValue).max(Comparator.comparing(Observation::period));
    }

    /** For each dimension: best and worst group at the latest period with two or more group values. */
    static List<Gap> gaps(Series series, int direction) {
        Map<String, List<Series.Group>> byDimension = new LinkedHashMap<>();
        series.groups().forEach(g -> byDimension.computeIfAbsent(g.dimension(), k -> new ArrayList<>()).add(g));
        List<Gap> gaps = new ArrayList<>();
        byDimension.forEach((dimension, groups) -> {
            Map<Period, Map<String, BigDecimal>> byPeriod = new java.util.TreeMap<>();
            for (Series.Group g : groups) {
                for (Observation o : g.observations()) {
                    if (o.hasValue()) byPeriod.computeIfAbsent(o.period(), k -> new LinkedHashMap<>()).put(g.name(), o.value());
                }
            }
            List<Period> periods = byPeriod.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                    .map(Map.Entry::getKey).toList();
            if (periods.isEmpty()) return;
            Period first = periods.get(0);
            Period last = periods.get(periods.size() - 1);
            Map<String, BigDecimal> now = byPeriod.get(last);
            Comparator<Map.Entry<String, BigDecimal>> better = Map.Entry.comparingByValue();
            if (direction < 0) better = better.reversed();
            String best = now.entrySet().stream().max(better).orElseThrow().getKey();
            String worst = now.entrySet().stream().min(better).orElseThrow().getKey();
            BigDecimal gap = spread(now);
            BigDecimal firstGap = first.equals(last) ? null : spread(byPeriod.get(first));
            gaps.add(new Gap(dimension, last.label(), best, worst, gap, first.equals(last) ? null : first.label(), firstGap,
                    firstGap == null ? null : gap.subtract(firstGap, MathContext.UNLIMITED)));
        });
        return gaps;
    }

    private static BigDecimal spread(Map<String, BigDecimal> values) {
        BigDecimal max = values.values().stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = values.values().stream().min(BigDecimal::compareTo).orElseThrow();
        return max.subtract(min);
    }
}
