package io.impactsite.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.charts.scatter.ScatterSeries;
import org.icepear.echarts.components.series.ItemStyle;
import org.icepear.echarts.origin.util.SeriesOption;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.marker.MarkLine;

/**
 * The latest value of each group as horizontal bars, sorted within each dimension, with lines for
 * the value of everyone ("All") and the target, and a diamond on the bar of a group with a target of its own. The same {@link EquityData} and {@link Scale} give
 * the static SVG.
 */
public final class EquityChart {
    /** A group's bar: "Race: Black" and its latest value. */
    public record Bar(String group, BigDecimal value) {}

    private static final int TICKS = 5;

    private EquityChart() {}

    /** The option from labelled bars ("Race: Black"), sorted within the dimension each label names. */
    public static Option option(List<Bar> bars, String name, String unit) {
        List<EquityData.Group> groups = new ArrayList<>();
        for (Bar b : bars) {
            int colon = b.group().indexOf(": ");
            String dimension = colon < 0 ? "" : b.group().substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            String group = colon < 0 ? b.group() : b.group().substring(colon + 2);
            groups.add(new EquityData.Group(dimension, group, b.value(), b.value().toPlainString()));
        }
        return option(EquityData.of(name, unit, groups, null, null, Scale.Bounds.ofUnit(unit), ""));
    }

    /** The value axis both drawings share: from zero, holding every bar, All and the target. */
    public static Scale scale(EquityData data) {
        List<Double> values = data.values();
        double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        return Scale.nice(lo, hi, TICKS, true, data.bounds());
    }

    /** Below this container width the static bars (names above them) read better than ECharts' axis labels. */
    static final int INTERACTIVE_FROM = 480;

    /** The static SVG, narrow and wide. Its bars cannot be switched off: no buttons. */
    public static StaticChart svg(EquityData data, NumberStyle style, String title, String description) {
        Scale scale = scale(data);
        return new StaticChart("bars", title, description,
                List.of(EquitySvg.draw(data, scale, style, Frame.NARROW), EquitySvg.draw(data, scale, style, Frame.WIDE)),
                List.of(), INTERACTIVE_FROM);
    }

    public static Option option(EquityData data) {
        Scale scale = scale(data);
        BarSeries bars = new BarSeries().setId("bars-1").setName(data.name()).setBarMaxWidth(20)
                .setData(data.groups().stream().map(EquityData.Group::value).toArray());
        bars.setItemStyle(new org.icepear.echarts.charts.bar.BarItemStyle().setColor(Palette.colour(1)));
        bars.setLabel(new org.icepear.echarts.charts.bar.BarLabel().setShow(true).setPosition("right").setColor(Palette.INK));
        // Both labels above the bars (the first group is at the top), one row each, so they never meet.
        List<Object> refs = new ArrayList<>();
        if (data.all() != null) refs.add(reference(data.all(), Palette.INK, "solid", 4));
        if (data.target() != null) refs.add(reference(data.target(), Palette.TARGET, "dashed", refs.isEmpty() ? 4 : 22));
        if (!refs.isEmpty()) bars.setMarkLine(new MarkLine().setSilent(true).setSymbol("none").setData(refs.toArray()));
        Option option = new Option()
                .setAria(Look.ariaOff())
                .setColor(Palette.COLOURS)
                .setTextStyle(Look.text())
                .setTooltip(Look.tooltip("axis"))
                .setGrid(new Grid().setContainLabel(true).setLeft(8).setRight(56)
                        .setTop(16 + 18 * ((data.all() != null ? 1 : 0) + (data.target() != null ? 1 : 0))).setBottom(28))
                .setXAxis(new ValueAxis().setName(data.unit()).setNameLocation("middle").setNameGap(28)
                        .setMin(scale.min()).setMax(scale.max()).setInterval(scale.step())
                        .setAxisLabel(Look.axisLabel()).setSplitLine(Look.grid()))
                .setYAxis(new CategoryAxis().setInverse(true)
                        .setData(data.groups().stream().map(EquityData.Group::label).toArray())
                        .setAxisLabel(Ordered.map("color", Palette.INK, "width", 160, "overflow", "break", "lineHeight", 15))
                        .setAxisLine(Look.axisLine()))
                .setToolbox(Toolbox.saveAsImage());
        return data.groupTargets() ? option.setSeries(new SeriesOption[] {bars, groupTargets(data)}) : option.setSeries(bars);
    }

    /** The groups' own targets: a diamond on each such bar, at the target's value. */
    private static ScatterSeries groupTargets(EquityData data) {
        ScatterSeries s = new ScatterSeries().setId("group-targets").setName(data.groupTarget())
                .setData(data.groups().stream().filter(g -> g.target() != null)
                        .map(g -> new Object[] {g.target(), g.label()}).toArray())
                .setSymbol("diamond").setSymbolSize(14).setZ(5);
        s.setItemStyle(new ItemStyle().setColor(Palette.TARGET).setBorderColor(Palette.BG).setBorderWidth(1.5));
        return s;
    }

    private static Map<String, Object> reference(EquityData.Reference ref, String colour, String type, int distance) {
        return Ordered.map("xAxis", ref.value(), "name", ref.label(),
                "label", Ordered.map("formatter", ref.label(), "position", "start", "distance", distance, "color", colour),
                "lineStyle", Ordered.map("type", type, "color", colour, "width", 2));
    }
}
