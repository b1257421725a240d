package io.impactsite.analyse;

import java.math.BigDecimal;

/**
 * The distance between the best and the worst group of a dimension at the latest period that has
 * groups, and how it changed since the first such period.
 *
 * @param change          the gap now minus the gap then; negative when it narrowed; null with one period only
 * @param projectedPeriod the target period the gap is projected to ("" when it is not): the gap's own
 *                        target's, else the series' target's
 * @param projected       the gap then if the best and the worst group each keep their pace since the
 *                        baseline (their growth rate); null when a pace is unknown
 * @param target          the gap's own target, or null
 */
public record Gap(
        String dimension,
        String period,
        String best,
        String worst,
        BigDecimal gap,
        String firstPeriod,
        BigDecimal firstGap,
        BigDecimal change,
        String projectedPeriod,
        BigDecimal projected,
        BigDecimal target) {

    /** The gap as measured, not yet projected. */
    public Gap(String dimension, String period, String best, String worst, BigDecimal gap, String firstPeriod,
               BigDecimal firstGap, BigDecimal change) {
        this(dimension, period, best, worst, gap, firstPeriod, firstGap, change, "", null, null);
    }

    public Gap projectedTo(String period, BigDecimal value, BigDecimal targetValue) {
        return new Gap(dimension, this.period, best, worst, gap, firstPeriod, firstGap, change, period, value, targetValue);
    }
}
