package io.impactsite.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An indicator of shared measurement: what it measures, which way is better, where it started,
 * where it aims to be, and its observations.
 *
 * @param dataFile    the observations' file, relative to the content folder
 * @param dataColumns the columns its first line names, as written
 * @param baseline    the baseline period as written ("2016"); its value comes from the data
 * @param headline    which series or group carries the indicator's status (see {@link HeadlineChoice})
 * @param thresholds  the progress measure's breaks: the site's, with any the indicator sets itself
 * @param reporting   reported (the default), in progress (partial data, no status yet) or planned (no data yet)
 * @param story       the story behind the curve; {@link Story#NONE} when the indicator tells none
 * @param map         its map by place; null when it has none
 */
public record Indicator(
        String id,
        String title,
        String goal,
        Markdown description,
        String unit,
        Measure measure,
        Direction direction,
        int decimals,
        Source source,
        Markdown method,
        Markdown notes,
        String dataFile,
        List<String> dataColumns,
        String baseline,
        List<Target> targets,
        HeadlineChoice headline,
        List<Series> series,
        Thresholds thresholds,
        Story story,
        Reporting reporting,
        PlaceMap map,
        DataDictionary dictionary) {

    /**
     * Whether its data are published: an indicator may be declared before its data exist, as SDG
     * reporting platforms allow; only a reported one has a progress status.
     */
    public enum Reporting {
        REPORTED("reported"), IN_PROGRESS("in-progress"), PLANNED("planned");

        private final String id;

        Reporting(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** How numbers are formatted, and whether a change in them is stated in percentage points. */
    public enum Measure { PERCENT, NUMBER, CURRENCY }

    /** Which way is better. */
    public enum Direction {
        INCREASE(1), DECREASE(-1);

        private final int sign;

        Direction(int sign) {
            this.sign = sign;
        }

        /** {@code d} of the progress measure: +1 where higher is better, -1 where lower is better. */
        public int sign() {
            return sign;
        }
    }

    /** Where the data come from. */
    public record Source(String name, String url) {}

    /**
     * A value to reach by a period, {@code series} naming the unit or series it is for, or "": for the
     * indicator (or that series); for one group of it
     * ({@code dimension} and {@code group}), whose status it sets; or, with {@code dimension} and no
     * group, for the gap between the best and the worst group of that dimension.
     */
    public record Target(String series, String period, java.math.BigDecimal value, String dimension, String group) {
        public Target(String series, String period, java.math.BigDecimal value) {
            this(series, period, value, "", "");
        }

        public boolean forGroup() {
            return !group.isEmpty();
        }

        public boolean forGap() {
            return !dimension.isEmpty() && group.isEmpty();
        }

        /** Whether it is for this series: it names it, or names none. */
        boolean appliesTo(Series s) {
            return series.isEmpty() || series.equals(s.name());
        }
    }

    /**
     * The series and group that carry the status: {@code series} "" means the first; a dimension
     * and group are named where a file has no headline rows, or a cross of several dimensions
     * ({@code cross}: dimension -> group, in the order written) where every row names several.
     */
    public record HeadlineChoice(String series, String dimension, String group, Map<String, String> cross) {
        public static final HeadlineChoice DEFAULT = new HeadlineChoice("", "", "", Map.of());

        public HeadlineChoice(String series, String dimension, String group) {
            this(series, dimension, group, Map.of());
        }
    }

    /** The content files it is read from: its YAML and, when it has one, its data file. */
    public Set<String> files() {
        String yaml = "indicators/" + id + ".yml";
        return dataFile.isEmpty() ? Set.of(yaml) : Set.of(yaml, dataFile);
    }

    /** The same indicator with another map (its shapes read, or none). */
    public Indicator withMap(PlaceMap other) {
        return new Indicator(id, title, goal, description, unit, measure, direction, decimals, source, method, notes,
                dataFile, dataColumns, baseline, targets, headline, series, thresholds, story, reporting, other, dictionary);
    }

    /** The targets that apply to a series as a whole: its own, or those that name no series (none of a group's). */
    public List<Target> targetsFor(Series s) {
        return targets.stream().filter(t -> t.dimension().isEmpty() && t.appliesTo(s)).toList();
    }

    /** The targets for the gap of a dimension in a series. */
    public List<Target> gapTargetsFor(Series s, String dimension) {
        return targets.stream().filter(t -> t.forGap() && t.dimension().equals(dimension) && t.appliesTo(s)).toList();
    }

    /** A group's own targets in a series; empty when the group has none and takes the series' target. */
    public List<Target> targetsFor(Series s, Series.Group g) {
        return targets.stream().filter(t -> t.forGroup() && t.dimension().equals(g.dimension()) && t.group().equals(g.name())
                && t.appliesTo(s)).toList();
    }
}
