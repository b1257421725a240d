package io.impactsite.pages;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.model.DataLicense;
import io.impactsite.model.Indicator;
import io.impactsite.model.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** data/datapackage.json: a Frictionless Data Package descriptor of every download. */
public record DataPackagePage(String name, List<IndicatorAnalysis> indicators) implements Page {
    public static final Address AT = Address.file("data/datapackage.json");

    /** @param licenses the open data's licence (Frictionless: name is its SPDX id, path its terms); empty when none is stated */
    public record Descriptor(String name, String title, String profile,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<License> licenses, List<Resource> resources) {}

    public record License(@JsonInclude(JsonInclude.Include.NON_EMPTY) String name,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) String path, String title) {}

    public record Resource(String name, String path, String format, String mediatype, String title,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Schema schema) {}

    public record Schema(List<Field> fields) {}

    public record Field(String name, String type) {}

    @Override public Kind kind() {
        return Kind.DATA_PACKAGE;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.text(name);
    }

    @Override public Address parent() {
        return null;
    }

    @Override public Set<String> sources() {
        return Set.of("indicators/");
    }

    @Override public Descriptor view(ViewContext c) {
        List<Resource> resources = new ArrayList<>();
        for (IndicatorAnalysis a : indicators) {
            Indicator i = a.indicator();
            if (!i.dataFile().isEmpty()) {
                resources.add(new Resource(i.id() + "-csv", i.id() + ".csv", "csv", "text/csv", i.title(),
                        new Schema(i.dataColumns().stream()
                                .map(col -> new Field(col, col.equalsIgnoreCase("value") ? "number" : "string")).toList())));
            }
            resources.add(new Resource(i.id() + "-json", i.id() + ".json", "json", "application/json",
                    c.strings().format("data.json.title", i.title()), null));
        }
        List<Field> fields = new ArrayList<>(List.of(new Field("indicator", "string"), new Field("series", "string"),
                new Field("unit", "string"), new Field("period", "string"), new Field("value", "number")));
        CombinedCsvPage.dimensions(indicators).forEach(d -> fields.add(new Field(d, "string")));
        resources.add(new Resource("all-indicators", "all-indicators.csv", "csv", "text/csv",
                c.strings().get("data.combined.title"), new Schema(fields)));
        DataLicense l = c.site().initiative().settings().dataLicense();
        List<License> licenses = l.stated() ? List.of(new License(l.id(), l.url(), l.name())) : List.of();
        return new Descriptor(slug(name), name, "data-package", licenses, resources);
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
