package io.impactsite.analyse;

import io.impactsite.model.SystemsChange;
import io.impactsite.model.Update;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Who does how much, what changed in the system, and what is said about each goal and indicator:
 * the figures of mutually reinforcing activities, systems change and continuous communication.
 *
 * @param asOf               the site's date: the newest update or systems change; null without either.
 *                           A contribution whose end is before it has ended (never the clock: the same
 *                           content gives the same site)
 * @param amountsByGoal      contribution amounts per goal id, one total per currency, in goal order
 * @param amountsBySector    the same per sector id, in sector order
 * @param amountsByKind      the same per contribution kind, in the kinds' order
 * @param measuresByGoal     the performance measures of each goal's contributions, grouped (see {@link Measures})
 * @param changesByIndicator the systems changes that aim to move each indicator, oldest first
 * @param changesByPartner   the systems changes each partner took part in, oldest first
 * @param changesPerYear     how many changes of each kind each year, first year to last
 * @param aboutGoal          the updates and changes about each goal, directly or through its indicators: its feed
 * @param aboutIndicator     the updates and changes about each indicator: its feed
 */
public record ActivityAnalysis(
        LocalDate asOf,
        Map<String, List<Amounts.Total>> amountsByGoal,
        Map<String, List<Amounts.Total>> amountsBySector,
        Map<String, List<Amounts.Total>> amountsByKind,
        Map<String, List<Measures.Group>> measuresByGoal,
        Map<String, List<SystemsChange>> changesByIndicator,
        Map<String, List<SystemsChange>> changesByPartner,
        List<ChangeCounts.Year> changesPerYear,
        Map<String, News> aboutGoal,
        Map<String, News> aboutIndicator) {

    /** What was said about a goal or an indicator: updates newest first, changes newest first. */
    public record News(List<Update> updates, List<SystemsChange> changes) {
        public static final News NONE = new News(List.of(), List.of());

        public boolean isEmpty() {
            return updates.isEmpty() && changes.isEmpty();
        }
    }

    public List<Amounts.Total> amountsOfGoal(String goal) {
        return amountsByGoal.getOrDefault(goal, List.of());
    }

    public List<SystemsChange> changesOfIndicator(String indicator) {
        return changesByIndicator.getOrDefault(indicator, List.of());
    }

    public List<SystemsChange> changesOfPartner(String partner) {
        return changesByPartner.getOrDefault(partner, List.of());
    }

    public News aboutGoal(String goal) {
        return aboutGoal.getOrDefault(goal, News.NONE);
    }

    public News aboutIndicator(String indicator) {
        return aboutIndicator.getOrDefault(indicator, News.NONE);
    }

    /** Whether a contribution has ended by the site's date. */
    public boolean ended(io.impactsite.model.Contribution c) {
        return c.end() != null && asOf != null && c.end().last().isBefore(asOf);
    }
}
