package io.impactsite.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The static drawing of an indicator's line chart for one {@link Frame}: legend, unit, value
 * ticks, period labels thinned until none collide, the lines, the trend dashed to the target, the
 * baseline marked and the target always drawn as a diamond, labelled where its label fits (and
 * always in the legend), and dated events (systems changes) as dashed lines numbered at the top.
 */
final class LineSvg {
    private static final double TICK_GAP = 8;     // between a value label and the plot
    private static final double LABEL_GAP = 8;    // between two period labels
    private static final double DOTS_FROM = 12;   // px between periods from which every value gets a dot

    private LineSvg() {}

    static Svg.Drawing draw(LineData data, Scale scale, NumberStyle style, Frame frame) {
        double font = frame.font();
        double lh = frame.lineHeight();
        int w = frame.width();
        List<Svg.Shape> back = new ArrayList<>();
        List<Svg.Shape> front = new ArrayList<>();

        Legend.Laid legend = Legend.layout(legendItems(data), 0, w, font);
        double top = legend.bottom() + (legend.shapes().isEmpty() ? 0 : 10);
        List<String> unit = data.unit().isBlank() ? List.of() : Glyphs.wrap(data.unit(), font, false, w);
        Svg.Label unitLabel = unit.isEmpty() ? null
                : new Svg.Label(0, top + font, unit, "start", font, false, lh, "cs-text cs-muted", Svg.Paint.fill(Palette.MUTED));
        double plotTop = top + unit.size() * lh + font;
        double plotBottom = plotTop + frame.plot();
        double xBaseline = plotBottom + 10 + font;
        int height = (int) Math.ceil(xBaseline + font * 0.4);
        Box.Taken taken = new Box.Taken(new Box(0, 0, w, height));
        if (!legend.shapes().isEmpty()) taken.reserve(new Box(0, 0, w, legend.bottom()));
        if (unitLabel != null) taken.reserve(unitLabel.box());

        // Value axis: labels right-aligned left of the plot.
        List<Double> ticks = scale.ticks();
        List<String> tickText = ticks.stream().map(t -> style.tick(t, scale)).toList();
        double labelWidth = tickText.stream().mapToDouble(t -> Glyphs.width(t, font)).max().orElse(0);
        int n = data.periods().size();
        double firstHalf = n == 0 ? 0 : Glyphs.width(data.periods().get(0), font) / 2;
        double lastHalf = n == 0 ? 0 : Glyphs.width(data.periods().get(n - 1), font) / 2;
        // Inward to the 0.1 px that coordinates are rounded to, so that a period label at an end stays inside.
        double left = Math.ceil(Math.max(labelWidth + TICK_GAP, firstHalf) * 10) / 10;
        double right = Math.floor((w - Math.max(10, lastHalf)) * 10) / 10;
        for (int i = 0; i < ticks.size(); i++) {
            double y = scale.at(ticks.get(i), plotBottom, plotTop);
            back.add(new Svg.Line(left, y, right, y, "cs-grid", Svg.Paint.stroke(Palette.GRID, 1)));
            Svg.Label label = new Svg.Label(left - TICK_GAP, y + font * 0.35, List.of(tickText.get(i)), "end", font, false,
                    lh, "cs-text cs-muted cs-tick", Svg.Paint.fill(Palette.MUTED));
            taken.reserve(label.box());
            front.add(label);
        }
        back.add(new Svg.Line(left, plotBottom, right, plotBottom, "cs-axis", Svg.Paint.stroke(Palette.MUTED, 1)));

        // Category axis: every k-th period, counted back from the last, with k as small as keeps them apart.
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = n == 1 ? (left + right) / 2 : left + i * (right - left) / (n - 1);
        for (Svg.Label label : periodLabels(data.periods(), data.cycle(), x, xBaseline, font, lh, w)) {
            taken.reserve(label.box());
            front.add(label);
            back.add(new Svg.Line(label.x(), plotBottom, label.x(), plotBottom + 4, "cs-axis", Svg.Paint.stroke(Palette.MUTED, 1)));
        }

        // Baseline, trend, lines, target.
        if (data.baseline() != null) {
            double bx = x[data.baseline().index()];
            back.add(new Svg.Line(bx, plotTop, bx, plotBottom, "cs-baseline", Svg.Paint.dashed(Palette.TREND, 1.5, "2 3")));
        }
        for (Markers.Marker m : data.markers().items()) {
            back.add(new Svg.Line(x[m.index()], plotTop, x[m.index()], plotBottom, "cs-change", CHANGE));
        }
        if (data.trend() != null) {
            back.add(new Svg.Path(path(data.trend().values(), x, scale, plotBottom, plotTop), "cs-trend",
                    Svg.Paint.dashed(Palette.TREND, 2, "6 4")));
        }
        double spacing = n > 1 ? (right - left) / (n - 1) : Double.MAX_VALUE;
        List<LineData.Line> shown = data.lines().stream().filter(LineData.Line::shown).toList();
        for (int pass = 0; pass < 2; pass++) { // groups first, the headline on top
            for (LineData.Line line : shown) {
                if (line.headline() != (pass == 1)) continue;
                String css = css(line);
                String colour = Palette.colour(line.slot());
                back.add(new Svg.Path(path(line.values(), x, scale, plotBottom, plotTop), css,
                        Svg.Paint.stroke(colour, line.headline() ? 3 : 2)));
                for (int i = 0; i < n; i++) {
                    if (line.values().get(i) == null) continue;
                    boolean alone = (i == 0 || line.values().get(i - 1) == null) && (i == n - 1 || line.values().get(i + 1) == null);
                    if (spacing < DOTS_FROM && !alone) continue;
                    double y = scale.at(line.values().get(i).doubleValue(), plotBottom, plotTop);
                    back.add(new Svg.Dot(x[i], y, line.headline() ? 3.5 : 2.5, css + " cs-dot", Svg.Paint.fill(colour)));
                }
            }
        }
        if (data.target() != null) {
            double tx = x[data.target().index()];
            double ty = scale.at(data.target().value().doubleValue(), plotBottom, plotTop);
            back.add(new Svg.Path(Legend.diamond(tx, ty, 7), "cs-target", Legend.TARGET_DIAMOND));
            taken.reserve(new Box(tx - 8, ty - 8, tx + 8, ty + 8));
            Svg.Label label = taken.place(targetLabels(data.target().label(), tx, ty, font, lh, w));
            if (label != null) front.add(label);
        }
        if (data.baseline() != null) {
            double bx = x[data.baseline().index()];
            List<Svg.Label> candidates = new ArrayList<>();
            for (int row = 0; row < 3; row++) {
                double y = plotTop + font + row * lh;
                candidates.add(annotation(bx + 4, y, List.of(data.baseline().label()), "start", font, lh, "cs-baseline-label"));
                candidates.add(annotation(bx - 4, y, List.of(data.baseline().label()), "end", font, lh, "cs-baseline-label"));
            }
            Svg.Label label = taken.place(candidates);
            if (label != null) front.add(label);
        }
        for (Markers.Marker m : data.markers().items()) front.addAll(badge(m, x[m.index()], plotTop, plotBottom, font, taken));

        List<Svg.Shape> shapes = new ArrayList<>(legend.shapes());
        if (unitLabel != null) shapes.add(unitLabel);
        shapes.addAll(back);
        shapes.addAll(front);
        return new Svg.Drawing(frame.variant(), w, height, shapes);
    }

