package io.impactsite.model;

/**
 * An indicator's map: which of its rows are places, and the shapes they are drawn with.
 *
 * @param shapes    the GeoJSON file, relative to the content folder
 * @param dimension the data column whose groups are places ("district")
 * @param geoCode   whether a place row names its shape by its {@code GeoCode} (Open SDG) rather than by its group
 * @param geography the shapes; null until the file has been read (the loader's second step)
 */
public record PlaceMap(String shapes, String dimension, boolean geoCode, Geography geography) {

    public static final String GEOCODE = "GeoCode";

    /** The same map with its shapes read. */
    public PlaceMap with(Geography read) {
        return new PlaceMap(shapes, dimension, geoCode, read);
    }

    /** Whether the row is a place's: the place dimension is its only group, and it names a place. */
    public boolean isPlace(Observation o) {
        return o.dimensions().size() == 1 && o.dimensions().containsKey(dimension) && !key(o).isEmpty();
    }

    /** What the row calls its place: its GeoCode, or its group of the place dimension. */
    public String key(Observation o) {
        String key = geoCode ? o.attributes().get(GEOCODE) : o.dimensions().get(dimension);
        return key == null ? "" : key.strip();
    }
}
