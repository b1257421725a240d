package io.impactsite.chart;

import java.util.List;
import java.util.stream.Stream;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.sankey.SankeyEdgeItem;
import org.icepear.echarts.charts.sankey.SankeyNodeItem;
import org.icepear.echarts.charts.sankey.SankeySeries;
import org.icepear.echarts.components.tooltip.Tooltip;

/** Contribution flows as a Sankey chart: from each sector to each goal, as wide as the number of contributions. */
public final class FlowChart {
    private FlowChart() {}

    /** A flow of {@code count} contributions from a sector to a goal. */
    public record Flow(String from, String to, int count) {}

    public static Option option(List<String> sources, List<String> targets, List<Flow> flows) {
        SankeySeries sankey = new SankeySeries()
                .setData(Stream.concat(sources.stream(), targets.stream())
                        .map(n -> new SankeyNodeItem().setName(n)).toArray(SankeyNodeItem[]::new))
                .setLinks(flows.stream()
                        .map(f -> new SankeyEdgeItem().setSource(f.from()).setTarget(f.to()).setValue(f.count()))
                        .toArray(SankeyEdgeItem[]::new));
        return new Option()
                .setAria(Ordered.map("enabled", true))
                .setColor(Palette.COLOURS)
                .setTooltip(new Tooltip().setTrigger("item"))
                .setToolbox(Toolbox.saveAsImage())
                .setSeries(sankey);
    }
}
