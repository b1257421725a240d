package io.impactsite.analyse;

import io.impactsite.model.Contribution;
import io.impactsite.model.Goal;
import io.impactsite.model.Partner;
import io.impactsite.model.Site;
import io.impactsite.model.SystemsChange;
import java.util.List;
import java.util.Map;

/**
 * Everything computed about the site as a whole, once, before any page is made: each indicator's
 * analysis, the figures the home page and report card state, and the lookups pages share.
 *
 * @param indicators     each indicator's analysis, in indicator id order
 * @param byIndicator    the same, by indicator id
 * @param byGoal         the analyses of each goal's indicators, by goal id, in goal order
 * @param statusCounts   how many reported indicators have each standing, site-wide: the headline's
 *                       counts, which add up to the number of reported indicators and count only "on
 *                       track" and "target achieved" as success (planned and in-progress indicators
 *                       have no status yet and are not counted)
 * @param dataSpan       the first and last year the indicators' data cover; null without data
 * @param flows          how many contributions go from each sector to each goal: sector id -> goal
 *                       id -> count, sectors in initiative.yml order, goals in the order first met
 * @param toGoal         the contributions to each goal, by goal id, in partner order
 * @param toIndicator    the contributions naming each indicator, by indicator id, in partner order
 * @param changesByGoal  the systems changes that name each goal, by goal id, oldest first
 * @param goals          the goals by id, in initiative.yml order
 * @param partners       the partners by id, in id order
 * @param reporting      per goal id, in goal order, how many of its indicators are reported, in progress, planned
 * @param activities     who does how much, systems changes by indicator and partner, what is said about each
 *                       goal and indicator
 */
public record SiteAnalysis(
        Site site,
        List<IndicatorAnalysis> indicators,
        Map<String, IndicatorAnalysis> byIndicator,
        Map<String, List<IndicatorAnalysis>> byGoal,
        StatusCounts statusCounts,
        YearSpan dataSpan,
        Map<String, Map<String, Integer>> flows,
        Map<String, List<Contribution>> toGoal,
        Map<String, List<Contribution>> toIndicator,
        Map<String, List<SystemsChange>> changesByGoal,
        Map<String, Goal> goals,
        Map<String, Partner> partners,
        Map<String, ReportingCounts> reporting,
        ActivityAnalysis activities) {

    /** How many of a goal's indicators are reported, in progress and planned. */
    public record ReportingCounts(int reported, int inProgress, int planned) {
        public int total() {
            return reported + inProgress + planned;
        }
    }

    /** The first and last year with data. */
    public record YearSpan(int from, int to) {}

    public Goal goal(String id) {
        return require(goals.get(id), "goal", id);
    }

    public Partner partner(String id) {
        return require(partners.get(id), "partner", id);
    }

    private static <T> T require(T found, String what, String id) {
        if (found == null) throw new IllegalStateException("no " + what + " " + id + " (references are checked on loading)");
        return found;
    }

    /** The analyses of a goal's indicators; empty for a goal with none. */
    public List<IndicatorAnalysis> ofGoal(String goal) {
        return byGoal.getOrDefault(goal, List.of());
    }
}
