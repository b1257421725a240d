package io.impactsite.load;

import java.math.BigDecimal;

/**
 * Values are kept exactly as written, but the analysis computes with doubles: a value a double
 * cannot hold would reach a page as Infinity or as 0, a wrong number shown as if it were right.
 */
final class Numbers {
    private Numbers() {}

    /** Whether a double holds the value: finite, and not a non-zero value that would count as 0. */
    static boolean usable(BigDecimal value) {
        double d = value.doubleValue();
        return Double.isFinite(d) && (d != 0 || value.signum() == 0);
    }

    /** What to do about a written value that cannot be used. */
    static String advice(String written) {
        return whyNot(written).startsWith("not a number") ? "Write a number in digits, such as 75.5."
                : "Check the value: is it written as meant?";
    }

    /** Why a written value cannot be used, to end "`1e309` is ...". */
    static String whyNot(String written) {
        BigDecimal value;
        try {
            value = new BigDecimal(written == null ? "" : written.strip());
        } catch (NumberFormatException e) {
            return "not a number (infinity and not-a-number are not values)";
        }
        return Double.isFinite(value.doubleValue()) ? "too small to compute with: it would count as 0"
                : "too large to compute with";
    }
}
