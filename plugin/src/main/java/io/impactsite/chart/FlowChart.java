package io.impactsite.chart;

import java.util.List;
import java.util.stream.Stream;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.sankey.SankeyEdgeItem;
import org.icepear.echarts.charts.sankey.SankeyNodeItem;
import org.icepear.echarts.charts.sankey.SankeySeries;

/**
 * Contribution flows as a Sankey chart: from each sector to each goal, as wide as the number of
 * contributions; each goal in the colour the static drawing ({@link FlowSvg}) gives it, the flows
 * into it in the same colour.
 */
public final class FlowChart {
    /** Below this container width the Sankey's labels do not fit: the static bars stay. */
    static final int INTERACTIVE_FROM = 480;

    private FlowChart() {}

    /** A flow of {@code count} contributions from a sector to a goal. */
    public record Flow(String from, String to, int count) {}

    public static Option option(List<String> sources, List<String> targets, List<Flow> flows) {
        Stream<SankeyNodeItem> from = sources.stream().map(n -> node(n, Palette.MUTED));
        Stream<SankeyNodeItem> to = targets.stream().map(n -> node(n, Palette.colour(Palette.slot(targets.indexOf(n)))));
        SankeySeries sankey = new SankeySeries()
                .setData(Stream.concat(from, to).toArray(SankeyNodeItem[]::new))
                .setLinks(flows.stream()
                        .map(f -> new SankeyEdgeItem().setSource(f.from()).setTarget(f.to()).setValue(f.count()))
                        .toArray(SankeyEdgeItem[]::new))
                .setLineStyle(new org.icepear.echarts.charts.sankey.SankeyEdgeStyle().setColor("target").setOpacity(0.35))
                .setLabel(new org.icepear.echarts.components.series.SeriesLabel().setColor(Palette.INK));
        return new Option()
                .setAria(Look.ariaOff())
                .setColor(Palette.COLOURS)
                .setTextStyle(Look.text())
                .setTooltip(Look.tooltip("item"))
                .setToolbox(Toolbox.saveAsImage())
                .setSeries(sankey);
    }

    /** The static SVG, narrow and wide: bars by sector, divided by goal. */
    public static StaticChart svg(List<String> sources, List<String> targets, List<Flow> flows, NumberStyle style,
                                  String title, String description) {
        return new StaticChart("flows", title, description,
                List.of(FlowSvg.draw(sources, targets, flows, style, Frame.NARROW),
                        FlowSvg.draw(sources, targets, flows, style, Frame.WIDE)),
                List.of(), INTERACTIVE_FROM);
    }

    private static SankeyNodeItem node(String name, String colour) {
        return new SankeyNodeItem().setName(name)
                .setItemStyle(new org.icepear.echarts.components.series.ItemStyle().setColor(colour));
    }
}
