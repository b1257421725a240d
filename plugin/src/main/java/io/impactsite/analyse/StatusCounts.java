package io.impactsite.analyse;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many indicators have each standing (the status in the site's words), in the order of the
 * standings, and the parts of the headline that states them.
 */
public record StatusCounts(Map<Standing, Integer> counts, int total) {

    public static StatusCounts of(Collection<IndicatorAnalysis> analyses) {
        Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
        analyses.forEach(a -> counts.merge(Standing.of(a.status()), 1, Integer::sum));
        return new StatusCounts(Collections.unmodifiableMap(counts), analyses.size());
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
