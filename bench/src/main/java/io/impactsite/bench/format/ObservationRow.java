package io.impactsite.bench.format;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One row of an indicator's observations CSV as the generator lays it out: the period, the value
 * (a number, or {@code NA} for a suppressed cell) and its two disaggregation dimensions, empty
 * meaning "all" (a row with both empty is the headline series).
 */
@JsonPropertyOrder({"period", "value", "race", "income"})
public record ObservationRow(String period, String value, String race, String income) {}
