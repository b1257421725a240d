package io.impactsite.analyse;

import io.impactsite.model.Indicator;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many indicators have each status, in the order of the codes. Planned and in-progress
 * indicators have no status yet: they are not counted, in the total either.
 */
public record StatusCounts(Map<Status.Code, Integer> counts, int total) {

    public static StatusCounts of(Collection<IndicatorAnalysis> analyses) {
        Map<Status.Code, Integer> counts = new EnumMap<>(Status.Code.class);
        List<IndicatorAnalysis> reported = analyses.stream()
                .filter(a -> a.indicator().reporting() == Indicator.Reporting.REPORTED).toList();
        reported.forEach(a -> counts.merge(a.status().code(), 1, Integer::sum));
        return new StatusCounts(java.util.Collections.unmodifiableMap(counts), reported.size());
    }

    public int of(Status.Code code) {
        return counts.getOrDefault(code, 0);
    }

    /** The statuses some indicator has, in the order of the codes. */
    public List<Status.Code> present() {
        return counts.keySet().stream().toList();
    }
}
