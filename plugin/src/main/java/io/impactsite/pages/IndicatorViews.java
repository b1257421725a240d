package io.impactsite.pages;

import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.analyse.Standing;
import io.impactsite.analyse.Status;
import io.impactsite.chart.ChartJson;
import io.impactsite.chart.EquityChart;
import io.impactsite.chart.IndicatorChart;
import io.impactsite.chart.EquityData;
import io.impactsite.chart.LineData;
import io.impactsite.chart.NumberStyle;
import io.impactsite.chart.ProgressScale;
import io.impactsite.chart.Scale;
import io.impactsite.chart.Sparkline;
import io.impactsite.model.Goal;
import io.impactsite.model.Indicator;
import io.impactsite.model.Observation;
import io.impactsite.model.Period;
import io.impactsite.model.Series;
import io.impactsite.pages.View.Badge;
import io.impactsite.pages.View.Cell;
import io.impactsite.pages.View.IndicatorRow;
import io.impactsite.pages.View.Row;
import io.impactsite.pages.View.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Indicator views: report-card rows, badges, sentences, tables and charts. */
final class IndicatorViews {
    private IndicatorViews() {}

    /** An indicator's badge: its standing, or, before its data are complete, its reporting status. */
    static Badge badge(ViewContext c, IndicatorAnalysis a) {
        Indicator.Reporting r = a.indicator().reporting();
        if (r == Indicator.Reporting.REPORTED) return badge(c, a.status());
        return badge(c, r);
    }

    /** "Planned", "In progress": an indicator not reported yet has no status, but its reporting. */
    static Badge badge(ViewContext c, Indicator.Reporting r) {
        return new Badge(r.id(), c.strings().get("reporting." + r.id()), c.strings().get("reporting." + r.id() + ".icon"));
    }

    static Badge badge(ViewContext c, Standing standing) {
        return new Badge(standing.id(), c.strings().get("status." + standing.id()), c.strings().get("status." + standing.id() + ".icon"));
    }

    /** A status in the site's words: without a target, what was measured ("Improving"), never "On track". */
    static Badge badge(ViewContext c, Status status) {
        return badge(c, Standing.of(status));
    }

    static IndicatorRow row(ViewContext c, IndicatorAnalysis a) {
        Indicator i = a.indicator();
        Status s = a.status();
        SeriesAnalysis h = a.headline();
        Goal goal = c.analysis().goal(i.goal());
        Strings strings = c.strings();
        Links links = c.links();
        String unit = h == null ? i.unit() : h.series().unit();
        Sparkline spark = h == null ? null : Sparkline.of(h.series().headline(),
                s.target() == null ? null : new Sparkline.Target(s.target().time(), s.target().value().doubleValue()),
                Scale.Bounds.of(measure(i, h)));
        // Without a target the scale would only restate the change: the target column says "no target".
        ProgressScale scale = s.latest() == null || s.target() == null ? null : ProgressScale.of(
                s.baseline() == null || s.baseline().value() == null ? null : s.baseline().value().doubleValue(),
                s.latest().value().doubleValue(), s.target() == null ? null : s.target().value().doubleValue(),
                i.direction().sign());
        String reason = c.text(s.reason());
        return new IndicatorRow(i.id(), i.title(), links.indicator(i.id()), goal.id(), goal.title(), links.goal(goal.id()),
                unit, Units.afterNumber(measure(i, h), unit), figure(c, i, h, s.baseline()), figure(c, i, h, s.latest()),
                figure(c, i, h, s.target()),
                change(c, i, h, s), badge(c, a), reason.isEmpty() ? measured(c, s) : reason, reason, spark,
                spark == null ? "" : sparkLabel(c, i, h, s, spark), scale, progress(c, s, scale));
    }

    private static View.Figure figure(ViewContext c, Indicator i, SeriesAnalysis h, Status.Point p) {
        if (p == null || p.value() == null) return new View.Figure("", p == null ? "" : p.period());
        return new View.Figure(value(c, i, h, p.value()), p.period());
    }

