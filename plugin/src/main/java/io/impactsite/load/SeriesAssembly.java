package io.impactsite.load;

import io.impactsite.model.Observation;
import io.impactsite.model.Period;
import io.impactsite.model.Periods;
import io.impactsite.model.Series;
import io.impactsite.problem.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rows of one series, once its kind of period is decided, as a {@link Series}: headline and groups. */
final class SeriesAssembly {
    private static final Comparator<Observation> BY_PERIOD = Comparator.comparing(Observation::period);

    private SeriesAssembly() {}

    /** A period and the groups of a row: two rows with the same are the same value given twice. */
    private record Key(int year, int sub, Map<String, String> dimensions) {}

    /** The series; none after reporting rows that give a value twice. */
    static Optional<Series> build(String name, List<ObservationReader.Row> rows, Period.Kind kind, CsvLayout layout,
                                  String file, String unit, Problems problems) {
        Map<String, Period> periods = new HashMap<>();
        Map<Key, Integer> seen = new HashMap<>();
        List<Observation> all = new ArrayList<>(rows.size());
        boolean ok = true;
        for (ObservationReader.Row row : rows) {
            // the series' kind is one every label of it can be read as
            Period period = periods.computeIfAbsent(row.label(), l -> Periods.parse(l, kind).orElseThrow());
            Integer earlier = seen.putIfAbsent(new Key(period.year(), period.sub(), row.dimensions()), row.line());
            if (earlier != null) {
                problems.error(file, row.line(), "a second value for " + row.label()
                        + (row.dimensions().isEmpty() ? "" : " " + describe(row.dimensions()))
                        + (name.isEmpty() ? "" : " in " + name) + "; the first is on line " + earlier
                        + ". Keep one of them.");
                ok = false;
                continue;
            }
            all.add(new Observation(period, row.value(), row.dimensions(), row.note(), row.provisional(),
                    row.attributes(), row.line()));
        }
        if (!ok) return Optional.empty();
        List<Observation> headline = all.stream().filter(Observation::isHeadline).sorted(BY_PERIOD).toList();
        // groups dimension by dimension in column order, each dimension's groups in the order they first appear
        Map<String, Map<String, List<Observation>>> byDimension = new LinkedHashMap<>();
        for (int d : layout.dimensions()) byDimension.put(layout.header()[d], new LinkedHashMap<>());
        for (Observation o : all) {
            if (o.dimensions().size() != 1) continue;
            var only = o.dimensions().entrySet().iterator().next();
            byDimension.get(only.getKey()).computeIfAbsent(only.getValue(), k -> new ArrayList<>()).add(o);
        }
        List<Series.Group> groups = new ArrayList<>();
        byDimension.forEach((dimension, byGroup) -> byGroup.forEach((group, observations) -> {
            observations.sort(BY_PERIOD);
            groups.add(new Series.Group(dimension, group, List.copyOf(observations)));
        }));
        String seriesUnit = rows.get(0).units().isEmpty() ? unit : rows.get(0).units();
        return Optional.of(new Series(name, seriesUnit, headline, List.copyOf(groups), List.copyOf(all)));
    }

    /** Groups as a person reads them: "(race: Black, income: Low income)". */
    private static String describe(Map<String, String> dimensions) {
        List<String> parts = new ArrayList<>();
        dimensions.forEach((d, g) -> parts.add(d + ": " + g));
        return "(" + String.join(", ", parts) + ")";
    }
}
