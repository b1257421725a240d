package io.impactsite.analyse;

import io.impactsite.model.SystemsChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many systems changes of each kind happened each year: the timeline's chart. */
public final class ChangeCounts {
    private ChangeCounts() {}

    /** One year's changes by kind (every kind, zeros included, in the kinds' order). */
    public record Year(int year, Map<SystemsChange.Kind, Integer> byKind) {
        public int total() {
            return byKind.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Every year from the first change's to the last's, years without a change included; empty without changes. */
    public static List<Year> perYear(List<SystemsChange> changes) {
        if (changes.isEmpty()) return List.of();
        int first = changes.stream().mapToInt(c -> c.date().getYear()).min().orElseThrow();
        int last = changes.stream().mapToInt(c -> c.date().getYear()).max().orElseThrow();
        List<Year> years = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            Map<SystemsChange.Kind, Integer> byKind = new EnumMap<>(SystemsChange.Kind.class);
            for (SystemsChange.Kind k : SystemsChange.Kind.values()) byKind.put(k, 0);
            int year = y;
            changes.stream().filter(c -> c.date().getYear() == year).forEach(c -> byKind.merge(c.kind(), 1, Integer::sum));
            years.add(new Year(y, Collections.unmodifiableMap(byKind)));
        }
        return List.copyOf(years);
    }

    /** The kinds that some change has, in the kinds' order. */
    public static List<SystemsChange.Kind> kinds(List<SystemsChange> changes) {
        return java.util.Arrays.stream(SystemsChange.Kind.values())
                .filter(k -> changes.stream().anyMatch(c -> c.kind() == k)).toList();
    }
}
