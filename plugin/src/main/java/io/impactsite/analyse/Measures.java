package io.impactsite.analyse;

import io.impactsite.model.Contribution;
import io.impactsite.model.PerformanceMeasure;
import io.impactsite.model.PerformanceMeasure.Category;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The performance measures of several contributions (a goal's), side by side. A measure is summed
 * across contributions only when the partners declared it one measure (a shared measure of
 * initiative.yml, so counted alike) and it is for the same question and period; and only when its
 * unit can be added at all: percentages and rates ("92%", "per 1,000") are never summed. Measures
 * each contribution writes for itself are never summed, however alike their labels: two partners'
 * "children served" may count different children. Alike ones are shown side by side.
 */
public final class Measures {
    private Measures() {}

    /** One contribution's value of a measure. */
    public record Report(String partner, String contribution, BigDecimal value) {}

    /** Whether a group's values were added up, and if not, why. */
    public enum Sum {
        /** Two or more values of one measure in a unit that adds up: {@code total} is their sum. */
        SUMMED,
        /** One value: nothing to add; {@code total} is that value. */
        SINGLE,
        /** Two or more percentages or rates: values are shown side by side; {@code total} is null. */
        NOT_ADDITIVE,
        /** Two or more values of measures alike but not declared one: shown side by side; {@code total} is null. */
        NOT_SHARED
    }

    /**
     * One measure as the contributions report it.
     *
     * @param shared the shared measure's id, or "" for measures the contributions wrote for themselves
     * @param total  the sum ({@link Sum#SUMMED}), the one value ({@link Sum#SINGLE}), or null
     */
    public record Group(Category category, String label, String unit, String period, String shared, List<Report> reports,
                        BigDecimal total, Sum sum) {}

    private record Key(Category category, String shared, String label, String unit, String period) {}

    /** The measures of these contributions grouped, question by question, each in the order first met. */
    public static List<Group> group(Collection<Contribution> contributions) {
        Map<Key, List<Report>> grouped = new LinkedHashMap<>();
        Map<Key, PerformanceMeasure> first = new LinkedHashMap<>();   // what a group is called: its first measure
        for (Category category : Category.values()) {
            for (Contribution c : contributions) {
                for (PerformanceMeasure m : c.measures()) {
                    if (m.category() != category) continue;
                    Key key = key(m);
                    first.putIfAbsent(key, m);
                    grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(new Report(c.partner(), c.title(), m.value()));
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((k, reports) -> groups.add(group(first.get(k), List.copyOf(reports))));
        return List.copyOf(groups);
    }

    /** A shared measure is one whatever its values are labelled; a contribution's own, by its words. */
    private static Key key(PerformanceMeasure m) {
        return m.shared().isEmpty() ? new Key(m.category(), "", m.label(), m.unit(), m.period())
                : new Key(m.category(), m.shared(), "", "", m.period());
    }

    private static Group group(PerformanceMeasure m, List<Report> reports) {
        // a percentage cannot be added whoever defines it: that reason first
        Sum sum = reports.size() == 1 ? Sum.SINGLE : !additive(m.unit()) ? Sum.NOT_ADDITIVE
                : m.shared().isEmpty() ? Sum.NOT_SHARED : Sum.SUMMED;
        BigDecimal total = switch (sum) {
            case SINGLE -> reports.get(0).value();
            case SUMMED -> reports.stream().map(Report::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            case NOT_ADDITIVE, NOT_SHARED -> null;
        };
        return new Group(m.category(), m.label(), m.unit(), m.period(), m.shared(), reports, total, sum);
    }

    /** Whether values in this unit can be added: not percentages ("%", "percent") and not rates ("per 1,000"). */
    public static boolean additive(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT);
        return !(u.contains("%") || u.startsWith("percent") || u.startsWith("per cent") || u.startsWith("per ")
                || u.contains(" per ") || u.startsWith("rate") || u.contains(" rate"));
    }
}
