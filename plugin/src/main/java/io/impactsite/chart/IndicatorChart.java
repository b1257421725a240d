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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.marker.MarkLine;
import org.icepear.echarts.components.series.ItemStyle;
import org.icepear.echarts.components.series.LineStyle;
import org.icepear.echarts.components.series.SeriesLabel;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.origin.util.SeriesOption;

/**
 * The line chart of an indicator's series: the headline series; the baseline marked; the target as
 * a labelled point at its period; the path the current trend implies up to the target period,
 * dashed; and each group, switchable from the legend (hidden at first where a headline exists).
 */
public final class IndicatorChart {
    /** Labels the chart shows, in the site's language. */
    public record Labels(String headline, String baseline, String target, String trend) {}

    private static final int MAX_EXTENSION = 240;   // periods drawn beyond the data towards a target

    private IndicatorChart() {}

    public static Option option(SeriesAnalysis analysis, Labels labels) {
        Series series = analysis.series();
        Status status = analysis.status();
        List<Period> periods = axis(series, status);
        List<SeriesOption> lines = new ArrayList<>();
        Map<String, Boolean> shown = new LinkedHashMap<>();
        if (!series.headline().isEmpty()) {
            LineSeries headline = line(labels.headline(), series.headline(), periods).setZ(3);
            headline.setLineStyle(new LineStyle().setWidth(3));
            if (status.baseline() != null && status.baseline().value() != null) {
                headline.setMarkLine(baseline(status.baseline().period(), labels.baseline()));
            }
            lines.add(headline);
            shown.put(labels.headline(), true);
            if (status.target() != null) {
                lines.add(target(labels.target(), status.target(), periods));
                shown.put(labels.target(), true);
                if (analysis.growth() != null && status.latest() != null) {
                    lines.add(trend(labels.trend(), status.latest(), analysis.growth(), periods));
                    shown.put(labels.trend(), true);
                }
            }
        }
        for (Series.Group g : series.groups()) {
            String name = g.label();
            lines.add(line(name, g.observations(), periods));
            shown.put(name, series.headline().isEmpty());
        }
        return new Option()
                .setAria(Ordered.map("enabled", true, "decal", Ordered.map("show", false)))
                .setColor(Palette.COLOURS)
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setLegend(new Legend().setType("scroll").setBottom(0).setSelected(shown))
                .setGrid(new Grid().setContainLabel(true).setLeft(8).setBottom(40))
                .setXAxis(new CategoryAxis().setData(periods.stream().map(Period::label).toArray()).setBoundaryGap(false))
                .setYAxis(new ValueAxis().setName(series.unit()).setScale(true))
                .setToolbox(Toolbox.saveAsImage())
                .setSeries(lines.toArray(SeriesOption[]::new));
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
            Periods.parse(status.target().period(), last.kind()).ifPresent(target -> {
                Period p = last;
                for (int i = 0; i < MAX_EXTENSION && p.compareTo(target) < 0; i++) {
                    p = Periods.next(p);
                    periods.add(p.samePeriod(target) ? target : p);
                }
            });
        }
        return periods;
    }

    private static int index(List<Period> periods, String label, double time) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).label().equals(label) || periods.get(i).time() == time) return i;
        }
        return -1;
    }

    private static LineSeries line(String name, List<Observation> observations, List<Period> periods) {
        Object[] data = new Object[periods.size()];
        for (Observation o : observations) {
            for (int i = 0; i < periods.size(); i++) {
                if (periods.get(i).samePeriod(o.period())) data[i] = o.value();   // null stays a gap
            }
        }
        return new LineSeries().setName(name).setData(data).setConnectNulls(false).setSymbolSize(6);
    }

    private static LineSeries target(String name, Status.Point target, List<Period> periods) {
        Object[] data = new Object[periods.size()];
        int at = index(periods, target.period(), target.time());
        if (at >= 0) data[at] = target.value();
        LineSeries s = new LineSeries().setName(name).setData(data).setSymbol("diamond").setSymbolSize(14).setZ(4);
        s.setItemStyle(new ItemStyle().setColor(Palette.TARGET));
        s.setLabel(new SeriesLabel().setShow(true).setPosition("top").setFormatter(name));
        return s;
    }

    /** Where the compound growth observed since the baseline leads, from the latest value to the target period. */
    private static LineSeries trend(String name, Status.Point latest, double growth, List<Period> periods) {
        Object[] data = new Object[periods.size()];
        int from = index(periods, latest.period(), latest.time());
        for (int i = Math.max(0, from); from >= 0 && i < periods.size(); i++) {
            double value = latest.value().doubleValue() * Math.pow(1 + growth, periods.get(i).time() - latest.time());
            data[i] = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
        }
        LineSeries s = new LineSeries().setName(name).setData(data).setShowSymbol(false).setZ(2);
        s.setLineStyle(new LineStyle().setType("dashed").setColor(Palette.TREND).setWidth(2));
        s.setItemStyle(new ItemStyle().setColor(Palette.TREND));
        return s;
    }

    private static MarkLine baseline(String period, String label) {
        Map<String, Object> item = Ordered.map("xAxis", period, "name", label, "label", Ordered.map("formatter", label),
                "lineStyle", Ordered.map("type", "dotted", "color", Palette.TREND));
        return new MarkLine().setSilent(true).setSymbol("none").setData(new Object[] {item});
    }
}
