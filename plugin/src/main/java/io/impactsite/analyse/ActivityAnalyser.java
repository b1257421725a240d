package io.impactsite.analyse;

import io.impactsite.model.Contribution;
import io.impactsite.model.Goal;
import io.impactsite.model.Indicator;
import io.impactsite.model.Partner;
import io.impactsite.model.Sector;
import io.impactsite.model.Site;
import io.impactsite.model.SystemsChange;
import io.impactsite.model.Update;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The figures of {@link ActivityAnalysis}: a pure function of the site. */
public final class ActivityAnalyser {
    private ActivityAnalyser() {}

    public static ActivityAnalysis analyse(Site site) {
        List<Contribution> all = site.partners().stream().flatMap(p -> p.contributions().stream()).toList();
        List<String> goals = site.initiative().agenda().goals().stream().map(Goal::id).toList();
        Map<String, String> sectorOf = new LinkedHashMap<>();
        site.partners().forEach(p -> sectorOf.put(p.id(), p.sector()));
        Map<String, List<Measures.Group>> measures = new LinkedHashMap<>();
        for (String g : goals) {
            List<Measures.Group> of = Measures.group(all.stream().filter(c -> c.serves(g)).toList());
            if (!of.isEmpty()) measures.put(g, of);
        }
        return new ActivityAnalysis(asOf(site),
                Amounts.byEach(goals, all, Contribution::goals),
                Amounts.by(site.initiative().sectors().stream().map(Sector::id).toList(), all, c -> sectorOf.get(c.partner())),
                Amounts.by(Contribution.KINDS, all, Contribution::kind),
                Collections.unmodifiableMap(measures),
                index(site.indicators().stream().map(Indicator::id).toList(), site.changes(), SystemsChange::indicators),
                index(site.partners().stream().map(Partner::id).toList(), site.changes(), SystemsChange::partners),
                ChangeCounts.perYear(site.changes()),
                aboutGoals(site),
                aboutIndicators(site));
    }

    /** The newest date the content states: of an update or a systems change. */
    static LocalDate asOf(Site site) {
        return Stream.concat(site.updates().stream().map(Update::date), site.changes().stream().map(SystemsChange::date))
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** The changes under each key they name, oldest first, keys in the order given, those with none left out. */
    private static Map<String, List<SystemsChange>> index(List<String> keys, List<SystemsChange> changes,
                                                          Function<SystemsChange, List<String>> named) {
        Map<String, List<SystemsChange>> byKey = byKey(changes, named);
        Map<String, List<SystemsChange>> map = new LinkedHashMap<>();
        for (String k : keys) {
            List<SystemsChange> of = byKey.get(k);
            if (of != null) map.put(k, List.copyOf(of));
        }
        return Collections.unmodifiableMap(map);
    }

    /** A goal's news: what names it, or names one of its indicators. */
    private static Map<String, ActivityAnalysis.News> aboutGoals(Site site) {
        Map<String, ActivityAnalysis.News> map = new LinkedHashMap<>();
        for (Goal g : site.initiative().agenda().goals()) {
            Set<String> indicators = site.indicators().stream().filter(i -> i.goal().equals(g.id())).map(Indicator::id)
                    .collect(Collectors.toSet());
            Predicate<List<String>> anyIndicator = named -> named.stream().anyMatch(indicators::contains);
            map.put(g.id(), news(
                    site.updates().stream().filter(u -> u.goals().contains(g.id()) || anyIndicator.test(u.indicators())).toList(),
                    site.changes().stream().filter(c -> c.goals().contains(g.id()) || anyIndicator.test(c.indicators())).toList()));
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, ActivityAnalysis.News> aboutIndicators(Site site) {
        // grouped in one pass over the updates and changes: a large site has thousands of each
        Map<String, List<Update>> updates = byKey(site.updates(), Update::indicators);
        Map<String, List<SystemsChange>> changes = byKey(site.changes(), SystemsChange::indicators);
        Map<String, ActivityAnalysis.News> map = new LinkedHashMap<>();
        for (Indicator i : site.indicators()) {
            map.put(i.id(), news(updates.getOrDefault(i.id(), List.of()), changes.getOrDefault(i.id(), List.of())));
        }
        return Collections.unmodifiableMap(map);
    }

    /** The items under each key they name, in the items' order, each once per key. */
    private static <T> Map<String, List<T>> byKey(List<T> items, Function<T, List<String>> named) {
        Map<String, List<T>> map = new HashMap<>();
        for (T item : items) {
            for (String key : new LinkedHashSet<>(named.apply(item))) map.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        return map;
    }

    /** News of updates (in the site's order) and changes (given oldest first, as the site has them). */
    private static ActivityAnalysis.News news(List<Update> updates, List<SystemsChange> oldestFirst) {
        List<SystemsChange> changes = new ArrayList<>(oldestFirst);
        Collections.reverse(changes);
        return new ActivityAnalysis.News(List.copyOf(updates), List.copyOf(changes));
    }
}
