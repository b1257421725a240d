package io.impactsite.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One value of an indicator, as one CSV row holds it.
 *
 * @param value      exactly as written; null when the cell is empty or a missing-value marker
 * @param dimensions the row's non-empty disaggregation cells (dimension -> group), in column order;
 *                   empty for the headline series
 * @param attributes notes about the value (Open SDG's observation attributes, {@code note}, {@code status})
 * @param row        the CSV row (the header is row 1)
 */
public record Observation(
        Period period,
        BigDecimal value,
        Map<String, String> dimensions,
        String note,
        boolean provisional,
        Map<String, String> attributes,
        int row) {

    public boolean hasValue() {
        return value != null;
    }

    public boolean isHeadline() {
        return dimensions.isEmpty();
    }
}
