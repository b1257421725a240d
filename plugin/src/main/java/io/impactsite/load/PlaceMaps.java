package io.impactsite.load;

import io.impactsite.load.Documents.MapDoc;
import io.impactsite.model.Geography;
import io.impactsite.model.Indicator;
import io.impactsite.model.Observation;
import io.impactsite.model.PlaceMap;
import io.impactsite.model.Series;
import io.impactsite.problem.Problems;
import io.impactsite.problem.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps by place, in two steps. First, with each indicator's YAML: which column holds the places
 * (the one {@code map.dimension} names, or the one whose rows carry a {@code GeoCode}) and which
 * GeoJSON file their shapes are in, from the indicator or from {@code site.map} in initiative.yml.
 * Then, once every indicator is read, each GeoJSON file is read once and every place of the data
 * must have a shape (an error at the CSV row: its values would be missing from the map), and every
 * shape should have a value (a warning at the feature: the map shows it as "no data").
 */
final class PlaceMaps {
    /** {@code site.map}: the shapes (checked) and place column every indicator with such a column is mapped by. */
    record Setting(String shapes, String dimension) {}

    private PlaceMaps() {}

    /** initiative.yml's {@code site.map}; null when there is none or it names no usable file. */
    static Setting setting(MapDoc doc, ContentFolder folder, YamlReader.Lines lines, Fields f) {
        if (doc == null) return null;
        String shapes = shapes(doc, folder, lines, f, "site.map.shapes");
        return shapes.isEmpty() ? null : new Setting(shapes, Fields.optional(doc.dimension()));
    }

    /**
     * The indicator's map as its YAML (or the site's setting) declares it, shapes not yet read;
     * null for none. The site's setting applies quietly, to indicators that have its place column.
     */
    static PlaceMap declared(MapDoc doc, Setting site, List<Series> series, ContentFolder folder, YamlReader.Lines lines,
                             Fields f) {
        if (doc == null && site == null) return null;
        String shapes;
        String dimension = doc == null ? "" : Fields.optional(doc.dimension());
        if (doc != null && !Fields.optional(doc.shapes()).isEmpty()) {
            shapes = shapes(doc, folder, lines, f, "map.shapes");
            if (shapes.isEmpty()) return null;
        } else if (site != null) {
            shapes = site.shapes();
        } else {
            f.error(lines.of(doc), "`map` names no `shapes`: the GeoJSON file of the places' shapes, such as "
                    + "`shapes: assets/districts.geojson` (here, or for every indicator under `site.map` in initiative.yml).");
            return null;
        }
        if (dimension.isEmpty() && site != null) dimension = site.dimension();
        if (series.isEmpty()) return null;   // no data yet (planned), or data already reported as unreadable
        boolean quiet = doc == null;
        List<String> columns = series.stream().flatMap(s -> s.observations().stream())
                .flatMap(o -> o.dimensions().keySet().stream()).distinct().toList();
        if (!dimension.isEmpty()) {
            if (!columns.contains(dimension)) {
                if (!quiet) {
                    f.error(lines.of(doc, "dimension"), "`map.dimension` is `" + dimension + "`, but the data have no such "
                            + "column." + (columns.isEmpty() ? " They have no group columns."
                            : Suggestions.nearest(dimension, columns).map(d -> " Did you mean `" + d + "`?")
                            .orElse(" Their group columns: " + String.join(", ", columns) + ".")));
                }
                return null;
            }
            String d = dimension;
            boolean geoCode = rows(series).anyMatch(o -> o.dimensions().size() == 1 && o.dimensions().containsKey(d)
                    && !o.attributes().getOrDefault(PlaceMap.GEOCODE, "").isBlank());
            return new PlaceMap(shapes, dimension, geoCode, null);
        }
        List<String> coded = codedColumns(series);
        if (coded.size() == 1) return new PlaceMap(shapes, coded.get(0), true, null);
        if (!quiet) {
            f.error(lines.of(doc), coded.isEmpty()
                    ? "`map` names no `dimension`, and no group of the data carries a place code (`GeoCode`). Name the "
                    + "column whose groups are places: `dimension: district`."
                    : "`map` names no `dimension`, and the groups of several columns carry place codes (`GeoCode`): "
                    + String.join(", ", coded) + ". Name the one whose groups are places: `dimension: " + coded.get(0) + "`.");
        }
        return null;
    }

