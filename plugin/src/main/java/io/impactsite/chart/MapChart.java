package io.impactsite.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.impactsite.model.Geography;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A map by place as ECharts draws it (a {@code map} series and a piecewise visual map with the same
 * classes and colours as the static SVG), and its shapes as the GeoJSON the theme's script hands to
 * {@code echarts.registerMap}. ECharts Java has no map series: the option is a record of its own,
 * serialised by Jackson.
 */
public final class MapChart {
    /** Below this container width the key beside the map leaves it too small: the static drawing stays. */
    static final int INTERACTIVE_FROM = 480;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private MapChart() {}

    /** The option: its field names are ECharts' own. */
    public record Option(Map<String, Object> aria, Map<String, Object> textStyle, Map<String, Object> tooltip,
                         Map<String, Object> toolbox, VisualMap visualMap, List<MapSeries> series) {}

    /** The classes as ECharts' piecewise visual map, a vertical key at the top left, lowest first as in the SVG. */
    public record VisualMap(String type, List<Piece> pieces, String orient, boolean inverse, int left, int top,
                            Map<String, Object> textStyle, Map<String, Object> outOfRange) {}

    /** One class: {@code gte} its lower break, {@code lt} the next (or {@code lte} for the last). */
    public record Piece(BigDecimal gte, BigDecimal lt, BigDecimal lte, String label, String color) {}

    public record MapSeries(String type, String id, String name, String map, double aspectScale, boolean roam,
                            boolean selectedMode, int left, int right, int top, int bottom, List<Item> data,
                            Map<String, Object> itemStyle, Map<String, Object> emphasis, Map<String, Object> label) {}

    /** A place's value; {@code value} null where it has none (ECharts then paints the series' own area colour). */
    public record Item(String name, BigDecimal value) {}

    /** The name the shapes are registered under: the GeoJSON file's name without its extension. */
    public static String mapName(Geography geography) {
        String file = geography.file().substring(geography.file().lastIndexOf('/') + 1);
        return file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
    }

    public static Option option(MapData data) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < data.bands().size(); i++) {
            MapData.Band b = data.bands().get(i);
            boolean last = i == data.bands().size() - 1;
            pieces.add(new Piece(b.from(), last ? null : b.to(), last ? b.to() : null, b.label(), Palette.MAP[b.slot() - 1]));
        }
        int keyWidth = (int) Math.ceil(data.bands().stream().mapToDouble(b -> Glyphs.width(b.label(), 12)).max().orElse(0)) + 48;
        List<Item> items = data.areas().stream().map(a -> new Item(a.place().label(), a.value())).toList();
        MapSeries series = new MapSeries("map", "map", data.name(), mapName(data.geography()),
                Math.cos(Math.toRadians(middleLatitude(data.geography()))), false, false, keyWidth + 8, 8, 8, 8, items,
                Ordered.map("areaColor", Palette.BG, "borderColor", Palette.MUTED, "borderWidth", 1),
                Ordered.map("label", Ordered.map("show", true, "color", Palette.INK, "fontWeight", "bold"),
                        "itemStyle", Ordered.map("borderColor", Palette.INK, "borderWidth", 2)),
                Ordered.map("show", false));
        return new Option(Look.ariaOff(), Look.text(), Ordered.map("trigger", "item", "confine", true),
                Ordered.map("feature", Ordered.map("saveAsImage", Ordered.map("show", true, "pixelRatio", 2))),
                new VisualMap("piecewise", pieces, "vertical", true, 0, 8, Ordered.map("color", Palette.INK),
                        Ordered.map("color", Palette.BG)),
                List.of(series));
    }

    /** The option as JSON that can sit in a {@code <script type="application/json">} element. */
    public static String json(MapData data) {
        return write(option(data));
    }

    /** The static SVG, narrow and wide. Nothing to switch on or off: no buttons. */
    public static StaticChart svg(MapData data, String title, String description) {
        return new StaticChart("map", title, description,
                List.of(MapSvg.draw(data, Frame.NARROW), MapSvg.draw(data, Frame.WIDE)), List.of(), INTERACTIVE_FROM);
    }

    /** The shapes as a GeoJSON FeatureCollection named as the data name places, coordinates to about a metre. */
    public static String geoJson(MapData data) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (MapData.Area a : data.areas()) {
            List<Object> polygons = new ArrayList<>();
            for (Geography.Polygon p : a.place().polygons()) {
                polygons.add(p.rings().stream().map(ring -> ring.stream()
                        .map(pos -> List.of(round(pos.lon()), round(pos.lat()))).toList()).toList());
            }
            features.add(Ordered.map("type", "Feature", "id", a.place().code(),
                    "properties", Ordered.map("name", a.place().label()),
                    "geometry", Ordered.map("type", "MultiPolygon", "coordinates", polygons)));
        }
        return write(Ordered.map("type", "FeatureCollection", "features", features));
    }

    private static BigDecimal round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static double middleLatitude(Geography g) {
        double lo = g.places().stream().flatMap(p -> p.polygons().stream()).flatMap(p -> p.rings().get(0).stream())
                .mapToDouble(Geography.Position::lat).min().orElse(0);
        double hi = g.places().stream().flatMap(p -> p.polygons().stream()).flatMap(p -> p.rings().get(0).stream())
                .mapToDouble(Geography.Position::lat).max().orElse(0);
        return (lo + hi) / 2;
    }

    private static String write(Object value) {
        try {
            return ChartJson.scriptSafe(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map option could not be written", e);
        }
    }
}
