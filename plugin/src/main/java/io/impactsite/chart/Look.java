package io.impactsite.chart;

import java.util.Map;
import org.icepear.echarts.components.coord.AxisLine;
import org.icepear.echarts.components.coord.SplitLine;
import org.icepear.echarts.components.series.LineStyle;
import org.icepear.echarts.components.tooltip.Tooltip;

/**
 * What every ECharts option shares: the site's colours (which the theme's script swaps for the
 * reader's colour scheme), axis labels that hide rather than overlap, a tooltip kept inside the
 * chart on a phone, and ECharts' generated description off: a screen reader gets the site's own
 * title, summary and key figures instead of "It consists of 9 series count ... NaN".
 */
final class Look {
    private Look() {}

    static Map<String, Object> ariaOff() {
        return Ordered.map("enabled", false);
    }

    static Map<String, Object> text() {
        return Ordered.map("color", Palette.INK);
    }

    static Map<String, Object> axisLabel() {
        return Ordered.map("hideOverlap", true, "color", Palette.MUTED);
    }

    static AxisLine axisLine() {
        return new AxisLine().setLineStyle(new LineStyle().setColor(Palette.MUTED));
    }

    static SplitLine grid() {
        return new SplitLine().setLineStyle(new LineStyle().setColor(Palette.GRID));
    }

    static Tooltip tooltip(String trigger) {
        return new Tooltip().setTrigger(trigger).setConfine(true);
    }

    /** Legend rows a plain (wrapping) legend of these names takes in a chart {@code width} px wide. */
    static int legendRows(Iterable<String> names, double width) {
        double x = 0;
        int rows = 1;
        for (String name : names) {
            double w = 25 + 5 + Glyphs.width(name, 12) + 10;
            if (x > 0 && x + w > width) {
                rows++;
                x = 0;
            }
            x += w;
        }
        return rows;
    }
}