    /**
     * The change from the baseline to the latest value of the series the status rests on, and whether
     * it is an improvement for the indicator's direction.
     */
    private static View.Change change(ViewContext c, Indicator i, SeriesAnalysis h, Status s) {
        if (h == null || s.baseline() == null || s.baseline().value() == null || s.latest() == null
                || s.latest().time() <= s.baseline().time()) {
            return new View.Change("", "", "", "");
        }
        BigDecimal change = s.latest().value().subtract(s.baseline().value());
        int sign = change.signum() * i.direction().sign();
        String judgement = sign > 0 ? "better" : sign < 0 ? "worse" : "same";
        return new View.Change(c.format().change(change, measure(i, h), h.series().unit(), decimals(i, h),
                c.strings().get("unit.points.short")), change(c, i, h, change), judgement, c.strings().get("change." + judgement));
    }

    /** Without a target, the growth measured in words: "improving by 2.1% a year; no target set". */
    static String measured(ViewContext c, Status s) {
        Standing standing = Standing.of(s);
        if (!standing.untargeted() || s.value() == null) return "";
        return c.strings().format("measured." + standing.id(), c.format().percent(Math.abs(s.value()), 1));
    }

    /** "43% of the way", "target reached", "behind the baseline"; "" without a target or a baseline. */
    private static String progress(ViewContext c, Status s, ProgressScale scale) {
        if (s.code() == Status.Code.TARGET_ACHIEVED) return c.strings().get("progress.achieved");
        if (scale == null || scale.progress() == null) return "";
        if (scale.progress() < 0) return c.strings().get("progress.behind");
        return c.strings().format("progress.share", c.format().percent(Math.floor(scale.progress() * 100) / 100, 0));
    }

    private static String sparkLabel(ViewContext c, Indicator i, SeriesAnalysis h, Status s, Sparkline spark) {
        List<Observation> values = h.series().headline().stream().filter(Observation::hasValue).toList();
        String label = c.strings().format("sparkline.label", i.title(), values.get(0).period().label(),
                values.get(values.size() - 1).period().label(),
                quantity(c, i, h, BigDecimal.valueOf(spark.from())), quantity(c, i, h, BigDecimal.valueOf(spark.to())));
        return s.target() == null ? label
                : label + c.strings().format("sparkline.target", quantity(c, i, h, s.target().value()), s.target().period());
    }

    /** A value as the indicator formats it; a series in another unit than the indicator's counts plainly. */
    static String value(ViewContext c, Indicator i, SeriesAnalysis h, BigDecimal v) {
        return c.format().value(v, measure(i, h), h == null ? i.unit() : h.series().unit(), decimals(i, h));
    }

    /** A value as sentences and key figures write it, with its unit in words: "31.2 places per 100 children under 5". */
    static String quantity(ViewContext c, Indicator i, SeriesAnalysis h, BigDecimal v) {
        return c.format().quantity(v, measure(i, h), h == null ? i.unit() : h.series().unit(), decimals(i, h));
    }

    private static String change(ViewContext c, Indicator i, SeriesAnalysis h, BigDecimal change) {
        return c.format().change(change, measure(i, h), h.series().unit(), decimals(i, h), c.strings().get("unit.points"));
    }

    /**
     * Digits shown: the indicator's {@code decimals} for series in its own unit; for an Open SDG
     * file's other units (a count beside a percentage), as many as the values are written with.
     */
    static int decimals(Indicator i, SeriesAnalysis h) {
        return h == null ? i.decimals() : decimals(i, h.series());
    }

    static int decimals(Indicator i, Series s) {
        if (s.unit().equals(i.unit())) return i.decimals();
        return s.observations().stream().filter(Observation::hasValue)
                .mapToInt(o -> Math.max(0, o.value().stripTrailingZeros().scale())).max().stream()
                .map(d -> Math.min(d, 6)).findFirst().orElse(0);
    }

    /**
     * The measure applies to series in the indicator's own unit; an Open SDG file's other units
     * (a count beside a percentage) are plain numbers unless they are percentages themselves.
     */
    static Indicator.Measure measure(Indicator i, SeriesAnalysis h) {
        if (h == null || h.series().unit().equals(i.unit())) return i.measure();
        String u = h.series().unit().toLowerCase(java.util.Locale.ROOT);
        return u.contains("%") || u.contains("percent") ? Indicator.Measure.PERCENT : Indicator.Measure.NUMBER;
    }

