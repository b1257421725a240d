package io.impactsite.model;

/**
 * A performance measure that the partners declare they count the same way (initiative.yml's
 * {@code measures}): only the values of one shared measure, for one period, are ever summed across
 * contributions. A measure a contribution writes for itself is shown apart, however alike its label.
 *
 * @param definition what counts, and how, so that every partner counts alike; "" when not written
 */
public record SharedMeasure(String id, String label, String unit, String definition) {}
