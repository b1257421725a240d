package io.impactsite.analyse;

import io.impactsite.model.Indicator;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many reported indicators have each standing (the status in the site's words), in the order
 * of the standings, and the parts of the headline that states them. Planned and in-progress
 * indicators have no status yet: they are not in the standings nor the total, but counted apart,
 * so that every indicator a page lists is accounted for.
 *
 * @param total      the reported indicators
 * @param inProgress indicators whose data are being collected
 * @param planned    indicators whose data are not collected yet
 */
public record StatusCounts(Map<Standing, Integer> counts, int total, int inProgress, int planned) {

    public static StatusCounts of(Collection<IndicatorAnalysis> analyses) {
        Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
        List<IndicatorAnalysis> reported = analyses.stream()
                .filter(a -> a.indicator().reporting() == Indicator.Reporting.REPORTED).toList();
        reported.forEach(a -> counts.merge(Standing.of(a.status()), 1, Integer::sum));
        return new StatusCounts(Collections.unmodifiableMap(counts), reported.size(),
                count(analyses, Indicator.Reporting.IN_PROGRESS), count(analyses, Indicator.Reporting.PLANNED));
    }

    private static int count(Collection<IndicatorAnalysis> analyses, Indicator.Reporting reporting) {
        return (int) analyses.stream().filter(a -> a.indicator().reporting() == reporting).count();
    }

    /** Every indicator, reported or not: the rows of the report card. */
    public int all() {
        return total + notReported();
    }

    /** In progress or planned: listed, but without a status. */
    public int notReported() {
        return inProgress + planned;
    }

    public int of(Standing standing) {
        return counts.getOrDefault(standing, 0);
    }

    /** The standings some indicator has, in order. */
    public List<Standing> present() {
        return counts.keySet().stream().toList();
    }

    /** On track or target achieved: never "limited progress", never a series without a target. */
    public int succeeding() {
        return of(Standing.TARGET_ACHIEVED) + of(Standing.ON_TRACK);
    }

    /** Judged against a target (succeeding ones included). */
    public int targeted() {
        return counts.entrySet().stream().filter(e -> e.getKey().targeted()).mapToInt(Map.Entry::getValue).sum();
    }

    /** Measured without a target. */
    public int untargeted() {
        return counts.entrySet().stream().filter(e -> e.getKey().untargeted()).mapToInt(Map.Entry::getValue).sum();
    }
}
