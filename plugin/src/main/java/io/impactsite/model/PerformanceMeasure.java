package io.impactsite.model;

import java.math.BigDecimal;

/**
 * A performance measure of a contribution, in the results-based accountability form: how much was
 * done, how well, and is anyone better off (1,240 children screened; 92% screened on time).
 *
 * @param period the period it covers, as written ("2024", "2023-24")
 * @param shared the id of the shared measure it is a value of ({@link SharedMeasure}), or "" for its own
 */
public record PerformanceMeasure(Category category, String label, BigDecimal value, String unit, String period,
                                 String shared) {

    /** A measure the contribution writes for itself: never summed with another's. */
    public PerformanceMeasure(Category category, String label, BigDecimal value, String unit, String period) {
        this(category, label, value, unit, period, "");
    }

    /** This value of a shared measure, with the shared measure's label and unit. */
    public PerformanceMeasure as(SharedMeasure measure) {
        return new PerformanceMeasure(category, measure.label(), value, measure.unit(), period, measure.id());
    }

    /** The three questions of results-based accountability, by the keys the content uses. */
    public enum Category {
        HOW_MUCH("howMuch"), HOW_WELL("howWell"), BETTER_OFF("betterOff");

        private final String key;

        Category(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
