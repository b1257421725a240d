package io.impactsite.chart;

import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.analyse.Status;
import io.impactsite.model.Observation;
import io.impactsite.model.Period;
import io.impactsite.model.Series;
import java.math.BigDecimal;
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
import org.icepear.echarts.components.series.LineStyle;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.origin.util.SeriesOption;

/**
 * The line chart of an indicator's series: the headline series, each group (shown from the legend),
 * and the baseline and target marked and labelled.
 */
public final class IndicatorChart {
    private IndicatorChart() {}

    /**
     * @param headlineLabel the legend name of the headline series ("All")
     * @param baselineLabel label of the baseline marker ("Baseline 2016")
     * @param targetLabel   label of the target line ("Target 2030"); ignored without a target
     */
    public static Option option(SeriesAnalysis analysis, String headlineLabel, String baselineLabel, String targetLabel) {
        Series series = analysis.series();
        List<Period> periods = periods(series);
        List<String> labels = periods.stream().map(Period::label).toList();
        List<SeriesOption> lines = new ArrayList<>();
        Map<String, Boolean> shown = new LinkedHashMap<>();
        if (!series.headline().isEmpty()) {
            LineSeries headline = line(headlineLabel, series.headline(), periods).setZ(3);
            headline.setLineStyle(new LineStyle().setWidth(3));
            headline.setMarkLine(markers(analysis.status(), baselineLabel, targetLabel));
            lines.add(headline);
            shown.put(headlineLabel, true);
        }
        for (Series.Group g : series.groups()) {
            String name = g.dimension() + ": " + g.name();
            lines.add(line(name, g.observations(), periods));
            shown.put(name, series.headline().isEmpty());   // groups start hidden when a headline exists
        }
        return new Option()
                .setAria(Map.of("enabled", true, "decal", Map.of("show", false)))
                .setColor(Palette.COLOURS)
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setLegend(new Legend().setType("scroll").setBottom(0).setSelected(shown))
                .setGrid(new Grid().setContainLabel(true).setLeft(8).setBottom(40))
                .setXAxis(new CategoryAxis().setData(labels.toArray()).setBoundaryGap(false))
                .setYAxis(new ValueAxis().setName(series.unit()).setScale(true))
                .setToolbox(Toolbox.saveAsImage())
                .setSeries(lines.toArray(SeriesOption[]::new));
    }

    /** Every period any row of the series has, in order, so that all lines share one axis. */
    static List<Period> periods(Series series) {
        TreeSet<Period> set = new TreeSet<>();
        series.observations().forEach(o -> set.add(o.period()));
        List<Period> unique = new ArrayList<>();
        for (Period p : set) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).samePeriod(p)) unique.add(p);
        }
        return unique;
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

    private static MarkLine markers(Status status, String baselineLabel, String targetLabel) {
        List<Object> items = new ArrayList<>();
        if (status.baseline() != null && status.baseline().value() != null) {
            items.add(Map.of("xAxis", status.baseline().period(), "name", baselineLabel,
                    "label", Map.of("formatter", baselineLabel), "lineStyle", Map.of("type", "dotted", "color", Palette.TREND)));
        }
        if (status.target() != null) {
            BigDecimal value = status.target().value();
            items.add(Map.of("yAxis", value, "name", targetLabel,
                    "label", Map.of("formatter", targetLabel, "position", "insideEndTop"),
                    "lineStyle", Map.of("type", "dashed", "color", Palette.TARGET)));
        }
        return new MarkLine().setSilent(true).setSymbol("none").setData(items.toArray());
    }
}
