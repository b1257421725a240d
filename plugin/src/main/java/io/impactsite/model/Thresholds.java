package io.impactsite.model;

/**
 * The breaks of the progress measure. Defaults are those Statistics Canada published and Open SDG
 * adopted: with a target, the ratio R of observed to required growth; without one, the
 * direction-signed yearly growth rate.
 */
public record Thresholds(double onTrack, double accelerationNeeded, double growthOnTrack, double growthAccelerationNeeded) {
    public static final Thresholds DEFAULT = new Thresholds(0.95, 0.6, 0.015, 0.005);
}
