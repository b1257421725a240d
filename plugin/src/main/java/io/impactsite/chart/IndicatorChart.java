package io.impactsite.chart;

import io.impactsite.analyse.SeriesAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.charts.scatter.ScatterSeries;
import org.icepear.echarts.components.coord.AxisNameTextStyle;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.marker.MarkLine;
import org.icepear.echarts.components.marker.MarkPoint;
import org.icepear.echarts.components.series.ItemStyle;
import org.icepear.echarts.components.series.LineStyle;
import org.icepear.echarts.components.series.SeriesLabel;
import org.icepear.echarts.origin.util.SeriesOption;

/**
 * The line chart of an indicator's series: the headline series; the baseline marked; the target as
 * a labelled diamond at its period (a series of its own, which ECharts never thins out on a crowded
 * axis); the path the current trend implies up to the target period, dashed and within what the
 * unit allows; and each group, switchable (hidden at first where a headline exists). The same
 * {@link LineData} and {@link Scale} give the static SVG.
 */
public final class IndicatorChart {
    /** Labels the chart shows, in the site's language. */
    public record Labels(String headline, String baseline, String target, String trend) {}

    private static final int TICKS = 5;

    private IndicatorChart() {}

    /** The option, with the unit's bounds read from the unit itself ("%" stays within 0 to 100). */
    public static Option option(SeriesAnalysis analysis, Labels labels) {
        return option(LineData.of(analysis, labels, Scale.Bounds.ofUnit(analysis.series().unit())));
    }

    /** The value axis both drawings share: every value of every line, the target and the trend. */
    public static Scale scale(LineData data) {
        List<Double> values = data.allValues();
        double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        return Scale.nice(lo, hi, TICKS, false, data.bounds());
    }

    /** The static SVG, narrow and wide, with the buttons of its series. */
    public static StaticChart svg(LineData data, NumberStyle style, String title, String description) {
        Scale scale = scale(data);
        List<StaticChart.Toggle> toggles = new ArrayList<>();
        for (LineData.Line line : data.lines()) {
            toggles.add(new StaticChart.Toggle(line.name(), LineSvg.css(line), "line", line.shown(), !line.headline()));
        }
        if (data.target() != null) toggles.add(new StaticChart.Toggle(data.target().label(), "cs-target", "diamond", true, false));
        if (data.trend() != null) toggles.add(new StaticChart.Toggle(data.trend().name(), "cs-trend", "dashed", true, false));
        if (!data.markers().isEmpty()) toggles.add(new StaticChart.Toggle(data.markers().name(), "cs-change", "marker", true, false));
        return new StaticChart("line", title, description,
                List.of(LineSvg.draw(data, scale, style, Frame.NARROW), LineSvg.draw(data, scale, style, Frame.WIDE)),
                toggles, 0);
    }

    public static Option option(LineData data) {
        Scale scale = scale(data);
        List<SeriesOption> series = new ArrayList<>();
        Map<String, Boolean> shown = new LinkedHashMap<>();
        for (LineData.Line line : data.lines()) {
            if (!line.headline()) continue;
            LineSeries headline = line(line, 3, 6).setZ(3);
            if (data.baseline() != null) headline.setMarkLine(baseline(data.periods().get(data.baseline().index()),
                    data.baseline().label()));
            series.add(headline);
            shown.put(line.name(), true);
        }
        if (data.target() != null) {
            series.add(target(data, scale));
            shown.put(data.target().label(), true);
        }
        if (data.trend() != null) {
            LineSeries s = new LineSeries().setId("trend").setName(data.trend().name())
                    .setData(data.trend().values().toArray()).setShowSymbol(false).setConnectNulls(false).setZ(2);
            s.setLineStyle(new LineStyle().setType("dashed").setColor(Palette.TREND).setWidth(2));
            s.setItemStyle(new ItemStyle().setColor(Palette.TREND));
            series.add(s);
            shown.put(data.trend().name(), true);
        }
        for (LineData.Line line : data.lines()) {
            if (line.headline()) continue;
            series.add(line(line, 2, 5));
            shown.put(line.name(), line.shown());
        }
        if (!data.markers().isEmpty()) {
            series.add(markers(data, scale));
            shown.put(data.markers().name(), true);
        }
        int legendRows = Look.legendRows(shown.keySet(), 600);
        return new Option()
                .setAria(Look.ariaOff())
                .setColor(Palette.COLOURS)
                .setTextStyle(Look.text())
                .setTooltip(Look.tooltip("axis"))
                .setLegend(new Legend().setType("plain").setTop(0).setLeft(0).setItemGap(16).setSelected(shown)
                        .setInactiveColor(Palette.MUTED))
                .setGrid(new Grid().setContainLabel(true).setLeft(8).setRight(24).setTop(24 * legendRows + 40).setBottom(8))
                .setXAxis(new CategoryAxis().setData(data.periods().toArray()).setBoundaryGap(false)
                        .setAxisLabel(Look.axisLabel()).setAxisLine(Look.axisLine()))
                .setYAxis(new ValueAxis().setName(data.unit()).setNameLocation("end").setNameGap(30)
                        .setNameTextStyle(new AxisNameTextStyle().setAlign("left").setColor(Palette.MUTED).setWidth(560))
                        .setMin(scale.min()).setMax(scale.max()).setInterval(scale.step())
                        .setAxisLabel(Look.axisLabel()).setSplitLine(Look.grid()))
                .setToolbox(Toolbox.saveAsImage())
                .setSeries(series.toArray(SeriesOption[]::new));
    }

