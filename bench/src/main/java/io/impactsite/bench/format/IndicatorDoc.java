package io.impactsite.bench.format;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** {@code indicators/<id>.yml}. */
public record IndicatorDoc(String title, String goal, String description, String unit, String measure,
                           String direction, Integer decimals, Source source, String method, String data,
                           String periods, Baseline baseline, Target target, List<Target> targets,
                           Headline headline, String notes, Thresholds thresholds, Story story, String reporting,
                           PlaceMap map, Dictionary dictionary) {

    public record Source(String name, String url) {}

    /** The data dictionary: dates as a year, month or day; {@code breaks}: where the series changes how it counts. */
    public record Dictionary(String steward, String updated, String nextRelease, String suppression, List<Break> breaks) {}

    public record Break(String period, String note) {}

    public record Baseline(String period) {}

    /** {@code target}, or one of {@code targets} (which also names its {@code series}). */
    /** {@code dimension} and {@code group}: a group's own target; {@code gap}: a dimension whose gap it is for. */
    public record Target(String series, String period, BigDecimal value, String dimension, String group, String gap) {}

    /** {@code groups}: a cross of groups (column: group) that carries the status; write a sorted or linked map. */
    public record Headline(String series, String dimension, String group, Map<String, String> groups) {}

    /** The story behind the curve, block by block (Markdown). */
    public record Story(String helping, String hurting, List<Role> partners, String whatWorks, String nextSteps) {}

    /** A role in the story: a partner of the site (its id) or another organisation ({@code name}). */
    public record Role(String partner, String name, String role) {}
}
