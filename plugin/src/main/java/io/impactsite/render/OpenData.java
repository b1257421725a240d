package io.impactsite.render;

import io.impactsite.chart.Ordered;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.analyse.Status;
import io.impactsite.model.Indicator;
import io.impactsite.model.Observation;
import io.impactsite.model.Series;
import io.impactsite.model.Site;
import io.impactsite.write.SiteOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The open data under /data/: each indicator's file exactly as the content holds it, its JSON
 * (metadata, observations, computed status: the shape docs/open-data.md documents), one combined
 * tidy CSV, and a Frictionless Data Package descriptor of them all.
 */
final class OpenData {
    static final String COMBINED = "data/all-indicators.csv";
    static final String DATAPACKAGE = "data/datapackage.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final CsvMapper CSV = new CsvMapper();

    private OpenData() {}

    static String csvPath(Indicator i) {
        return "data/" + i.id() + ".csv";
    }

    static String jsonPath(Indicator i) {
        return "data/" + i.id() + ".json";
    }

    static void write(Site site, List<IndicatorAnalysis> analyses, java.nio.file.Path contentRoot, SiteOutput out) {
        for (IndicatorAnalysis a : analyses) {
            out.copy(csvPath(a.indicator()), contentRoot.resolve(a.indicator().dataFile()));
            out.write(jsonPath(a.indicator()), json(indicatorJson(a)));
        }
        out.write(COMBINED, combined(analyses));
        out.write(DATAPACKAGE, json(datapackage(site, analyses)));
    }

    private static Map<String, Object> indicatorJson(IndicatorAnalysis a) {
        Indicator i = a.indicator();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("title", i.title());
        m.put("goal", i.goal());
        m.put("unit", i.unit());
        m.put("measure", i.measure().name().toLowerCase(java.util.Locale.ROOT));
        m.put("direction", i.direction().name().toLowerCase(java.util.Locale.ROOT));
        m.put("source", Ordered.map("name", i.source().name(), "url", i.source().url()));
        m.put("baseline", Map.of("period", i.baseline()));
        m.put("targets", i.targets().stream().map(t -> {
            Map<String, Object> x = new LinkedHashMap<>();
            if (!t.series().isEmpty()) x.put("series", t.series());
            x.put("period", t.period());
            x.put("value", t.value());
            return x;
        }).toList());
        m.put("status", status(a.status()));
        m.put("series", a.series().stream().map(OpenData::seriesJson).toList());
        return m;
    }

    private static Map<String, Object> seriesJson(SeriesAnalysis h) {
        Series s = h.series();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("unit", s.unit());
        m.put("status", status(h.status()));
        m.put("groups", h.groups().stream().map(g -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("dimension", g.group().dimension());
            x.put("group", g.group().name());
            x.put("status", status(g.status()));
            return x;
        }).toList());
        m.put("observations", s.observations().stream().map(OpenData::observationJson).toList());
        return m;
    }

    private static Map<String, Object> observationJson(Observation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", o.period().label());
        m.put("value", o.value());
        if (!o.dimensions().isEmpty()) m.put("groups", o.dimensions());
        if (!o.note().isEmpty()) m.put("note", o.note());
        if (o.provisional()) m.put("provisional", true);
        if (!o.attributes().isEmpty()) m.put("attributes", o.attributes());
        return m;
    }

    /** The stable status shape: code, value, reason, and the points it was computed from. */
    static Map<String, Object> status(Status s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", s.code().id());
        m.put("value", s.value());
        if (!s.reason().isEmpty()) m.put("reason", s.reason());
        m.put("baseline", point(s.baseline()));
        m.put("latest", point(s.latest()));
        m.put("target", point(s.target()));
        return m;
    }

    private static Map<String, Object> point(Status.Point p) {
        if (p == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", p.period());
        m.put("value", p.value());
        return m;
    }

    /** One row per observation of every indicator: indicator, series, unit, period, value, a column per dimension. */
    private static byte[] combined(List<IndicatorAnalysis> analyses) {
        Set<String> dimensions = new LinkedHashSet<>();
        analyses.forEach(a -> a.indicator().series().forEach(s -> s.observations().forEach(o -> dimensions.addAll(o.dimensions().keySet()))));
        CsvSchema.Builder schema = CsvSchema.builder().addColumn("indicator").addColumn("series").addColumn("unit")
                .addColumn("period").addColumn("value");
        dimensions.forEach(schema::addColumn);
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorAnalysis a : analyses) {
            for (Series s : a.indicator().series()) {
                for (Observation o : s.observations()) {
                    List<String> row = new ArrayList<>(List.of(a.indicator().id(), s.name(), s.unit(), o.period().label(),
                            o.value() == null ? "" : o.value().toPlainString()));
                    dimensions.forEach(d -> row.add(o.dimensions().getOrDefault(d, "")));
                    rows.add(row);
                }
            }
        }
        try {
            return CSV.writer(schema.setUseHeader(true).build()).writeValueAsBytes(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> datapackage(Site site, List<IndicatorAnalysis> analyses) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", slug(site.initiative().name()));
        m.put("title", site.initiative().name());
        m.put("profile", "data-package");
        List<Object> resources = new ArrayList<>();
        for (IndicatorAnalysis a : analyses) {
            resources.add(resource(a.indicator().id() + "-csv", a.indicator().id() + ".csv", "csv", "text/csv",
                    a.indicator().title(), csvFields(a.indicator())));
            resources.add(resource(a.indicator().id() + "-json", a.indicator().id() + ".json", "json", "application/json",
                    a.indicator().title() + " (with computed status)", null));
        }
        Set<String> dimensions = new LinkedHashSet<>();
        analyses.forEach(a -> a.indicator().series().forEach(s -> s.observations().forEach(o -> dimensions.addAll(o.dimensions().keySet()))));
        List<Map<String, String>> fields = new ArrayList<>(List.of(field("indicator", "string"), field("series", "string"),
                field("unit", "string"), field("period", "string"), field("value", "number")));
        dimensions.forEach(d -> fields.add(field(d, "string")));
        resources.add(resource("all-indicators", "all-indicators.csv", "csv", "text/csv", "Every observation of every indicator", fields));
        m.put("resources", resources);
        return m;
    }

    /** The file is published as the content holds it, so its own header is the schema. */
    private static List<Map<String, String>> csvFields(Indicator i) {
        return i.dataColumns().stream()
                .map(c -> field(c, c.equalsIgnoreCase("value") ? "number" : "string")).toList();
    }

    private static Map<String, Object> resource(String name, String path, String format, String mediatype, String title,
                                                List<Map<String, String>> fields) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("path", path);
        r.put("format", format);
        r.put("mediatype", mediatype);
        r.put("title", title);
        if (fields != null) r.put("schema", Map.of("fields", fields));
        return r;
    }

    private static Map<String, String> field(String name, String type) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("type", type);
        return f;
    }

    private static String slug(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
