package io.impactsite.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.impactsite.model.Geography;
import io.impactsite.problem.Problems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A map's shapes: a GeoJSON FeatureCollection (RFC 7946) of Polygon and MultiPolygon features, read
 * with Jackson one feature at a time so that every problem names the line its feature starts on.
 * Checked: JSON syntax, the collection's form, one code per feature and no code twice, geometries
 * that are areas, rings of at least four positions that close, and positions that are longitude
 * and latitude (a file exported in metres, say, is refused rather than drawn as nonsense).
 */
final class GeoJsonReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)   // GeoJSON allows foreign members
            .build();

    /** A feature as Jackson binds it: id and properties may be of any JSON type. */
    record FeatureDoc(String type, JsonNode id, JsonNode properties, GeometryDoc geometry) {}

    record GeometryDoc(String type, JsonNode coordinates) {}

    private GeoJsonReader() {}

    /** The shapes of the file's text; none after reporting (as {@code file}) why they cannot be drawn. */
    static Optional<Geography> read(String text, String file, Problems problems) {
        int before = problems.errors().size();
        List<Geography.Place> places = new ArrayList<>();
        String type = null;
        boolean features = false;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.error(file, line(p.currentTokenLocation()), "a map's shapes are a GeoJSON FeatureCollection, "
                        + "an object: {\"type\": \"FeatureCollection\", \"features\": [...]}.");
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("type") && value == JsonToken.VALUE_STRING) {
                    type = p.getText();
                } else if (field.equals("features") && value == JsonToken.START_ARRAY) {
                    features = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        int at = line(p.currentTokenLocation());
                        feature(JSON.readValue(p, FeatureDoc.class), at, file, problems).ifPresent(places::add);
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            JsonLocation at = e.getLocation();
            problems.error(file, line(at), at == null ? 0 : Math.max(0, at.getColumnNr()), "this is not a GeoJSON feature: "
                    + "its `" + e.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]"
                    : r.getFieldName()).reduce((a, b) -> a + "." + b).orElse("") + "` has the wrong form. A feature is "
                    + "{\"type\": \"Feature\", \"properties\": {...}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [...]}}.");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.error(file, line(at), at == null ? 0 : Math.max(0, at.getColumnNr()), "this is not valid JSON ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "). Check the brackets, commas and quotes "
                    + "up to here, or export the file again from your mapping tool as GeoJSON.");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(file, 0, "cannot be read (" + e.getMessage() + ").");
            return Optional.empty();
        }
        if (!"FeatureCollection".equals(type) || !features) {
            problems.error(file, 1, (type == null ? "the file names no `type`" : "the file is a " + type)
                    + (features ? "" : " with no `features` list") + ", but a map's shapes are a FeatureCollection: "
                    + "{\"type\": \"FeatureCollection\", \"features\": [...]}.");
            return Optional.empty();
        }
        if (places.isEmpty() && problems.errors().size() == before) {
            problems.error(file, 1, "the FeatureCollection has no features: add a Polygon or MultiPolygon feature for "
                    + "each place.");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Geography.Place place : places) {
            Integer first = seen.putIfAbsent(place.code(), place.line());
            if (first != null) {
                problems.error(file, place.line(), "the code `" + place.code() + "` is also the code of the feature on "
                        + "line " + first + ". Each shape needs a code of its own.");
            }
        }
        return problems.errors().size() == before ? Optional.of(new Geography(file, places)) : Optional.empty();
    }

    private static Optional<Geography.Place> feature(FeatureDoc f, int line, String file, Problems problems) {
        if (!"Feature".equals(f.type())) {
            problems.error(file, line, "this item of `features` is " + (f.type() == null ? "not a Feature (it has no "
                    + "`type`)" : "a " + f.type() + ", not a Feature") + ". Each item is {\"type\": \"Feature\", "
                    + "\"properties\": {...}, \"geometry\": {...}}.");
            return Optional.empty();
        }
        String code = text(f.id());
        if (code.isEmpty()) code = text(property(f, "code"));
        if (code.isEmpty()) code = text(property(f, "geocode"));
        String name = text(property(f, "name"));
        String which = code.isEmpty() ? (name.isEmpty() ? "this feature" : "the feature `" + name + "`")
                : "the feature `" + code + "`";
        if (code.isEmpty()) {
            problems.error(file, line, which + " has no code. Give it an \"id\" (or \"code\" in its \"properties\") "
                    + "that the data's place column or GeoCode uses.");
            return Optional.empty();
        }
        GeometryDoc g = f.geometry();
        if (g == null || g.type() == null) {
            problems.error(file, line, which + " has no geometry. Draw its area as a Polygon or MultiPolygon.");
            return Optional.empty();
        }
        Coordinates c = new Coordinates(file, line, which, problems);
        List<Geography.Polygon> polygons = switch (g.type()) {
            case "Polygon" -> c.polygon(g.coordinates()).map(List::of).orElse(null);
            case "MultiPolygon" -> c.polygons(g.coordinates());
            default -> {
                problems.error(file, line, which + " is a " + g.type() + ", but a map colours areas: its geometry must "
                        + "be a Polygon or MultiPolygon.");
                yield null;
            }
        };
        return polygons == null ? Optional.empty() : Optional.of(new Geography.Place(code, name, polygons, line));
    }

    private static JsonNode property(FeatureDoc f, String name) {
        return f.properties() == null ? null : f.properties().get(name);
    }

    /** A code or name: text or a number as written; "" for none. */
    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? "" : node.asText().strip();
    }

    static int line(JsonLocation at) {
        return at == null || at.getLineNr() <= 0 ? 0 : at.getLineNr();
    }

    /** Reads coordinates, reporting the first thing wrong with them for the feature. */
    private record Coordinates(String file, int line, String which, Problems problems) {
        private static final String FORM = " A Polygon's coordinates are a list of rings, each a list of "
                + "[longitude, latitude] positions ending where it starts.";

        List<Geography.Polygon> polygons(JsonNode node) {
            if (node == null || !node.isArray() || node.isEmpty()) return wrong("a MultiPolygon's coordinates are a "
                    + "list of polygons.");
            List<Geography.Polygon> out = new ArrayList<>();
            for (JsonNode polygon : node) {
                Optional<Geography.Polygon> p = polygon(polygon);
                if (p.isEmpty()) return null;
                out.add(p.get());
            }
            return out;
        }

        Optional<Geography.Polygon> polygon(JsonNode node) {
            if (node == null || !node.isArray() || node.isEmpty()) return Optional.ofNullable(wrong("its coordinates "
                    + "are not a list of rings." + FORM));
            List<List<Geography.Position>> rings = new ArrayList<>();
            for (JsonNode ring : node) {
                List<Geography.Position> positions = ring(ring, rings.size() + 1);
                if (positions == null) return Optional.empty();
                rings.add(positions);
            }
            return Optional.of(new Geography.Polygon(rings));
        }

        private List<Geography.Position> ring(JsonNode node, int n) {
            if (node == null || !node.isArray()) return wrong("ring " + n + " is not a list of positions." + FORM);
            List<Geography.Position> positions = new ArrayList<>();
            for (JsonNode position : node) {
                if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                    return wrong("ring " + n + " has `" + position + "` where a position [longitude, latitude] belongs." + FORM);
                }
                double lon = position.get(0).asDouble();
                double lat = position.get(1).asDouble();
                if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
                    return wrong("[" + position.get(0) + ", " + position.get(1) + "] is not a longitude and latitude in "
                            + "degrees. Export the file in WGS 84 (EPSG:4326), as GeoJSON requires, rather than in a "
                            + "projection in metres.");
                }
                positions.add(new Geography.Position(lon, lat));
            }
            if (positions.size() < 4) {
                return wrong("ring " + n + " has " + positions.size() + " position" + (positions.size() == 1 ? "" : "s")
                        + ", but a ring needs at least four: three corners and the first again to close it.");
            }
            if (!positions.get(0).equals(positions.get(positions.size() - 1))) {
                return wrong("ring " + n + " does not close: its last position must be its first, " + describe(positions.get(0)) + ".");
            }
            return positions;
        }

        private static String describe(Geography.Position p) {
            return "[" + number(p.lon()) + ", " + number(p.lat()) + "]";
        }

        private static String number(double v) {
            return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }

        private <T> T wrong(String what) {
            problems.error(file, line, "in " + which + ", " + what);
            return null;
        }
    }
}
