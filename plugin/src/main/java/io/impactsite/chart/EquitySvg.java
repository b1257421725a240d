package io.impactsite.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The static drawing of the equity chart for one {@link Frame}: a heading per dimension, a bar per
 * group with its value at its end, the lines for All and the target across the bars (labelled above
 * them where the labels fit, always in the legend), and value ticks thinned until none collide.
 * Group names sit beside the bars when they are short, above them otherwise (on a phone).
 */
final class EquitySvg {
    private static final double SIDE_SHARE = 0.3;   // group names beside the bars up to this share of the width

    private EquitySvg() {}

    static Svg.Drawing draw(EquityData data, Scale scale, NumberStyle style, Frame frame) {
        double font = frame.font();
        double lh = frame.lineHeight();
        int w = frame.width();
        double bar = font + 3;
        List<Svg.Shape> back = new ArrayList<>();
        List<Svg.Shape> front = new ArrayList<>();

        Legend.Laid legend = Legend.layout(legendItems(data), 0, w, font);
        double y = legend.bottom() + (legend.shapes().isEmpty() ? 0 : 10);
        List<String> unit = data.unit().isBlank() ? List.of() : Glyphs.wrap(data.unit(), font, false, w);
        if (!unit.isEmpty()) {
            front.add(new Svg.Label(0, y + font, unit, "start", font, false, lh, "cs-text cs-muted", Svg.Paint.fill(Palette.MUTED)));
            y += unit.size() * lh + 4;
        }
        int refRows = (data.all() != null ? 1 : 0) + (data.target() != null ? 1 : 0);
        double refTop = y;
        double refRow = lh + 3;   // two rows of reference labels stay clear of each other
        y += refRows * refRow + 4;

        double nameWidth = data.groups().stream().mapToDouble(g -> Glyphs.width(g.group(), font)).max().orElse(0);
        boolean side = nameWidth <= w * SIDE_SHARE;
        double valueRoom = data.groups().stream().mapToDouble(g -> Glyphs.width(g.text(), font)).max().orElse(0) + 6;
        double left = side ? nameWidth + 8 : 0;
        double right = w - valueRoom;
        if (scale.min() < 0) left += valueRoom;
        double plotTop = y;
        boolean headings = data.byDimension().size() > 1 || data.groups().stream().anyMatch(g -> !g.dimension().isEmpty());
        for (Map.Entry<String, List<EquityData.Group>> dimension : data.byDimension().entrySet()) {
            if (headings) {
                String heading = dimension.getKey().isEmpty() ? "" : capitalised(dimension.getKey());
                front.add(new Svg.Label(0, y + font, Glyphs.wrap(heading, font, true, w), "start", font, true, lh,
                        "cs-text cs-heading", Svg.Paint.fill(Palette.INK)));
                y += lh + 4;
            }
            for (EquityData.Group g : dimension.getValue()) {
                double barTop = y;
                if (side) {
                    barTop = y + Math.max(0, (lh - bar) / 2);
                    front.add(new Svg.Label(left - 8, barTop + bar / 2 + font * 0.35, List.of(g.group()), "end", font,
                            false, lh, "cs-text", Svg.Paint.fill(Palette.INK)));
                } else {
                    List<String> name = Glyphs.wrap(g.group(), font, false, w);
                    front.add(new Svg.Label(0, y + font, name, "start", font, false, lh, "cs-text cs-halo", Svg.Paint.fill(Palette.INK)));
                    barTop = y + name.size() * lh + 2;
                }
                double x0 = scale.at(0, left, right);
                double x1 = scale.at(g.value().doubleValue(), left, right);
                back.add(new Svg.Rect(Math.min(x0, x1), barTop, Math.abs(x1 - x0), bar, "cs-bar cs-c1",
                        Svg.Paint.fill(Palette.colour(1))));
                if (g.target() != null) {
                    front.add(new Svg.Path(Legend.diamond(scale.at(g.target().doubleValue(), left, right), barTop + bar / 2, 6),
                            "cs-target", Legend.TARGET_DIAMOND));
                }
                boolean negative = x1 < x0;
                front.add(new Svg.Label(negative ? x1 - 4 : x1 + 4, barTop + bar / 2 + font * 0.35, List.of(g.text()),
                        negative ? "end" : "start", font, false, lh, "cs-text cs-halo cs-value", Svg.Paint.fill(Palette.INK)));
                y = barTop + bar + 8;
            }
        }
        double plotBottom = y;
        double tickY = plotBottom + 4 + font;
        int height = (int) Math.ceil(tickY + font * 0.4);

        List<Svg.Label> ticks = tickLabels(scale, style, left, right, tickY, font, lh, w);
        for (Svg.Label t : ticks) {
            back.add(0, new Svg.Line(t.x(), plotTop, t.x(), plotBottom, "cs-grid", Svg.Paint.stroke(Palette.GRID, 1)));
            front.add(t);
        }
        double zero = scale.at(0, left, right);
        back.add(new Svg.Line(zero, plotTop, zero, plotBottom, "cs-axis", Svg.Paint.stroke(Palette.MUTED, 1)));

        Box.Taken taken = new Box.Taken(new Box(0, refTop, w, plotTop));
        for (EquityData.Reference ref : references(data)) {
            boolean target = ref == data.target();
            double x = scale.at(ref.value().doubleValue(), left, right);
            back.add(new Svg.Line(x, plotTop - 2, x, plotBottom, target ? "cs-target cs-ref" : "cs-ref cs-ref-all",
                    target ? Svg.Paint.dashed(Palette.TARGET, 2, "6 3") : Svg.Paint.stroke(Palette.INK, 2)));
            List<Svg.Label> candidates = new ArrayList<>();
            for (int row = 0; row < refRows; row++) {
                double ly = refTop + font + row * refRow;
                for (String anchor : List.of("middle", "end", "start")) {
                    double lx = anchor.equals("middle") ? x : anchor.equals("end") ? x + 1 : x - 1;
                    candidates.add(new Svg.Label(lx, ly, List.of(ref.label()), anchor, font, target, lh,
                            target ? "cs-text cs-target-label" : "cs-text", Svg.Paint.fill(target ? Palette.TARGET : Palette.INK)));
                }
            }
            Svg.Label label = taken.place(candidates);
            if (label != null) front.add(label);
        }

        List<Svg.Shape> shapes = new ArrayList<>(legend.shapes());
        shapes.addAll(back);
        shapes.addAll(front);
        return new Svg.Drawing(frame.variant(), w, height, shapes);
    }

