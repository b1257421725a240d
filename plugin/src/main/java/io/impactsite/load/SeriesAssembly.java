package io.impactsite.load;

import io.impactsite.model.Observation;
import io.impactsite.model.Period;
import io.impactsite.model.Periods;
import io.impactsite.model.Series;
import io.impactsite.problem.Problems;
import java.util.ArrayList;
import java.util.BitSet;
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
    static Optional<Series> build(String name, ObservationReader.SeriesRows rows, Period.Kind kind, CsvLayout layout,
                                  String file, String unit, Problems problems) {
        // the series' kind is one every label of it can be read as; labels of one period share a number
        Map<String, Period> periods = new HashMap<>();
        Map<Long, Integer> periodNumbers = new HashMap<>();
        Map<String, Integer> numberOf = new HashMap<>();
        for (String label : rows.labels.keySet()) {
            Period p = Periods.parse(label, kind).orElseThrow();
            periods.put(label, p);
            numberOf.put(label, periodNumbers.computeIfAbsent(((long) p.year() << 32) | p.sub(), k -> periodNumbers.size()));
        }
        List<Observation> all = new ArrayList<>(rows.rows.size());
        BitSet seen = new BitSet();
        boolean twice = false;
        long width = periodNumbers.size();
        for (ObservationReader.Row row : rows.rows) {
            long bit = row.groups() * width + numberOf.get(row.label());
            if (bit > Integer.MAX_VALUE || seen.get((int) bit)) twice = true;
            else seen.set((int) bit);
            all.add(new Observation(periods.get(row.label()), row.value(), row.dimensions(), row.note(),
                    row.provisional(), row.attributes(), row.line()));
        }
        if (twice && reportTwice(name, rows.rows, periods, file, problems)) return Optional.empty();
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
        return Optional.of(new Series(name, unit, headline, List.copyOf(groups), List.copyOf(all)));
    }

    /**
     * Reports every row that gives a value its series already has, naming both rows; false when there is
     * none after all (groups numbers too large for the quick check).
     */
    private static boolean reportTwice(String name, List<ObservationReader.Row> rows, Map<String, Period> periods,
                                       String file, Problems problems) {
        Map<Key, Integer> seen = new HashMap<>();
        boolean any = false;
        for (ObservationReader.Row row : rows) {
            Period period = periods.get(row.label());
            Integer earlier = seen.putIfAbsent(new Key(period.year(), period.sub(), row.dimensions()), row.line());
            if (earlier != null) {
                problems.error(file, row.line(), "a second value for " + row.label()
                        + (row.dimensions().isEmpty() ? "" : " " + describe(row.dimensions()))
                        + (name.isEmpty() ? "" : " in " + name) + "; the first is on line " + earlier
                        + ". Keep one of them.");
                any = true;
            }
        }
        return any;
    }

    /** Groups as a person reads them: "(race: Black, income: Low income)". */
    private static String describe(Map<String, String> dimensions) {
        List<String> parts = new ArrayList<>();
        dimensions.forEach((d, g) -> parts.add(d + ": " + g));
        return "(" + String.join(", ", parts) + ")";
    }
}
