package io.impactsite.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The static drawing of the contribution flows, for one {@link Frame}: a Sankey diagram does not
 * survive a phone's width or paper, so each sector gets a bar as long as its contributions,
 * divided by goal in the goals' colours (the legend), with its total at the end.
 */
final class FlowSvg {
    private FlowSvg() {}

    static Svg.Drawing draw(List<String> sources, List<String> targets, List<FlowChart.Flow> flows, NumberStyle style,
                            Frame frame) {
        double font = frame.font();
        double lh = frame.lineHeight();
        int w = frame.width();
        double bar = font + 4;
        Map<String, Map<String, Integer>> bySector = new LinkedHashMap<>();
        sources.forEach(s -> bySector.put(s, new LinkedHashMap<>()));
        for (FlowChart.Flow f : flows) bySector.computeIfAbsent(f.from(), k -> new LinkedHashMap<>()).merge(f.to(), f.count(), Integer::sum);
        int max = bySector.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).max().orElse(1);
        Scale scale = scale(max);

        List<Svg.Shape> back = new ArrayList<>();
        List<Svg.Shape> front = new ArrayList<>();
        Legend.Laid legend = Legend.layout(legendItems(targets), 0, w, font);
        double y = legend.bottom() + (legend.shapes().isEmpty() ? 0 : 12);
        double totalRoom = Glyphs.width(style.tick(max, new Scale(0, max, 1)), font) + 6;
        double left = 0;
        double right = w - totalRoom;
        double plotTop = y;
        for (Map.Entry<String, Map<String, Integer>> sector : bySector.entrySet()) {
            List<String> name = Glyphs.wrap(sector.getKey(), font, true, w);
            front.add(new Svg.Label(0, y + font, name, "start", font, true, lh, "cs-text cs-heading", Svg.Paint.fill(Palette.INK)));
            double barTop = y + name.size() * lh + 2;
            int sum = 0;
            for (int t = 0; t < targets.size(); t++) {
                Integer n = sector.getValue().get(targets.get(t));
                if (n == null || n == 0) continue;
                double x0 = scale.at(sum, left, right);
                sum += n;
                double x1 = scale.at(sum, left, right);
                int slot = Palette.slot(t);
                back.add(new Svg.Rect(x0, barTop, x1 - x0, bar, "cs-bar cs-segment cs-c" + slot,
                        new Svg.Paint(Palette.BG, Palette.colour(slot), 1, "")));
            }
            front.add(new Svg.Label(scale.at(sum, left, right) + 4, barTop + bar / 2 + font * 0.35,
                    List.of(style.tick(sum, new Scale(0, max, 1))), "start", font, false, lh, "cs-text cs-value",
                    Svg.Paint.fill(Palette.INK)));
            y = barTop + bar + 10;
        }
        double plotBottom = y;
        double tickY = plotBottom + 4 + font;
        for (Svg.Label t : EquitySvg.tickLabels(scale, style, left, right, tickY, font, lh, w)) {
            back.add(0, new Svg.Line(t.x(), plotTop, t.x(), plotBottom, "cs-grid", Svg.Paint.stroke(Palette.GRID, 1)));
            front.add(t);
        }
        List<Svg.Shape> shapes = new ArrayList<>(legend.shapes());
        shapes.addAll(back);
        shapes.addAll(front);
        return new Svg.Drawing(frame.variant(), w, (int) Math.ceil(tickY + font * 0.4), shapes);
    }

    /** Whole contributions: at most one tick per contribution. */
    static Scale scale(int max) {
        return Scale.nice(0, Math.max(1, max), Math.min(5, Math.max(1, max)), true, Scale.Bounds.NONE);
    }

    static List<Legend.Item> legendItems(List<String> targets) {
        List<Legend.Item> items = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            int slot = Palette.slot(t);
            items.add(new Legend.Item(targets.get(t), "bar", "cs-bar cs-c" + slot, Svg.Paint.fill(Palette.colour(slot))));
        }
        return items;
    }
}