    /** A marker's line: dashed, in the muted colour, under the data. */
    static final Svg.Paint CHANGE = Svg.Paint.dashed(Palette.MUTED, 1.5, "5 3");

    /**
     * A marker's number as a badge at the top of its line, in the first of a few places (down the
     * line, then beside it) clear of every label drawn so far; none when none is free (the list
     * under the chart has every change).
     */
    static List<Svg.Shape> badge(Markers.Marker m, double x, double top, double bottom, double font, Box.Taken taken) {
        double size = font - 1;
        double w = Glyphs.width(m.label(), size, true) + 8;
        double h = size + 5;
        List<double[]> places = new ArrayList<>();
        for (int row = 0; row < 4; row++) places.add(new double[] {x - w / 2, top + 2 + row * (h + 3)});
        for (int row = 0; row < 4; row++) {
            places.add(new double[] {x + 3, top + 2 + row * (h + 3)});
            places.add(new double[] {x - 3 - w, top + 2 + row * (h + 3)});
        }
        for (double[] at : places) {
            Box box = new Box(at[0], at[1], at[0] + w, at[1] + h);
            if (box.y1() > bottom || !taken.free(box)) continue;
            taken.reserve(box);
            return List.of(new Svg.Rect(at[0], at[1], w, h, "cs-change-badge", new Svg.Paint("", Palette.MUTED, 0, "")),
                    new Svg.Label(at[0] + w / 2, at[1] + h / 2 + size * 0.35, List.of(m.label()), "middle", size, true,
                            size, "cs-change-number", Svg.Paint.fill(Palette.BG)));
        }
        return List.of();
    }

    static String css(LineData.Line line) {
        return "cs-series cs-c" + line.slot() + (line.headline() ? " cs-headline" : "");
    }

