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
 * across contributions only when it is the same measure: same question (how much, how well, better
 * off), same label, same unit and same period, written the same way; and only when its unit can be
 * added at all: percentages and rates ("92%", "per 1,000") are never summed.
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
        NOT_ADDITIVE
    }

    /**
     * One measure as the contributions report it.
     *
     * @param total the sum ({@link Sum#SUMMED}), the one value ({@link Sum#SINGLE}), or null
     */
    public record Group(Category category, String label, String unit, String period, List<Report> reports,
                        BigDecimal total, Sum sum) {}

    private record Key(Category category, String label, String unit, String period) {}

    /** The measures of these contributions grouped, question by question, each in the order first met. */
    public static List<Group> group(Collection<Contribution> contributions) {
        Map<Key, List<Report>> grouped = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            for (Contribution c : contributions) {
                for (PerformanceMeasure m : c.measures()) {
                    if (m.category() != category) continue;
                    grouped.computeIfAbsent(new Key(category, m.label(), m.unit(), m.period()), k -> new ArrayList<>())
                            .add(new Report(c.partner(), c.title(), m.value()));
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((k, reports) -> groups.add(group(k, List.copyOf(reports))));
        return List.copyOf(groups);
    }

    private static Group group(Key k, List<Report> reports) {
        if (reports.size() == 1) {
            return new Group(k.category(), k.label(), k.unit(), k.period(), reports, reports.get(0).value(), Sum.SINGLE);
        }
        if (!additive(k.unit())) return new Group(k.category(), k.label(), k.unit(), k.period(), reports, null, Sum.NOT_ADDITIVE);
        BigDecimal total = reports.stream().map(Report::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Group(k.category(), k.label(), k.unit(), k.period(), reports, total, Sum.SUMMED);
    }

    /** Whether values in this unit can be added: not percentages ("%", "percent") and not rates ("per 1,000"). */
    public static boolean additive(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT);
        return !(u.contains("%") || u.startsWith("percent") || u.startsWith("per cent") || u.startsWith("per ")
                || u.contains(" per ") || u.startsWith("rate") || u.contains(" rate"));
    }
}
