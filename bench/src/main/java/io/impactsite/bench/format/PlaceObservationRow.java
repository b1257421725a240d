package io.impactsite.bench.format;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A row of an indicator's observations CSV that also has places: {@link ObservationRow}'s columns
 * and a third dimension, {@code district}, whose groups are the places of {@code site.map} (a row
 * with a district has no race or income: it is that place's value).
 */
@JsonPropertyOrder({"period", "value", "race", "income", "district"})
public record PlaceObservationRow(String period, String value, String race, String income, String district) {}