    static List<Legend.Item> legendItems(LineData data) {
        List<Legend.Item> items = new ArrayList<>();
        for (LineData.Line line : data.lines()) {
            if (line.shown()) {
                items.add(new Legend.Item(line.name(), "line", css(line),
                        Svg.Paint.stroke(Palette.colour(line.slot()), line.headline() ? 3 : 2)));
            }
        }
        if (data.target() != null) {
            items.add(new Legend.Item(data.target().label(), "diamond", "cs-target", Legend.TARGET_DIAMOND));
        }
        if (data.trend() != null) {
            items.add(new Legend.Item(data.trend().name(), "dashed", "cs-trend", Svg.Paint.dashed(Palette.TREND, 2, "6 4")));
        }
        if (data.baseline() != null) {
            items.add(new Legend.Item(data.baseline().label(), "dotted", "cs-baseline", Svg.Paint.dashed(Palette.TREND, 1.5, "2 3")));
        }
        if (!data.markers().isEmpty()) items.add(new Legend.Item(data.markers().name(), "marker", "cs-change", CHANGE));
        return items;
    }

    /**
     * The period labels: the last period's, then every k-th before it, with the smallest k for which
     * no two labels come closer than {@link #LABEL_GAP} and every label stays inside the drawing. For
     * months and quarters k divides a year or is whole years, so the labels fall on the same month.
     */
    static List<Svg.Label> periodLabels(List<String> periods, int cycle, double[] x, double y, double font, double lh, int w) {
        int n = periods.size();
        for (int k : intervals(cycle, n)) {
            List<Svg.Label> labels = new ArrayList<>();
            boolean fits = true;
            for (int i = n - 1; i >= 0 && fits; i -= k) {
                Svg.Label label = new Svg.Label(x[i], y, List.of(periods.get(i)), "middle", font, false, lh,
                        "cs-text cs-muted cs-tick", Svg.Paint.fill(Palette.MUTED));
                Box box = label.box();
                fits = box.x0() >= 0 && box.x1() <= w
                        && (labels.isEmpty() || !labels.get(labels.size() - 1).box().overlaps(box, LABEL_GAP));
                labels.add(label);
            }
            if (fits) {
                java.util.Collections.reverse(labels);
                return labels;
            }
        }
        return List.of();
    }

    /** 1, 2, 3, 4, ... for years; the divisors of a year and then whole years for months (1, 2, 3, 4, 6, 12, 24, ...). */
    static List<Integer> intervals(int cycle, int n) {
        List<Integer> out = new ArrayList<>();
        for (int k = 1; k < cycle; k++) if (cycle % k == 0) out.add(k);
        for (int k = cycle; k <= Math.max(cycle, n); k += cycle) out.add(k);
        return out;
    }

    private static List<Svg.Label> targetLabels(String text, double tx, double ty, double font, double lh, int w) {
        List<List<String>> forms = new ArrayList<>();
        forms.add(List.of(text));
        List<String> wrapped = Glyphs.wrap(text, font, true, w / 2.0);
        if (wrapped.size() > 1) forms.add(wrapped);
        List<Svg.Label> out = new ArrayList<>();
        for (List<String> lines : forms) {
            double below = ty + 10 + font;
            double above = ty - 10 - (lines.size() - 1) * lh;
            out.add(annotation(tx - 11, above + 4, lines, "end", font, lh, "cs-target-label"));
            out.add(annotation(tx - 11, below - 4, lines, "end", font, lh, "cs-target-label"));
            out.add(annotation(tx, above - 2, lines, "middle", font, lh, "cs-target-label"));
            out.add(annotation(tx, below + 2, lines, "middle", font, lh, "cs-target-label"));
            out.add(annotation(tx + 11, above + 4, lines, "start", font, lh, "cs-target-label"));
            out.add(annotation(tx + 11, below - 4, lines, "start", font, lh, "cs-target-label"));
        }
        return out;
    }

    /** A label inside the plot, with a halo of the background colour so that lines under it do not cross it out. */
    private static Svg.Label annotation(double x, double y, List<String> lines, String anchor, double font, double lh,
                                        String role) {
        String colour = role.equals("cs-target-label") ? Palette.TARGET : Palette.INK;
        return new Svg.Label(x, y, lines, anchor, font, role.equals("cs-target-label"), lh, "cs-text cs-halo " + role,
                Svg.Paint.fill(colour));
    }

    /** Path data through the values, broken where one is missing. */
    static String path(List<BigDecimal> values, double[] x, Scale scale, double bottom, double top) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i);
            if (v == null) {
                pen = false;
                continue;
            }
            d.append(pen ? "L" : "M").append(Legend.n(x[i])).append(' ').append(Legend.n(scale.at(v.doubleValue(), bottom, top)));
            pen = true;
        }
        return d.toString();
    }
}
