package io.impactsite.model;

import java.util.Comparator;

/**
 * A period an observation belongs to, as the content wrote it ({@code label}) and as a point in time.
 *
 * @param sub the quarter (1-4) or month (1-12); for a range of years, how many years its last is after
 *            its first (2 for {@code 2003-05}); 0 for years and school years
 */
public record Period(Kind kind, int year, int sub, String label) implements Comparable<Period> {

    public enum Kind {
        YEAR("year", "years"),
        SCHOOL_YEAR("school or fiscal year", "school or fiscal years"),
        RANGE("range of years", "ranges of years"),
        QUARTER("quarter", "quarters"),
        MONTH("month", "months");

        private final String description;
        private final String plural;

        Kind(String description, String plural) {
            this.description = description;
            this.plural = plural;
        }

        public String description() {
            return description;
        }

        /** "school or fiscal years", for messages that speak of several. */
        public String plural() {
            return plural;
        }
    }

    private static final Comparator<Period> ORDER =
            Comparator.comparingInt(Period::year).thenComparingInt(Period::sub);

    /**
     * Time in years, as the progress measure counts it: a school year {@code 2019-20} is 2019, a
     * range {@code 2017-19} its middle (2018), a quarter year + (q - 1) / 4, a month year + (m - 1) / 12.
     */
    public double time() {
        return switch (kind) {
            case YEAR, SCHOOL_YEAR -> year;
            case RANGE -> year + sub / 2.0;
            case QUARTER -> year + (sub - 1) / 4.0;
            case MONTH -> year + (sub - 1) / 12.0;
        };
    }

    /** Two labels of one period ({@code 2019/20} and {@code 2019-20}) are the same period. */
    public boolean samePeriod(Period other) {
        return kind == other.kind && year == other.year && sub == other.sub;
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return label;
    }
}
