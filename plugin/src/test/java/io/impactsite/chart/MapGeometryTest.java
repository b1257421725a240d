package io.impactsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.impactsite.model.Geography;
import io.impactsite.model.Geography.Place;
import io.impactsite.model.Geography.Polygon;
import io.impactsite.model.Geography.Position;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Maps by place: the projection, the path data, the label points, the classes, the drawings and the option. */
class MapGeometryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final NumberStyle PLAIN = new NumberStyle(Locale.US, false);

    /** A square ring from (x0, y0) to (x1, y1), counterclockwise and closed. */
    static List<Position> square(double x0, double y0, double x1, double y1) {
        return List.of(new Position(x0, y0), new Position(x1, y0), new Position(x1, y1), new Position(x0, y1),
                new Position(x0, y0));
    }

    static Place place(String code, String name, List<Position> ring) {
        return new Place(code, name, List.of(new Polygon(List.of(ring))), 1);
    }

    /** Two places side by side at 60 degrees north: each 1 degree of longitude wide, 1 of latitude high. */
    static Geography northern() {
        return new Geography("assets/two.geojson", List.of(place("W", "West", square(10, 59.5, 11, 60.5)),
                place("E", "East", square(11, 59.5, 12, 60.5))));
    }

    @Test
    void theProjectionKeepsProportionsByTheCosineOfTheMiddleLatitude() {
        // 2 degrees of longitude at 60 degrees north are as long as 1 degree of latitude: the shapes are square.
        Projection p = Projection.fit(northern(), 0, 0, 400, 400);
        Projection.Point nw = p.project(new Position(10, 60.5));
        Projection.Point se = p.project(new Position(12, 59.5));
        assertEquals(0, nw.x(), 1e-6);
        assertEquals(400, se.x(), 1e-6);
        assertEquals(se.x() - nw.x(), se.y() - nw.y(), 0.1, "as wide as high");
        assertEquals(0, nw.y(), 1e-6, "north up");
        assertTrue(Math.abs(Math.cos(Math.toRadians(60)) - p.kx()) < 1e-12);
    }

    @Test
    void theProjectionCentresTheShapesInABoxOfAnotherShape() {
        Projection p = Projection.fit(northern(), 10, 20, 800, 400);   // wider than the shapes: centred across
        assertEquals(210, p.project(new Position(10, 60.5)).x(), 1e-6);
        assertEquals(610, p.project(new Position(12, 59.5)).x(), 1e-6);
        assertEquals(20, p.project(new Position(10, 60.5)).y(), 1e-6);
        assertEquals(420, p.project(new Position(10, 59.5)).y(), 1e-6);
    }

    @Test
    void pathsCloseEachRingAndDrawHolesAsSubpaths() {
        List<Position> outer = square(0, 0, 1, 1);
        List<Position> hole = List.of(new Position(0.25, 0.25), new Position(0.25, 0.75), new Position(0.75, 0.75),
                new Position(0.75, 0.25), new Position(0.25, 0.25));
        Place withHole = new Place("H", "", List.of(new Polygon(List.of(outer, hole)),
                new Polygon(List.of(square(2, 0, 3, 1)))), 1);
        Geography g = new Geography("g.geojson", List.of(withHole));
        Projection p = Projection.fit(g, 0, 0, 300, 100);
        assertEquals("M0 100L100 100L100 0L0 0Z" + "M25 75L25 25L75 25L75 75Z" + "M200 100L300 100L300 0L200 0Z",
                p.path(withHole));
    }

    @Test
    void pointsOnTheSameTenthOfAPixelAreDrawnOnce() {
        List<Position> ring = List.of(new Position(0, 0), new Position(1e-9, 0), new Position(1, 0), new Position(1, 1),
                new Position(0, 1), new Position(0, 0));
        Place p = place("A", "", ring);
        assertEquals("M0 100L100 100L100 0L0 0Z", Projection.fit(new Geography("g", List.of(p)), 0, 0, 100, 100).path(p));
    }

    @Test
    void aLabelGoesInsideItsPlaceEvenWhenTheCentroidIsOutside() {
        // An L-shaped place: its centroid is inside; a thin crescent-like U: its centroid falls in the gap.
        Place l = place("L", "", List.of(new Position(0, 0), new Position(3, 0), new Position(3, 1), new Position(1, 1),
                new Position(1, 3), new Position(0, 3), new Position(0, 0)));
        Place u = place("U", "", List.of(new Position(0, 0), new Position(3, 0), new Position(3, 3), new Position(2.8, 3),
                new Position(2.8, 0.2), new Position(0.2, 0.2), new Position(0.2, 3), new Position(0, 3), new Position(0, 0)));
        for (Place place : List.of(l, u)) {
            Projection p = Projection.fit(new Geography("g", List.of(place)), 0, 0, 300, 300);
            List<Projection.Point> ring = place.polygons().get(0).rings().get(0).stream().map(p::project).toList();
            assertTrue(Projection.inside(p.labelPoint(place), ring), place.code() + "'s label is on it: " + p.labelPoint(place));
        }
    }

    static Map<String, BigDecimal> values(Object... codesAndValues) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) out.put((String) codesAndValues[i], new BigDecimal((String) codesAndValues[i + 1]));
        return out;
    }

    static MapData data(Geography g, Map<String, BigDecimal> values, int decimals) {
        Map<String, String> texts = new LinkedHashMap<>();
        values.forEach((k, v) -> texts.put(k, PLAIN.fixed(v.doubleValue(), decimals)));
        return MapData.of("Latest", "2024", "Places per 100 children", g, values, texts, decimals, PLAIN, "No data");
    }

    @Test
    void classesAreEqualStepsBetweenRoundNumbersAndLabelledToTheValuesPrecision() {
        List<BigDecimal> v = List.of(new BigDecimal("20.1"), new BigDecimal("24.8"), new BigDecimal("37.3"),
                new BigDecimal("41.5"), new BigDecimal("42.0"), new BigDecimal("48.2"));
        List<MapData.Band> bands = MapData.bands(v, 1, PLAIN);
        assertEquals(List.of("20.0\u201329.9", "30.0\u201339.9", "40.0\u201350.0"), bands.stream().map(MapData.Band::label).toList());
        assertEquals(List.of(1, 3, 5), bands.stream().map(MapData.Band::slot).toList(), "spread over the ramp");
        assertEquals(0, MapData.band(bands, new BigDecimal("29.9")));
        assertEquals(1, MapData.band(bands, new BigDecimal("30.0")));
        assertEquals(2, MapData.band(bands, new BigDecimal("50.0")), "the last class holds its upper break");

        List<MapData.Band> five = MapData.bands(List.of(new BigDecimal("1"), new BigDecimal("4.6")), 0, PLAIN);
        assertEquals(List.of("1", "2", "3", "4\u20135"), five.stream().map(MapData.Band::label).toList(),
                "steps of 1 with whole numbers: 1 to 5 in four classes");
        assertEquals(List.of(1, 2, 4, 5), five.stream().map(MapData.Band::slot).toList());
        List<MapData.Band> one = MapData.bands(List.of(new BigDecimal("7.5"), new BigDecimal("7.5")), 1, PLAIN);
        assertEquals(1, one.size());
        assertEquals("7.5", one.get(0).label());
        assertTrue(MapData.bands(List.of(BigDecimal.ONE, BigDecimal.TEN.pow(3)), 0, PLAIN).size() <= MapData.MAX_CLASSES);
    }

    @Test
    void aValueIsClassedAsThePageWritesIt() {
        // 29.96 is written "30.0": it belongs with 30.0, not with 29.9, or the colour would contradict the table.
        Geography g = new Geography("g", List.of(place("A", "", square(0, 0, 1, 1)), place("B", "", square(1, 0, 2, 1)),
                place("C", "", square(2, 0, 3, 1))));
        MapData d = data(g, values("A", "20.0", "B", "29.96", "C", "45.0"), 1);
        assertEquals(new BigDecimal("30.0"), d.areas().get(1).value());
        assertEquals("30.0\u201334.9", d.bands().get(d.areas().get(1).band()).label());
    }

    @Test
    void theDrawingsFillEachPlaceWithItsClassAndLeaveAPlaceWithoutAValueDashed() {
        Geography g = new Geography("g", List.of(place("A", "Alpha", square(0, 0, 1, 1)),
                place("B", "Beta", square(1, 0, 2, 1)), place("C", "Gamma", square(0, 1, 2, 2))));
        MapData d = data(g, values("A", "12.0", "B", "31.0"), 1);
        assertTrue(d.anyMissing());
        StaticChart chart = MapChart.svg(d, "Map", "desc");
        assertEquals("map", chart.kind());
        for (Svg.Drawing drawing : chart.drawings()) {
            List<Svg.Path> places = drawing.shapes().stream().filter(s -> s instanceof Svg.Path p && p.css().startsWith("cs-place"))
                    .map(s -> (Svg.Path) s).toList();
            assertEquals(3, places.size(), drawing.variant());
            assertEquals(List.of("cs-place cs-m1", "cs-place cs-m5", "cs-place cs-nodata"), places.stream().map(Svg.Path::css).toList());
            assertEquals("3 2", places.get(2).paint().dash());
            List<String> keys = drawing.shapes().stream().filter(s -> s instanceof Svg.Label l && l.css().contains("cs-legend-text"))
                    .map(s -> String.join(" ", ((Svg.Label) s).lines())).toList();
            assertEquals(List.of("10.0\u201314.9", "15.0\u201319.9", "20.0\u201324.9", "25.0\u201329.9", "30.0\u201335.0",
                    "No data"), keys, "the key, then no data");
            List<Svg.Label> labels = drawing.shapes().stream().filter(s -> s instanceof Svg.Label l && l.css().startsWith("cs-place-label"))
                    .map(s -> (Svg.Label) s).toList();
            assertTrue(labels.stream().anyMatch(l -> l.lines().contains("31.0") && l.css().endsWith("cs-on-m5")), drawing.variant());
            assertEquals("#ffffff", labels.stream().filter(l -> l.lines().contains("31.0")).findFirst().orElseThrow().paint().fill(),
                    "white on the darkest class");
            for (Svg.Label l : labels) {
                assertTrue(l.box().inside(new Box(0, 0, drawing.width(), drawing.height())), l.lines() + " inside the drawing");
            }
            ChartFixtures.assertLabelsApartAndInside(drawing);
        }
    }

    @Test
    void theOptionHasTheSameClassesAndColoursAndTheShapesTheirNames() throws Exception {
        Geography g = new Geography("assets/riverbend-districts.geojson", List.of(place("A", "Alpha", square(0, 0, 1, 1)),
                place("B", "Beta", square(1, 0, 2, 1))));
        MapData d = data(g, values("A", "12.0", "B", "31.0"), 1);
        JsonNode option = JSON.readTree(MapChart.json(d));
        JsonNode series = option.path("series").get(0);
        assertEquals("map", series.path("type").asText());
        assertEquals("riverbend-districts", series.path("map").asText());
        assertEquals(List.of("Alpha", "Beta"), names(series.path("data")));
        assertEquals(31.0, series.path("data").get(1).path("value").asDouble());
        JsonNode pieces = option.path("visualMap").path("pieces");
        assertEquals(d.bands().size(), pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            assertEquals(Palette.MAP[d.bands().get(i).slot() - 1], pieces.get(i).path("color").asText());
            assertEquals(d.bands().get(i).label(), pieces.get(i).path("label").asText());
        }
        assertTrue(pieces.get(0).has("lt") && !pieces.get(0).has("lte"));
        assertTrue(pieces.get(pieces.size() - 1).has("lte"), "the last class holds its upper break");
        assertFalse(option.path("aria").path("enabled").asBoolean(true), "the site's own description, not ECharts'");

        JsonNode geo = JSON.readTree(MapChart.geoJson(d));
        assertEquals("FeatureCollection", geo.path("type").asText());
        assertEquals(List.of("Alpha", "Beta"), names(geo.path("features").findValues("properties")));
        assertEquals("MultiPolygon", geo.path("features").get(0).path("geometry").path("type").asText());
        assertEquals(5, geo.path("features").get(0).path("geometry").path("coordinates").get(0).get(0).size());
    }

    private static List<String> names(Iterable<JsonNode> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.path("name").asText()));
        return out;
    }

    @Test
    void mapColoursHaveReadableLabelsInBothSchemes() {
        for (int i = 0; i < 5; i++) {
            String text = i + 1 >= Palette.MAP_LIGHT_TEXT_FROM ? "#ffffff" : Palette.INK;
            assertTrue(contrast(Palette.MAP[i], text) >= 4.5, "light class " + (i + 1) + " with " + text);
            String dark = i < 2 ? "#f2f2f2" : "#16191d";   // site.css: .cs-on-m1, m2 light; m3 to m5 dark
            assertTrue(contrast(Palette.MAP_DARK[i], dark) >= 4.5, "dark class " + (i + 1) + " with " + dark);
        }
    }

    private static double contrast(String a, String b) {
        double la = PaletteTest.luminance(a);
        double lb = PaletteTest.luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