    /** One sentence that states what the chart shows, and what it means for the target. */
    static String sentence(ViewContext c, Indicator i, SeriesAnalysis h) {
        Status s = h.status();
        Strings strings = c.strings();
        String subject = Units.subject(i, h.series());
        if (s.latest() == null) return strings.format("sentence.none", subject);
        String latest = quantity(c, i, h, s.latest().value());
        StringBuilder out = new StringBuilder();
        if (s.baseline() == null || s.baseline().value() == null || s.latest().time() <= s.baseline().time()) {
            out.append(strings.format("sentence.latest", subject, latest, s.latest().period()));
        } else {
            int sign = s.latest().value().compareTo(s.baseline().value());
            String key = sign > 0 ? "sentence.rose" : sign < 0 ? "sentence.fell" : "sentence.same";
            out.append(strings.format(key, subject, quantity(c, i, h, s.baseline().value()), s.baseline().period(), latest,
                    s.latest().period()));
        }
        if (s.code() == Status.Code.INSUFFICIENT_DATA) {
            out.append(strings.format("sentence.insufficient", c.text(s.reason())));
        } else if (s.target() != null) {
            String key = switch (s.code()) {
                case TARGET_ACHIEVED -> "sentence.target.achieved";
                case ON_TRACK -> "sentence.target.onTrack";
                default -> "sentence.target.notOnTrack";
            };
            out.append(strings.format(key, s.target().period(), quantity(c, i, h, s.target().value())));
        } else {
            out.append(strings.format("sentence.noTarget", measured(c, s)));
        }
        return out.toString();
    }

    /** "race: the gap between White (best) and Black (worst) was 14.3 points in 2024; it narrowed by 4.2 since 2016." */
    static String gapSentence(ViewContext c, Indicator i, SeriesAnalysis h, io.impactsite.analyse.Gap gap) {
        Strings strings = c.strings();
        Format format = c.format();
        Indicator.Measure m = measure(i, h);
        java.util.function.Function<java.math.BigDecimal, String> size = v -> m == Indicator.Measure.PERCENT
                ? format.number(v, decimals(i, h)) + " " + strings.get("unit.points")
                : format.quantity(v, m, h.series().unit(), decimals(i, h));
        StringBuilder out = new StringBuilder(strings.format("gap.sentence", gap.dimension(), gap.best(), gap.worst(),
                size.apply(gap.gap()), gap.period()));
        if (gap.change() == null) out.append('.');
        else if (gap.change().signum() == 0) out.append(strings.format("gap.same", gap.firstPeriod()));
        else out.append(strings.format(gap.change().signum() < 0 ? "gap.narrowed" : "gap.widened",
                    size.apply(gap.change().abs()), gap.firstPeriod()));
        if (gap.projected() != null && gap.target() != null) {
            out.append(' ').append(strings.format("gap.projected.target", size.apply(gap.projected()), gap.projectedPeriod(),
                    size.apply(gap.target())));
        } else if (gap.projected() != null) {
            out.append(' ').append(strings.format("gap.projected", size.apply(gap.projected()), gap.projectedPeriod()));
        } else if (gap.target() != null) {
            out.append(' ').append(strings.format("gap.target", size.apply(gap.target()), gap.projectedPeriod()));
        }
        return out.toString();
    }

    static View.Chart chart(ViewContext c, Indicator i, SeriesAnalysis h, String id) {
        return chart(c, i, h, id, lineData(c, i, h, List.of()));
    }

    /** What the line chart shows, in the site's words: its drawings and its CSV download are made from it. */
    static LineData lineData(ViewContext c, Indicator i, SeriesAnalysis h) {
        return lineData(c, i, h, List.of());
    }

    /** What a series' line chart shows, with the systems changes that aim to move the indicator (oldest first) marked. */
    static LineData lineData(ViewContext c, Indicator i, SeriesAnalysis h, List<io.impactsite.model.SystemsChange> changes) {
        Status st = h.status();
        Strings strings = c.strings();
        var labels = new IndicatorChart.Labels(strings.get("chart.all"),
                i.baseline().isEmpty() ? "" : strings.format("chart.baseline", i.baseline()),
                st.target() == null ? "" : strings.format("chart.target", st.target().period(), value(c, i, h, st.target().value())),
                strings.get("chart.trend"));
        return LineData.of(h, labels, Scale.Bounds.of(measure(i, h)), strings.get("changes.chart"),
                ActivityViews.events(changes));
    }

