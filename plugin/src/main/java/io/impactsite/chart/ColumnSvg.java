package io.impactsite.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The static drawing of stacked columns for one {@link Frame}: the legend (a swatch per kind),
 * whole-number ticks, a column per category stacked bottom-up in the kinds' colours with its total
 * above it, and category labels thinned until none collide.
 */
final class ColumnSvg {
    private static final double TICK_GAP = 8;

    private ColumnSvg() {}

    static Svg.Drawing draw(ColumnData data, Scale scale, NumberStyle style, Frame frame) {
        double font = frame.font();
        double lh = frame.lineHeight();
        int w = frame.width();
        List<Svg.Shape> back = new ArrayList<>();
        List<Svg.Shape> front = new ArrayList<>();
        Legend.Laid legend = Legend.layout(legendItems(data), 0, w, font);
        double plotTop = legend.bottom() + (legend.shapes().isEmpty() ? 0 : 10) + font + 4;   // room for a total
        double plotBottom = plotTop + frame.plot() * 0.8;
        double labelY = plotBottom + 10 + font;
        int height = (int) Math.ceil(labelY + font * 0.4);

        List<Double> ticks = scale.ticks();
        List<String> tickText = ticks.stream().map(t -> style.tick(t, scale)).toList();
        double left = Math.ceil((tickText.stream().mapToDouble(t -> Glyphs.width(t, font)).max().orElse(0) + TICK_GAP) * 10) / 10;
        int n = data.categories().size();
        // The last category's label is centred on its column: where it is wider than the column, room for it.
        double lastHalf = n == 0 ? 0 : Glyphs.width(data.categories().get(n - 1), font) / 2;
        // x of the last column = right - (right - left) / 2n; its label must end by w
        double half = 1.0 / (2 * Math.max(1, n));
        double right = Math.floor(Math.min(w, (w - lastHalf - left * half) / (1 - half)) * 10) / 10;
        for (int i = 0; i < ticks.size(); i++) {
            double y = scale.at(ticks.get(i), plotBottom, plotTop);
            back.add(new Svg.Line(left, y, right, y, "cs-grid", Svg.Paint.stroke(Palette.GRID, 1)));
            front.add(new Svg.Label(left - TICK_GAP, y + font * 0.35, List.of(tickText.get(i)), "end", font, false, lh,
                    "cs-text cs-muted cs-tick", Svg.Paint.fill(Palette.MUTED)));
        }
        double band = n == 0 ? 0 : (right - left) / n;
        double column = Math.min(36, band * 0.7);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = left + band * (i + 0.5);
        for (int i = 0; i < n; i++) {
            double base = 0;
            for (ColumnData.Stack stack : data.stacks()) {
                int count = stack.counts().get(i);
                if (count == 0) continue;
                double y0 = scale.at(base, plotBottom, plotTop);
                double y1 = scale.at(base + count, plotBottom, plotTop);
                back.add(new Svg.Rect(x[i] - column / 2, y1, column, y0 - y1, "cs-bar cs-segment cs-c" + stack.slot(),
                        new Svg.Paint(Palette.BG, Palette.colour(stack.slot()), 1, "")));
                base += count;
            }
            if (base > 0) {
                front.add(new Svg.Label(x[i], scale.at(base, plotBottom, plotTop) - 4, List.of(style.tick(base, scale)),
                        "middle", font, false, lh, "cs-text cs-value", Svg.Paint.fill(Palette.INK)));
            }
        }
        back.add(new Svg.Line(left, plotBottom, right, plotBottom, "cs-axis", Svg.Paint.stroke(Palette.MUTED, 1)));
        front.addAll(LineSvg.periodLabels(data.categories(), 1, x, labelY, font, lh, w));
        List<Svg.Shape> shapes = new ArrayList<>(legend.shapes());
        shapes.addAll(back);
        shapes.addAll(front);
        return new Svg.Drawing(frame.variant(), w, height, shapes);
    }

    static List<Legend.Item> legendItems(ColumnData data) {
        return data.stacks().stream().map(s -> new Legend.Item(s.name(), "bar", "cs-bar cs-c" + s.slot(),
                Svg.Paint.fill(Palette.colour(s.slot())))).toList();
    }
}
