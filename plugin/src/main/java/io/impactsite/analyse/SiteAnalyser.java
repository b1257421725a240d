package io.impactsite.analyse;

import io.impactsite.model.Contribution;
import io.impactsite.model.Goal;
import io.impactsite.model.Indicator;
import io.impactsite.model.Observation;
import io.impactsite.model.Partner;
import io.impactsite.model.Sector;
import io.impactsite.model.Site;
import io.impactsite.model.SystemsChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The site-wide figures and lookups of {@link SiteAnalysis}: a pure function of the site. */
public final class SiteAnalyser {
    private SiteAnalyser() {}

    public static SiteAnalysis analyse(Site site) {
        return analyse(site, null);
    }

    /**
     * The same, reusing {@code previous}'s analysis of every indicator that has not changed (a
     * preview, after an edit): the result is equal to {@code analyse(site)}, and an unchanged
     * indicator's analysis is the very same object, so that comparing the pages made from it is cheap.
     */
    public static SiteAnalysis analyse(Site site, SiteAnalysis previous) {
        Map<String, IndicatorAnalysis> before = previous == null ? Map.of() : previous.byIndicator();
        List<IndicatorAnalysis> analyses = site.indicators().parallelStream().map(i -> {
            IndicatorAnalysis old = before.get(i.id());
            return old != null && old.indicator().equals(i) ? old : Analyser.analyse(i, i.thresholds());
        }).toList();
        Map<String, IndicatorAnalysis> byIndicator = new LinkedHashMap<>();
        analyses.forEach(a -> byIndicator.put(a.indicator().id(), a));
        Map<String, List<IndicatorAnalysis>> byGoal = new LinkedHashMap<>();
        for (Goal g : site.initiative().agenda().goals()) {
            byGoal.put(g.id(), analyses.stream().filter(a -> a.indicator().goal().equals(g.id())).toList());
        }
        Map<String, List<SystemsChange>> changesByGoal = new LinkedHashMap<>();
        for (Goal g : site.initiative().agenda().goals()) {
            changesByGoal.put(g.id(), site.changes().stream().filter(c -> c.goals().contains(g.id())).toList());
        }
        Map<String, SiteAnalysis.ReportingCounts> reporting = new LinkedHashMap<>();
        byGoal.forEach((goal, of) -> reporting.put(goal, new SiteAnalysis.ReportingCounts(
                count(of, Indicator.Reporting.REPORTED), count(of, Indicator.Reporting.IN_PROGRESS),
                count(of, Indicator.Reporting.PLANNED))));
        return new SiteAnalysis(site, analyses, unmodifiable(byIndicator), unmodifiable(byGoal),
                StatusCounts.of(analyses), dataSpan(site), flows(site),
                group(site, Contribution::goals), group(site, Contribution::indicators), unmodifiable(changesByGoal),
                index(site.initiative().agenda().goals(), Goal::id), index(site.partners(), Partner::id),
                unmodifiable(reporting), ActivityAnalyser.analyse(site));
    }

    private static int count(List<IndicatorAnalysis> of, Indicator.Reporting reporting) {
        return (int) of.stream().filter(a -> a.indicator().reporting() == reporting).count();
    }

    /** The years the indicators' values cover. */
    static SiteAnalysis.YearSpan dataSpan(Site site) {
        IntSummaryStatistics years = site.indicators().stream().flatMap(i -> i.series().stream())
                .flatMap(x -> x.observations().stream()).filter(Observation::hasValue)
                .mapToInt(o -> o.period().year()).summaryStatistics();
        return years.getCount() == 0 ? null : new SiteAnalysis.YearSpan(years.getMin(), years.getMax());
    }

    /** Contributions from each sector to each goal, by id; to {@link Contribution#WHOLE_INITIATIVE} for the whole initiative. */
    static Map<String, Map<String, Integer>> flows(Site site) {
        Map<String, Map<String, Integer>> flows = new LinkedHashMap<>();
        for (Sector sector : site.initiative().sectors()) {
            for (Partner p : site.partners()) {
                if (!p.sector().equals(sector.id())) continue;
                for (Contribution c : p.contributions()) {
                    for (String goal : c.servesWholeInitiative() ? List.of(Contribution.WHOLE_INITIATIVE) : c.goals()) {
                        flows.computeIfAbsent(sector.id(), k -> new LinkedHashMap<>()).merge(goal, 1, Integer::sum);
                    }
                }
            }
        }
        flows.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return Collections.unmodifiableMap(flows);
    }

    /** Every contribution under each key it names, in partner order. */
    private static Map<String, List<Contribution>> group(Site site, Function<Contribution, List<String>> keys) {
        Map<String, List<Contribution>> map = new LinkedHashMap<>();
        site.partners().forEach(p -> p.contributions().forEach(c -> keys.apply(c)
                .forEach(k -> map.computeIfAbsent(k, x -> new ArrayList<>()).add(c))));
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.putIfAbsent(id.apply(i), i));
        return Collections.unmodifiableMap(map);
    }

    private static <T> Map<String, T> unmodifiable(Map<String, T> map) {
        return Collections.unmodifiableMap(map);
    }
}
