package io.impactsite.model;

import java.util.List;
import java.util.Optional;

/**
 * The shapes of a map, read from a GeoJSON file of the content's {@code assets/}: each place (a
 * district, a county) as polygons in longitude and latitude (WGS 84, as GeoJSON requires).
 *
 * @param file   the GeoJSON file, relative to the content folder
 * @param places in the order the file lists them
 */
public record Geography(String file, List<Place> places) {

    public Geography {
        places = List.copyOf(places);
    }

    /** A point: degrees east and north. */
    public record Position(double lon, double lat) {}

    /** A polygon: its outer ring, then its holes; each ring closed (its last position is its first). */
    public record Polygon(List<List<Position>> rings) {
        public Polygon {
            rings = rings.stream().map(List::copyOf).toList();
        }
    }

    /**
     * One shape.
     *
     * @param code  the feature's {@code id}, or its {@code properties.code} or {@code properties.geocode}
     * @param name  its {@code properties.name}; "" when it has none
     * @param line  the line of the GeoJSON file its feature starts on, for messages
     */
    public record Place(String code, String name, List<Polygon> polygons, int line) {
        public Place {
            polygons = List.copyOf(polygons);
        }

        /** How pages name it: its name, else its code. */
        public String label() {
            return name.isEmpty() ? code : name;
        }
    }

    /** The place a row of data names, by its code or else by its name. */
    public Optional<Place> place(String key) {
        Optional<Place> byCode = places.stream().filter(p -> p.code().equals(key)).findFirst();
        return byCode.isPresent() ? byCode : places.stream().filter(p -> p.name().equals(key)).findFirst();
    }
}
