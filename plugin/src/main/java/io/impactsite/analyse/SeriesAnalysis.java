package io.impactsite.analyse;

import io.impactsite.model.Series;
import java.math.BigDecimal;
import java.util.List;

/**
 * The analysis of one headline series: where it started, where it is, its change and progress,
 * its status, and the same for each of its groups, with the gap between groups per dimension.
 *
 * @param change         latest minus baseline value (in percentage points for percentages); null if unknown
 * @param relativeChange change over the baseline value; null if unknown or the baseline is zero
 * @param progress       share of the distance from baseline to target covered; null without both
 * @param growth         observed compound annual growth rate from baseline to latest (CAGRo); null
 *                       when it cannot be computed (no baseline value, no later value, a value <= 0)
 */
public record SeriesAnalysis(
        Series series,
        Status status,
        BigDecimal change,
        Double relativeChange,
        Double progress,
        Double growth,
        List<GroupAnalysis> groups,
        List<Gap> gaps) {

    /** A group's own status, by the same rules. */
    public record GroupAnalysis(Series.Group group, Status status) {}
}
