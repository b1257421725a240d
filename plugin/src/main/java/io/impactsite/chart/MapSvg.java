package io.impactsite.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The static drawing of a map by place for one {@link Frame}: the classes as a key (above the map on
 * a phone, beside it on wider screens), the unit, each place filled with its class's colour and
 * outlined, and its name and value written on it where they fit inside it (every value is also in
 * the table beside the map). A place without a value is left unfilled, its outline dashed.
 */
final class MapSvg {
    /** The map's height at most, as a share of the drawing's width: a tall county does not fill the screen. */
    private static final double MAX_HEIGHT = 0.8;
    private static final double GAP = 16;

    private MapSvg() {}

    static Svg.Drawing draw(MapData data, Frame frame) {
        double font = frame.font();
        double lh = frame.lineHeight();
        int w = frame.width();
        boolean beside = frame == Frame.WIDE;
        List<Legend.Item> items = legendItems(data);
        double keyWidth = beside ? items.stream().mapToDouble(i -> Glyphs.width(i.text(), font)).max().orElse(0) + 24 : w;
        List<Svg.Shape> shapes = new ArrayList<>();
        double top = 0;
        List<String> unit = data.unit().isBlank() ? List.of() : Glyphs.wrap(data.unit(), font, false, beside ? keyWidth : w);
        if (!unit.isEmpty()) {
            shapes.add(new Svg.Label(0, font, unit, "start", font, false, lh, "cs-text cs-muted", Svg.Paint.fill(Palette.MUTED)));
            top = unit.size() * lh + 6;
        }
        Legend.Laid key = Legend.layout(items, top, keyWidth, font);
        shapes.addAll(key.shapes());
        double mapLeft = beside ? keyWidth + GAP : 0;
        double mapTop = beside ? 0 : key.bottom() + 12;
        double mapWidth = w - mapLeft;
        Projection projection = Projection.fit(data.geography(), mapLeft, mapTop, mapWidth, w * MAX_HEIGHT);
        double bottom = mapTop;
        for (MapData.Area a : data.areas()) bottom = Math.max(bottom, projection.box(a.place()).y1());

        Box.Taken taken = new Box.Taken(new Box(mapLeft, mapTop, w, bottom));
        List<Svg.Shape> labels = new ArrayList<>();
        for (MapData.Area a : data.areas()) {
            int slot = a.hasValue() ? data.bands().get(a.band()).slot() : 0;
            shapes.add(new Svg.Path(projection.path(a.place()), css(slot), paint(slot)));
            Svg.Label label = label(a, slot, data.noData(), projection, font, lh, taken);
            if (label != null) labels.add(label);
        }
        shapes.addAll(labels);
        int height = (int) Math.ceil(Math.max(bottom + 1, key.bottom() + 4));
        return new Svg.Drawing(frame.variant(), w, height, shapes);
    }

    static String css(int slot) {
        return slot == 0 ? "cs-place cs-nodata" : "cs-place cs-m" + slot;
    }

    private static Svg.Paint paint(int slot) {
        return slot == 0 ? new Svg.Paint(Palette.MUTED, Palette.BG, 1, "3 2")
                : new Svg.Paint(Palette.MUTED, Palette.MAP[slot - 1], 1, "");
    }

    /** Name and value on the place, centred on it, if they fit inside its box clear of other labels; else the value alone. */
    private static Svg.Label label(MapData.Area a, int slot, String noData, Projection projection, double font, double lh,
                                   Box.Taken taken) {
        Projection.Point at = projection.labelPoint(a.place());
        Box room = projection.box(a.place());
        Box inner = new Box(room.x0() + 2, room.y0() + 2, room.x1() - 2, room.y1() - 2);
        String value = a.hasValue() ? a.text() : noData;
        String css = "cs-place-label cs-on-" + (slot == 0 ? "nodata" : "m" + slot);
        Svg.Paint paint = Svg.Paint.fill(slot >= Palette.MAP_LIGHT_TEXT_FROM ? "#ffffff" : Palette.INK);
        List<Svg.Label> candidates = List.of(
                new Svg.Label(at.x(), at.y() - lh / 2 + font * 0.35, List.of(a.place().label(), value), "middle", font,
                        false, lh, css, paint),
                new Svg.Label(at.x(), at.y() + font * 0.35, List.of(value), "middle", font, false, lh, css, paint));
        return taken.place(candidates.stream().filter(l -> l.box().inside(inner)).toList());
    }

    static List<Legend.Item> legendItems(MapData data) {
        List<Legend.Item> items = new ArrayList<>();
        for (MapData.Band b : data.bands()) {
            items.add(new Legend.Item(b.label(), "bar", css(b.slot()), paint(b.slot())));
        }
        if (data.anyMissing()) items.add(new Legend.Item(data.noData(), "bar", css(0), paint(0)));
        return items;
    }
}
