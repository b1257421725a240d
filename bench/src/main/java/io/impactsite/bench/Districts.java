package io.impactsite.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The places of Bench County's maps: 8 districts in two rows of four, whose shared corners are
 * moved off the grid (by fixed amounts, not drawn: every initiative has the same county) so that
 * they look like districts rather than boxes. {@link #shapes()} is their GeoJSON file, named by
 * {@code site.map}; the indicators with data by place have a {@code district} column.
 */
final class Districts {
    private Districts() {}

    static final String FILE = "assets/districts.geojson";
    static final String DIMENSION = "district";

    /** Code, name; the first row of four from west to east in the south, then the north. */
    static final String[][] DISTRICTS = {
        {"BC01", "Riverside"}, {"BC02", "Old Town"}, {"BC03", "Millbrook"}, {"BC04", "Harbor Point"},
        {"BC05", "Hillcrest"}, {"BC06", "Lakeview"}, {"BC07", "Peña Heights"}, {"BC08", "North End"},
    };

    static final double WEST = -90.42;
    static final double SOUTH = 38.41;
    static final double STEP = 0.12;

    /** How far each corner of the 5 by 3 grid moves, in steps (x then y), by row from the south. */
    private static final double[][][] SHIFT = {
        {{0, 0}, {0.1, 0.05}, {-0.08, 0.1}, {0.12, 0.04}, {0, 0}},
        {{-0.05, 0.1}, {0.15, -0.12}, {-0.1, 0.18}, {0.2, -0.08}, {0.06, -0.1}},
        {{0, 0}, {-0.12, -0.06}, {0.1, -0.1}, {-0.06, -0.05}, {0, 0}},
    };

    /** A GeoJSON FeatureCollection (RFC 7946). */
    record FeatureCollection(String type, String name, List<Feature> features) {}

    record Feature(String type, String id, Properties properties, Geometry geometry) {}

    record Properties(String code, String name) {}

    /** A Polygon: one ring, counter-clockwise, that ends where it starts. */
    record Geometry(String type, List<List<List<Double>>> coordinates) {}

    static String name(int district) {
        return DISTRICTS[district][1];
    }

    static ContentFile shapes() {
        List<Feature> features = new ArrayList<>();
        for (int d = 0; d < DISTRICTS.length; d++) {
            int x = d % 4;
            int y = d / 4;
            List<List<Double>> ring = List.of(corner(x, y), corner(x + 1, y), corner(x + 1, y + 1), corner(x, y + 1),
                    corner(x, y));
            features.add(new Feature("Feature", DISTRICTS[d][0], new Properties(DISTRICTS[d][0], DISTRICTS[d][1]),
                    new Geometry("Polygon", List.of(ring))));
        }
        return new ContentFile.Json(FILE, new FeatureCollection("FeatureCollection", "bench-county-districts", features));
    }

    /** Longitude, latitude, rounded to 4 decimals (about 10 m). */
    private static List<Double> corner(int x, int y) {
        double[] shift = SHIFT[y][x];
        return List.of(round(WEST + (x + shift[0]) * STEP), round(SOUTH + (y + shift[1]) * STEP));
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
