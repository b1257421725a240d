package io.impactsite.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an indicator's equity chart shows, for both its drawings: each group's latest value, sorted
 * from highest to lowest within its dimension, dimension by dimension in the order the data name
 * them; and the lines to compare them with: the value for everyone ("All") and the target.
 *
 * @param name   the series' name ("Latest")
 * @param groups sorted: see {@link #of}
 * @param all    null when the series has no headline value
 * @param target      null without a target
 * @param groupTarget what a group's own target is called in the legend and tooltip ("" when no group has one)
 */
public record EquityData(String name, String unit, List<Group> groups, Reference all, Reference target,
                         Scale.Bounds bounds, String groupTarget) {

    /**
     * A group's bar.
     *
     * @param dimension "race" ("" when unknown)
     * @param group     "Black"
     * @param text      the value as the page writes it ("38.0%"), for the bar's label
     * @param target    the group's own target, drawn as a diamond on its bar; null when it takes the series'
     */
    public record Group(String dimension, String group, BigDecimal value, String text, BigDecimal target) {
        public Group(String dimension, String group, BigDecimal value, String text) {
            this(dimension, group, value, text, null);
        }

        /** "Race: Black", as the tables name it; the group alone without a dimension. */
        public String label() {
            return dimension.isEmpty() ? group : Character.toUpperCase(dimension.charAt(0)) + dimension.substring(1) + ": " + group;
        }
    }

    /** A line to compare the bars with, and its label ("All: 44.1%", "Target 2030: 80%"). */
    public record Reference(String label, BigDecimal value) {}

    public EquityData {
        groups = List.copyOf(groups);
    }

    /** The data with the groups sorted: highest first within each dimension, dimensions in first-seen order. */
    public static EquityData of(String name, String unit, List<Group> groups, Reference all, Reference target,
                                Scale.Bounds bounds, String groupTarget) {
        Map<String, List<Group>> byDimension = new LinkedHashMap<>();
        groups.forEach(g -> byDimension.computeIfAbsent(g.dimension(), d -> new ArrayList<>()).add(g));
        List<Group> sorted = new ArrayList<>();
        for (List<Group> list : byDimension.values()) {
            list.sort(Comparator.comparing(Group::value).reversed().thenComparing(Group::group));
            sorted.addAll(list);
        }
        return new EquityData(name, unit, sorted, all, target, bounds, groupTarget);
    }

    /** The dimensions in order, each with its groups. */
    public Map<String, List<Group>> byDimension() {
        Map<String, List<Group>> out = new LinkedHashMap<>();
        groups.forEach(g -> out.computeIfAbsent(g.dimension(), d -> new ArrayList<>()).add(g));
        return out;
    }

    /** Whether a group has a target of its own. */
    public boolean groupTargets() {
        return groups.stream().anyMatch(g -> g.target() != null);
    }

    /** Every value the axis must hold: the bars, All, the target and the groups' own targets. */
    List<Double> values() {
        List<Double> all = new ArrayList<>(groups.stream().map(g -> g.value().doubleValue()).toList());
        groups.stream().filter(g -> g.target() != null).forEach(g -> all.add(g.target().doubleValue()));
        if (this.all != null) all.add(this.all.value().doubleValue());
        if (target != null) all.add(target.value().doubleValue());
        return all;
    }
}
