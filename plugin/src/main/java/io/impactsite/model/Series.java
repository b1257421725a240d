package io.impactsite.model;

import java.util.List;

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
    public record Group(String dimension, String name, List<Observation> observations) {}

    /** The dimensions this series is disaggregated by, in column order. */
    public List<String> dimensions() {
        return groups.stream().map(Group::dimension).distinct().toList();
    }
}
