package io.impactsite.bench.format;

import java.math.BigDecimal;
import java.util.List;

/** {@code indicators/<id>.yml}. */
public record IndicatorDoc(String title, String goal, String description, String unit, String measure,
                           String direction, Integer decimals, Source source, String method, String data,
                           Baseline baseline, Target target, List<Target> targets, Headline headline,
                           String notes, Thresholds thresholds) {

    public record Source(String name, String url) {}

    public record Baseline(String period) {}

    /** {@code target}, or one of {@code targets} (which also names its {@code series}). */
    public record Target(String series, String period, BigDecimal value) {}

    public record Headline(String series, String dimension, String group) {}
}
