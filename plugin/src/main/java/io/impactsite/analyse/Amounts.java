package io.impactsite.analyse;

import io.impactsite.model.Amount;
import io.impactsite.model.Contribution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sums of the amounts of contributions. Amounts in different currencies are never added: there is
 * no rate at which a site could honestly convert them, so each currency gets its own total.
 */
public final class Amounts {
    private Amounts() {}

    /**
     * The sum of some contributions' amounts in one currency, and how many amounts it adds up.
     *
     * @param shared how many of those contributions serve other goals too, and count in full under each
     */
    public record Total(String currency, BigDecimal amount, int contributions, int shared) {}

    /** The amounts of these contributions, one total per currency, currencies in code order; contributions without an amount count for nothing. */
    public static List<Total> byCurrency(Collection<Contribution> contributions) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> shared = new TreeMap<>();
        for (Contribution c : contributions) {
            Amount a = c.amount();
            if (a == null) continue;
            sums.merge(a.currency(), a.value(), BigDecimal::add);
            counts.merge(a.currency(), 1, Integer::sum);
            shared.merge(a.currency(), c.servesSeveralGoals() ? 1 : 0, Integer::sum);
        }
        List<Total> totals = new ArrayList<>();
        sums.forEach((currency, sum) -> totals.add(new Total(currency, sum, counts.get(currency), shared.get(currency))));
        return List.copyOf(totals);
    }

    /**
     * The totals per currency of the contributions under each key (a goal, a sector, a kind), in the
     * order of {@code keys}; a key none of whose contributions has an amount is left out.
     */
    public static Map<String, List<Total>> by(List<String> keys, Collection<Contribution> contributions,
                                              Function<Contribution, String> key) {
        return byEach(keys, contributions, c -> List.of(key.apply(c)));
    }

    /** The same, a contribution counting in full under each of its keys (each goal it serves). */
    public static Map<String, List<Total>> byEach(List<String> keys, Collection<Contribution> contributions,
                                                  Function<Contribution, List<String>> key) {
        Map<String, List<Contribution>> grouped = new LinkedHashMap<>();
        keys.forEach(k -> grouped.put(k, new ArrayList<>()));
        for (Contribution c : contributions) {
            for (String k : key.apply(c)) {
                List<Contribution> of = grouped.get(k);
                if (of != null) of.add(c);
            }
        }
        Map<String, List<Total>> totals = new LinkedHashMap<>();
        grouped.forEach((k, of) -> {
            List<Total> t = byCurrency(of);
            if (!t.isEmpty()) totals.put(k, t);
        });
        return Collections.unmodifiableMap(totals);
    }
}