    private static LineSeries line(LineData.Line line, int width, int symbol) {
        String colour = Palette.colour(line.slot());
        LineSeries s = new LineSeries().setId(line.id()).setName(line.name()).setData(line.values().toArray())
                .setConnectNulls(false).setSymbolSize(symbol);
        s.setLineStyle(new LineStyle().setWidth(width).setColor(colour));
        s.setItemStyle(new ItemStyle().setColor(colour));
        return s;
    }

    /** The target as a scatter point: symbols of a line series are dropped on a crowded axis, a scatter's never. */
    private static ScatterSeries target(LineData data, Scale scale) {
        LineData.Target t = data.target();
        ScatterSeries s = new ScatterSeries().setId("target").setName(t.label())
                .setData(new Object[] {new Object[] {data.periods().get(t.index()), t.value()}})
                .setSymbol("diamond").setSymbolSize(16).setZ(5).setClip(false);
        s.setItemStyle(new ItemStyle().setColor(Palette.TARGET).setBorderColor(Palette.BG).setBorderWidth(1.5));
        // Above the diamond (below it in the upper half of the axis), reaching back from it into the chart.
        boolean rightHalf = t.index() * 2 >= data.periods().size() - 1;
        boolean upper = t.value().doubleValue() > (scale.min() + scale.max()) / 2;
        s.setLabel(new SeriesLabel().setShow(true).setPosition(upper ? "bottom" : "top").setAlign(rightHalf ? "right" : "left")
                .setDistance(6).setFormatter(t.label())
                .setColor(Palette.TARGET).setFontWeight("bold").setTextBorderColor(Palette.BG).setTextBorderWidth(3));
        s.setLabelLayout(new org.icepear.echarts.components.text.LabelLayout().setHideOverlap(false));
        return s;
    }

    /**
     * Dated events as a series of their own, so that the legend and the page's toggle hide them: no
     * values (and so never in the tooltip), a dashed line at each marker's period, and its number as
     * a badge at the top of the plot, inside it, clear of the baseline's label above the plot.
     */
    private static LineSeries markers(LineData data, Scale scale) {
        Markers m = data.markers();
        LineSeries s = new LineSeries().setId("changes").setName(m.name()).setData(new Object[data.periods().size()])
                .setShowSymbol(false).setZ(4);
        s.setLineStyle(new LineStyle().setType("dashed").setColor(Palette.MUTED).setWidth(1.5));
        s.setItemStyle(new ItemStyle().setColor(Palette.MUTED));
        s.setTooltip(Ordered.map("show", false));   // ECharts leaves such a series out of the axis tooltip
        List<Object> lines = new ArrayList<>();
        List<Object> badges = new ArrayList<>();
        for (Markers.Marker x : m.items()) {
            String period = data.periods().get(x.index());
            lines.add(Ordered.map("xAxis", period, "name", String.join("; ", x.names()),
                    "label", Ordered.map("show", false),
                    "lineStyle", Ordered.map("type", "dashed", "color", Palette.MUTED, "width", 1.5)));
            double width = Math.ceil(Glyphs.width(x.label(), 11, true)) + 8;
            badges.add(Ordered.map("coord", new Object[] {period, scale.max()}, "name", String.join("; ", x.names()),
                    "value", x.label(), "symbol", "roundRect", "symbolSize", new Object[] {width, 16},
                    "symbolOffset", new Object[] {0, 10}, "itemStyle", Ordered.map("color", Palette.MUTED),
                    "label", Ordered.map("show", true, "formatter", x.label(), "color", Palette.BG, "fontSize", 11,
                            "fontWeight", "bold")));
        }
        s.setMarkLine(new MarkLine().setSilent(true).setSymbol("none").setData(lines.toArray()));
        s.setMarkPoint(new MarkPoint().setSilent(true).setData(badges.toArray()));
        return s;
    }

    private static MarkLine baseline(String period, String label) {
        Map<String, Object> item = Ordered.map("xAxis", period, "name", label,
                "label", Ordered.map("formatter", label, "position", "end", "align", "left", "color", Palette.INK),
                "lineStyle", Ordered.map("type", "dotted", "color", Palette.TREND, "width", 1.5));
        return new MarkLine().setSilent(true).setSymbol("none").setData(new Object[] {item});
    }
}