    private static String shapes(MapDoc doc, ContentFolder folder, YamlReader.Lines lines, Fields f, String field) {
        String written = Fields.optional(doc.shapes());
        int line = lines.of(doc, "shapes");
        if (written.isEmpty()) {
            f.error(lines.of(doc), "`" + field.replace(".shapes", "") + "` names no `shapes`: the GeoJSON file of the "
                    + "places' shapes, such as `shapes: assets/districts.geojson`.");
            return "";
        }
        String file = ContentLoader.checkFile(folder, written, written, "", f, line, field);
        if (!file.isEmpty() && !file.endsWith(".geojson") && !file.endsWith(".json")) {
            f.error(line, "`" + field + "` is `" + written + "`, which is not a GeoJSON file. Name a .geojson (or "
                    + ".json) file of the places' shapes.");
            return "";
        }
        return file;
    }

    /** Columns whose single groups carry a GeoCode that the headline rows (the whole area) do not. */
    private static List<String> codedColumns(List<Series> series) {
        Set<String> whole = new HashSet<>();
        rows(series).filter(Observation::isHeadline).forEach(o -> whole.add(o.attributes().getOrDefault(PlaceMap.GEOCODE, "")));
        Set<String> coded = new LinkedHashSet<>();
        rows(series).filter(o -> o.dimensions().size() == 1).forEach(o -> {
            String code = o.attributes().getOrDefault(PlaceMap.GEOCODE, "").strip();
            if (!code.isEmpty() && !whole.contains(code)) coded.add(o.dimensions().keySet().iterator().next());
        });
        return List.copyOf(coded);
    }

    private static java.util.stream.Stream<Observation> rows(List<Series> series) {
        return series.stream().flatMap(s -> s.observations().stream());
    }

    /** Every GeoJSON file the indicators' maps name, each read once; a file that cannot be drawn maps to none. */
    static Map<String, Optional<Geography>> read(ContentFolder folder, List<Indicator> indicators, Problems problems) {
        Map<String, Optional<Geography>> read = new TreeMap<>();
        for (Indicator i : indicators) {
            if (i.map() == null || read.containsKey(i.map().shapes())) continue;
            String file = i.map().shapes();
            read.put(file, folder.read(folder.root().resolve(file), file, problems)
                    .flatMap(text -> GeoJsonReader.read(text, file, problems)));
        }
        return read;
    }

    /** The indicator with its map's shapes, after checking that data and shapes name the same places. */
    static Indicator attach(Indicator i, Map<String, Optional<Geography>> read, Problems problems) {
        PlaceMap m = i.map();
        if (m == null) return i;
        Optional<Geography> shapes = read.getOrDefault(m.shapes(), Optional.empty());
        if (shapes.isEmpty()) return i.withMap(null);
        Geography geo = shapes.get();
        Map<String, Integer> unknown = new LinkedHashMap<>();
        Set<String> valued = new HashSet<>();
        for (Series s : i.series()) {
            for (Observation o : s.observations()) {
                if (!m.isPlace(o)) continue;
                Optional<Geography.Place> place = geo.place(m.key(o));
                if (place.isEmpty()) unknown.putIfAbsent(m.key(o), o.row());
                else if (o.hasValue()) valued.add(place.get().code());
            }
        }
        List<String> labels = geo.places().stream().map(Geography.Place::label).toList();
        unknown.forEach((key, row) -> problems.error(i.dataFile(), row, "the place `" + key + "` ("
                + (m.geoCode() ? PlaceMap.GEOCODE + " of a `" + m.dimension() + "` group" : "`" + m.dimension() + "`")
                + ") has no shape in " + geo.file() + ", so its values cannot be drawn on the map."
                + Suggestions.nearest(key, codesAndNames(geo)).map(n -> " Did you mean `" + n + "`?")
                .orElse(" The shapes are " + String.join(", ", labels) + ".")
                + " Add a feature for it to the GeoJSON, or correct the name."));
        for (Geography.Place p : geo.places()) {
            if (!valued.contains(p.code())) {
                problems.warning(geo.file(), p.line(), "the shape `" + p.code() + "`" + (p.name().isEmpty() ? ""
                        : " (" + p.name() + ")") + " has no value in " + i.dataFile() + ", so the map of " + i.id()
                        + " shows it as having no data. Add its rows (column `" + m.dimension() + "`), or remove the "
                        + "shape if it is not one of the places.");
            }
        }
        return i.withMap(m.with(geo));
    }

    private static Collection<String> codesAndNames(Geography geo) {
        List<String> all = new ArrayList<>();
        geo.places().forEach(p -> {
            all.add(p.code());
            if (!p.name().isEmpty()) all.add(p.name());
        });
        return all;
    }
}
