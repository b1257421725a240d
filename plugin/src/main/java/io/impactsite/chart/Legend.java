package io.impactsite.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart's key laid out in rows that wrap within the drawing's width (never a pager): each item
 * a swatch drawn like its series and its name, an item wider than a row broken over lines.
 */
final class Legend {
    /**
     * One entry.
     *
     * @param swatch line, dashed, dotted, diamond, bar or marker (a vertical line with a badge): how the swatch is drawn
     * @param css    the series' classes (role and colour slot)
     */
    record Item(String text, String swatch, String css, Svg.Paint paint) {}

    /** How a target's diamond is painted, on the chart and in its key: the target colour, a ring of the background. */
    static final Svg.Paint TARGET_DIAMOND = new Svg.Paint(Palette.BG, Palette.TARGET, 1.5, "");

    private static final double SWATCH = 18;
    private static final double GAP = 6;
    private static final double SPACING = 16;

    /** The shapes and where the legend ends. */
    record Laid(List<Svg.Shape> shapes, double bottom) {}

    private Legend() {}

    static Laid layout(List<Item> items, double top, double width, double size) {
        List<Svg.Shape> shapes = new ArrayList<>();
        double lineHeight = Math.round(size * 1.35);
        double x = 0;
        double y = top;
        double rowHeight = 0;
        for (Item item : items) {
            List<String> lines = Glyphs.wrap(item.text(), size, false, width - SWATCH - GAP);
            double textWidth = lines.stream().mapToDouble(l -> Glyphs.width(l, size)).max().orElse(0);
            double itemWidth = SWATCH + GAP + textWidth;
            if (x > 0 && x + itemWidth > width) {
                x = 0;
                y += rowHeight + 4;
                rowHeight = 0;
            }
            double baseline = y + size;
            double middle = baseline - size * 0.35;
            shapes.addAll(swatch(item, x, middle));
            shapes.add(new Svg.Label(x + SWATCH + GAP, baseline, lines, "start", size, false, lineHeight,
                    "cs-text cs-legend-text", Svg.Paint.fill(Palette.INK)));
            rowHeight = Math.max(rowHeight, size * 1.25 + (lines.size() - 1) * lineHeight);
            x += itemWidth + SPACING;
        }
        return new Laid(shapes, items.isEmpty() ? top : y + rowHeight);
    }

    private static List<Svg.Shape> swatch(Item item, double x, double y) {
        String css = item.css() + " cs-swatch";
        return switch (item.swatch()) {
            case "diamond" -> List.of(new Svg.Path(diamond(x + SWATCH / 2, y, 6), css, item.paint()));
            case "bar" -> List.of(new Svg.Rect(x + 2, y - 6, SWATCH - 4, 12, css, item.paint()));
            // a marker: its vertical line and the badge at its top
            case "marker" -> List.of(new Svg.Line(x + SWATCH / 2, y - 7, x + SWATCH / 2, y + 7, css, item.paint()),
                    new Svg.Rect(x + SWATCH / 2 - 4, y - 7, 8, 6, "cs-change-badge cs-swatch", new Svg.Paint("", Palette.MUTED, 0, "")));
            default -> List.of(new Svg.Line(x, y, x + SWATCH, y, css, item.paint()));
        };
    }

    /** Path data of a diamond centred on (x, y), {@code r} from centre to corner. */
    static String diamond(double x, double y, double r) {
        return "M" + n(x) + " " + n(y - r) + "L" + n(x + r) + " " + n(y) + "L" + n(x) + " " + n(y + r)
                + "L" + n(x - r) + " " + n(y) + "Z";
    }

    /** A coordinate in path data: a tenth of a pixel, no trailing ".0". */
    static String n(double v) {
        double r = Svg.r(v);
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }
}
