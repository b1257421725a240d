package io.impactsite.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarItemStyle;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.legend.Legend;

/**
 * Counts stacked in columns (systems changes per year by kind). The same {@link ColumnData} and
 * {@link Scale} give the static SVG ({@link ColumnSvg}).
 */
public final class ColumnChart {
    private ColumnChart() {}

    /** Whole numbers from zero, at most one tick per unit. */
    public static Scale scale(ColumnData data) {
        int max = Math.max(1, data.max());
        return Scale.nice(0, max, Math.min(5, max), true, Scale.Bounds.NONE);
    }

    /** The static SVG, narrow and wide, with a button per kind. */
    public static StaticChart svg(ColumnData data, NumberStyle style, String title, String description) {
        Scale scale = scale(data);
        List<StaticChart.Toggle> toggles = data.stacks().stream()
                .map(s -> new StaticChart.Toggle(s.name(), "cs-bar cs-c" + s.slot(), "bar", true, false)).toList();
        return new StaticChart("columns", title, description,
                List.of(ColumnSvg.draw(data, scale, style, Frame.NARROW), ColumnSvg.draw(data, scale, style, Frame.WIDE)),
                toggles, 0);
    }

    public static Option option(ColumnData data) {
        Scale scale = scale(data);
        List<BarSeries> series = new ArrayList<>();
        Map<String, Boolean> shown = new LinkedHashMap<>();
        for (ColumnData.Stack s : data.stacks()) {
            BarSeries bars = new BarSeries().setId("kind-" + s.slot()).setName(s.name()).setStack("total")
                    .setBarMaxWidth(36).setData(s.counts().toArray());
            bars.setItemStyle(new BarItemStyle().setColor(Palette.colour(s.slot())).setBorderColor(Palette.BG).setBorderWidth(1));
            series.add(bars);
            shown.put(s.name(), true);
        }
        return new Option()
                .setAria(Look.ariaOff())
                .setColor(Palette.COLOURS)
                .setTextStyle(Look.text())
                .setTooltip(Look.tooltip("axis"))
                .setLegend(new Legend().setType("plain").setTop(0).setLeft(0).setItemGap(16).setSelected(shown)
                        .setInactiveColor(Palette.MUTED))
                .setGrid(new Grid().setContainLabel(true).setLeft(8).setRight(8)
                        .setTop(24 * Look.legendRows(shown.keySet(), 600) + 24).setBottom(8))
                .setXAxis(new CategoryAxis().setData(data.categories().toArray()).setAxisLabel(Look.axisLabel())
                        .setAxisLine(Look.axisLine()))
                .setYAxis(new ValueAxis().setMin(scale.min()).setMax(scale.max()).setInterval(scale.step())
                        .setMinInterval(1).setAxisLabel(Look.axisLabel()).setSplitLine(Look.grid()))
                .setToolbox(Toolbox.saveAsImage())
                .setSeries(series.toArray(BarSeries[]::new));
    }
}
