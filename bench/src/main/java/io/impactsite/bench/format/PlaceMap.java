package io.impactsite.bench.format;

/**
 * A map by place: the CSV column whose groups are places and the GeoJSON file of their shapes
 * ({@code site.map} in initiative.yml, or an indicator's {@code map}).
 */
public record PlaceMap(String dimension, String shapes) {}
