package io.impactsite.pages;

import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.model.Message;
import io.impactsite.model.Observation;
import io.impactsite.model.Series;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** data/all-indicators.csv: one row per observation of every indicator, a column per dimension. */
public record CombinedCsvPage(List<IndicatorAnalysis> indicators) implements Page {
    public static final Address AT = Address.file("data/all-indicators.csv");

    /** A table written as CSV with a header row. */
    public record CsvTable(List<String> columns, List<List<String>> rows) {}

    @Override public Kind kind() {
        return Kind.DATA_COMBINED;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.text("all-indicators.csv");
    }

    @Override public Address parent() {
        return null;
    }

    @Override public Set<String> sources() {
        return Set.of("indicators/");
    }

    @Override public CsvTable view(ViewContext c) {
        Set<String> dimensions = dimensions(indicators);
        List<String> columns = new ArrayList<>(List.of("indicator", "series", "unit", "period", "value"));
        columns.addAll(dimensions);
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorAnalysis a : indicators) {
            for (Series s : a.indicator().series()) {
                for (Observation o : s.observations()) {
                    List<String> row = new ArrayList<>(List.of(a.indicator().id(), s.name(), s.unit(), o.period().label(),
                            o.value() == null ? "" : o.value().toPlainString()));
                    dimensions.forEach(d -> row.add(o.dimensions().getOrDefault(d, "")));
                    rows.add(row);
                }
            }
        }
        return new CsvTable(columns, rows);
    }

    /** Every dimension of every indicator, in the order first met. */
    static Set<String> dimensions(List<IndicatorAnalysis> indicators) {
        Set<String> dimensions = new LinkedHashSet<>();
        indicators.forEach(a -> a.indicator().series().forEach(s -> s.observations()
                .forEach(o -> dimensions.addAll(o.dimensions().keySet()))));
        return dimensions;
    }
}
