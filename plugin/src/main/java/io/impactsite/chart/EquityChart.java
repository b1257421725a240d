package io.impactsite.chart;

import java.math.BigDecimal;
import java.util.List;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.tooltip.Tooltip;

/** The latest value of each group as horizontal bars, with decal patterns so bars differ beyond colour. */
public final class EquityChart {
    /** A group's bar: "race: Black" and its latest value. */
    public record Bar(String group, BigDecimal value) {}

    private EquityChart() {}

    public static Option option(List<Bar> bars, String name, String unit) {
        return new Option()
                .setAria(Ordered.map("enabled", true, "decal", Ordered.map("show", true)))
                .setColor(Palette.COLOURS)
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setGrid(new Grid().setContainLabel(true).setLeft(8))
                .setXAxis(new ValueAxis().setName(unit))
                .setYAxis(new CategoryAxis().setData(bars.stream().map(Bar::group).toArray()))
                .setToolbox(Toolbox.saveAsImage())
                .setSeries(new BarSeries().setName(name).setData(bars.stream().map(Bar::value).toArray()));
    }
}
