package io.impactsite.model;

import java.util.List;
import java.util.Map;

/**
 * One headline series of an indicator and its groups. Most indicators have one series; an Open SDG
 * file with a {@code Units} or {@code Series} column has one per unit or series.
 *
 * @param name         the unit or series it stands for ("" for an indicator's single series)
 * @param unit         the unit its values are in
 * @param headline     rows with every dimension empty, in period order
 * @param groups       rows with exactly one dimension set, one series per group, dimension by dimension
 * @param observations every row of this series, including cross-classified ones, in file order
 */
public record Series(
        String name,
        String unit,
        List<Observation> headline,
        List<Group> groups,
        List<Observation> observations) {

    /** The values of one group of one dimension (race = Black), in period order. */
    public record Group(String dimension, String name, List<Observation> observations) {
        /** "Race: Black": how charts and tables name the group. */
        public String label() {
            return Series.label(Map.of(dimension, name));
        }
    }

    /** "Race: Black, Income: Low income": the groups of a row, as charts and tables name them. */
    public static String label(Map<String, String> dimensions) {
        StringBuilder out = new StringBuilder();
        dimensions.forEach((d, g) -> {
            if (out.length() > 0) out.append(", ");
            out.append(d.isEmpty() ? d : Character.toUpperCase(d.charAt(0)) + d.substring(1)).append(": ").append(g);
        });
        return out.toString();
    }

    /** The dimensions this series is disaggregated by, in column order. */
    public List<String> dimensions() {
        return groups.stream().map(Group::dimension).distinct().toList();
    }
}