    private static List<EquityData.Reference> references(EquityData data) {
        List<EquityData.Reference> refs = new ArrayList<>();
        if (data.all() != null) refs.add(data.all());
        if (data.target() != null) refs.add(data.target());
        return refs;
    }

    static List<Legend.Item> legendItems(EquityData data) {
        List<Legend.Item> items = new ArrayList<>();
        items.add(new Legend.Item(data.name(), "bar", "cs-bar cs-c1", Svg.Paint.fill(Palette.colour(1))));
        if (data.all() != null) items.add(new Legend.Item(data.all().label(), "line", "cs-ref cs-ref-all", Svg.Paint.stroke(Palette.INK, 2)));
        if (data.target() != null) {
            items.add(new Legend.Item(data.target().label(), "dashed", "cs-target cs-ref", Svg.Paint.dashed(Palette.TARGET, 2, "6 3")));
        }
        if (data.groupTargets()) {
            items.add(new Legend.Item(data.groupTarget(), "diamond", "cs-target", Legend.TARGET_DIAMOND));
        }
        return items;
    }

    /**
     * The value axis' labels: every m-th tick from the first, with the smallest m for which no two
     * labels come within 8 px and each stays inside the drawing.
     */
    static List<Svg.Label> tickLabels(Scale scale, NumberStyle style, double left, double right, double y, double font,
                                      double lh, int w) {
        List<Double> ticks = scale.ticks();
        for (int m = 1; m <= Math.max(1, ticks.size()); m++) {
            List<Svg.Label> labels = new ArrayList<>();
            boolean fits = true;
            for (int i = 0; i < ticks.size() && fits; i += m) {
                Svg.Label l = inside(new Svg.Label(scale.at(ticks.get(i), left, right), y, List.of(style.tick(ticks.get(i), scale)),
                        "middle", font, false, lh, "cs-text cs-muted cs-tick", Svg.Paint.fill(Palette.MUTED)), w);
                fits = l.box().x0() >= 0 && l.box().x1() <= w
                        && (labels.isEmpty() || !labels.get(labels.size() - 1).box().overlaps(l.box(), 8));
                labels.add(l);
            }
            if (fits) return labels;
        }
        return List.of();
    }

    /** A centred label moved to start at 0 or end at {@code w} where it would cross the drawing's edge. */
    static Svg.Label inside(Svg.Label l, int w) {
        if (l.box().x0() < 0) return new Svg.Label(0, l.y(), l.lines(), "start", l.size(), l.bold(), l.lineHeight(), l.css(), l.paint());
        if (l.box().x1() > w) return new Svg.Label(w, l.y(), l.lines(), "end", l.size(), l.bold(), l.lineHeight(), l.css(), l.paint());
        return l;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