    static View.Chart chart(ViewContext c, Indicator i, SeriesAnalysis h, String id, LineData data) {
        Strings strings = c.strings();
        Indicator.Measure measure = measure(i, h);
        String title = strings.format("chart.label", i.title(), Units.heading(h.series().unit()));
        var svg = IndicatorChart.svg(data, style(c, measure), title, sentence(c, i, h) + keyFigures(c, i, h)
                + markerFigures(c, data));
        return new View.Chart(id, Html.of(ChartJson.toJson(IndicatorChart.option(data))), h.series().unit(), decimals(i, h),
                c.format().locale().toLanguageTag(), title, svg,
                ChartShares.of(c, i, id, strings.format("share.title.line", i.title(), Units.heading(h.series().unit())),
                        latestPeriod(h), svg.drawings().get(1).height()));
    }

    /** " Systems changes marked: 1, Pre-K for All (2021); 2, ...": the markers in words. */
    private static String markerFigures(ViewContext c, LineData data) {
        List<String> items = new ArrayList<>();
        for (var m : data.markers().items()) {
            String[] numbers = m.label().split(", ");
            for (int k = 0; k < numbers.length && k < m.names().size(); k++) {
                items.add(c.strings().format("changes.chart.item", numbers[k], m.names().get(k), data.periods().get(m.index())));
            }
        }
        return items.isEmpty() ? "" : " " + c.strings().format("changes.chart.figure", String.join("; ", items));
    }

    /** The most recent period of a series that has a value: the year a citation of its charts gives. */
    static Period latestPeriod(SeriesAnalysis h) {
        return h.series().observations().stream().filter(Observation::hasValue).map(Observation::period)
                .max(java.util.Comparator.naturalOrder()).orElse(null);
    }

    /** " Baseline 2016: 42.0%. Latest 2024: 51.8%. Target 2030: 65.0%.": what a chart's description adds to its sentence. */
    private static String keyFigures(ViewContext c, Indicator i, SeriesAnalysis h) {
        Status s = h.status();
        StringBuilder out = new StringBuilder();
        if (s.baseline() != null && s.baseline().value() != null) {
            out.append(' ').append(c.strings().format("chart.figure.baseline", s.baseline().period(), quantity(c, i, h, s.baseline().value())));
        }
        if (s.latest() != null) {
            out.append(' ').append(c.strings().format("chart.figure.latest", s.latest().period(), quantity(c, i, h, s.latest().value())));
        }
        out.append(' ').append(s.target() == null ? c.strings().get("chart.figure.noTarget")
                : c.strings().format("chart.figure.target", s.target().period(), quantity(c, i, h, s.target().value())));
        return out.toString();
    }

    static NumberStyle style(ViewContext c, Indicator.Measure measure) {
        return new NumberStyle(c.format().locale(), measure == Indicator.Measure.PERCENT);
    }

    /** Each group's latest value as a bar, with lines for All and the target; null when no group has a value. */
    static View.Chart equityChart(ViewContext c, Indicator i, SeriesAnalysis h, String id) {
        Strings strings = c.strings();
        List<EquityData.Group> groups = IndicatorPage.shownGroups(h).stream().filter(g -> g.status().latest() != null)
                .map(g -> new EquityData.Group(g.group().dimension(), g.group().name(), g.status().latest().value(),
                        value(c, i, h, g.status().latest().value()),
                        i.targetsFor(h.series(), g.group()).isEmpty() || g.status().target() == null ? null
                                : g.status().target().value()))
                .toList();
        if (groups.isEmpty()) return null;
        Status st = h.status();
        var all = st.latest() == null ? null : new EquityData.Reference(strings.format("chart.equity.all",
                strings.get("chart.all"), value(c, i, h, st.latest().value())), st.latest().value());
        var target = st.target() == null ? null : new EquityData.Reference(strings.format("chart.target", st.target().period(),
                value(c, i, h, st.target().value())), st.target().value());
        Indicator.Measure measure = measure(i, h);
        EquityData data = EquityData.of(strings.get("indicators.latest"), h.series().unit(), groups, all, target,
                Scale.Bounds.of(measure), strings.get("chart.groupTarget"));
        String title = strings.format("chart.equity", i.title());
        String description = h.gaps().stream().map(gap -> gapSentence(c, i, h, gap)).collect(java.util.stream.Collectors.joining(" "));
        var svg = EquityChart.svg(data, style(c, measure), title, description.isEmpty() ? title : description);
        return new View.Chart(id, Html.of(ChartJson.toJson(EquityChart.option(data))), h.series().unit(), decimals(i, h),
                c.format().locale().toLanguageTag(), title, svg,
                ChartShares.of(c, i, id, strings.format("share.title.groups", i.title()), latestPeriod(h),
                        svg.drawings().get(1).height()));
    }
}
