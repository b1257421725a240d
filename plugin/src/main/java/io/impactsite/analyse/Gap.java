package io.impactsite.analyse;

import java.math.BigDecimal;

/**
 * The distance between the best and the worst group of a dimension at the latest period that has
 * groups, and how it changed since the first such period.
 *
 * @param change the gap now minus the gap then; negative when it narrowed; null with one period only
 */
public record Gap(
        String dimension,
        String period,
        String best,
        String worst,
        BigDecimal gap,
        String firstPeriod,
        BigDecimal firstGap,
        BigDecimal change) {}
