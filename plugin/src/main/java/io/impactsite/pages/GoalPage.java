package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.analyse.ActivityAnalysis;
import io.impactsite.model.Goal;
import io.impactsite.model.Message;
import io.impactsite.pages.ActivityViews.AmountLine;
import io.impactsite.pages.ActivityViews.MeasureGroup;
import io.impactsite.pages.View.ChangeView;
import io.impactsite.pages.View.Contribution;
import io.impactsite.pages.View.GoalCard;
import io.impactsite.pages.View.IndicatorRow;
import io.impactsite.pages.View.Link;
import io.impactsite.pages.View.UpdateCard;
import java.util.List;
import java.util.Set;

/**
 * One goal: its narrative, a compact summary of each of its indicators (status, latest value, target,
 * sparkline and the sentence that sums it up, with a link to the indicator's own page, where its chart
 * and every value are), the partners' contributions, who does how much, and systems changes. It draws
 * no chart.
 *
 * @param asOf the site's date, which says whether a contribution has ended (see {@code ActivityAnalysis})
 * @param news the latest updates about the goal, newest first: in the record, so that the preview renders
 *             the page again when they change, and only then
 */
public record GoalPage(Goal goal, java.time.LocalDate asOf, List<io.impactsite.model.Update> news) implements Page {
    /** How many of the latest updates about a goal or an indicator its page lists. */
    static final int NEWS = 3;

    public record View(GoalCard goal, TemplateHTMLOutputModel description, List<IndicatorSummary> indicators,
                       List<Contribution> contributions, List<Link> strategies, List<ChangeView> changes,
                       Activity activity) {}

    /** An indicator on its goal's page: its row (status, figures, sparkline) and its sentence. */
    public record IndicatorSummary(IndicatorRow row, String sentence) {}

    /**
     * Who does how much for the goal and what is said about it: the amounts of its contributions
     * (per currency), their performance measures, its feed and latest updates.
     */
    public record Activity(List<AmountLine> amounts, List<MeasureGroup> measures, Link feed, List<UpdateCard> updates) {}

    public static Address at(String id) {
        return Address.folder("goals", id);
    }

    @Override public Kind kind() {
        return Kind.GOAL;
    }

    @Override public Address address() {
        return at(goal.id());
    }

    @Override public String key() {
        return goal.id();
    }

    @Override public Message title() {
        return Message.text(goal.title());
    }

    @Override public Message description() {
        return Message.markdown(goal.summary());
    }

    @Override public Address parent() {
        return GoalsPage.AT;
    }

    @Override public Set<String> sources() {
        return Set.of("indicators/", "partners/", "changes.yml");
    }

    @Override public Address feed() {
        return TopicFeedPage.ofGoal(goal.id());
    }

    @Override public View view(ViewContext c) {
        var a = c.analysis();
        ActivityAnalysis activities = a.activities();
        List<IndicatorSummary> summaries = a.ofGoal(goal.id()).stream().map(i -> new IndicatorSummary(c.row(i),
                i.headline() == null || i.indicator().reporting() != io.impactsite.model.Indicator.Reporting.REPORTED ? ""
                        : IndicatorViews.sentence(c, i.indicator(), i.headline())))
                .toList();
        var contributions = a.toGoal().getOrDefault(goal.id(), List.of()).stream()
                .map(x -> Cards.contribution(c, x)).toList();
        var strategies = a.site().initiative().agenda().strategies().stream().filter(st -> st.goals().contains(goal.id()))
                .map(st -> new Link(st.title(), c.href(AgendaPage.AT) + "#strategy-" + st.id())).toList();
        var changes = a.changesByGoal().getOrDefault(goal.id(), List.of()).stream().map(x -> Cards.change(c, x)).toList();
        var activity = new Activity(ActivityViews.amounts(c, activities.amountsOfGoal(goal.id())),
                ActivityViews.measureGroups(c, activities.measuresByGoal().getOrDefault(goal.id(), List.of())),
                new Link(c.strings().format("feed.subscribe", goal.title()), c.href(feed())),
                news.stream().map(u -> Cards.update(c, u)).toList());
        return new View(Cards.goal(c, goal), c.html(goal.description()), summaries, contributions, strategies, changes, activity);
    }
}
