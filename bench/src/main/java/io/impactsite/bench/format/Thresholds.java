package io.impactsite.bench.format;

/** The progress measure's breaks: {@code site.thresholds} in initiative.yml, or an indicator's own. */
public record Thresholds(Double onTrack, Double accelerationNeeded, Double growthOnTrack,
                         Double growthAccelerationNeeded) {}
