package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.model.Goal;
import io.impactsite.model.Message;
import io.impactsite.pages.View.ChangeView;
import io.impactsite.pages.View.Contribution;
import io.impactsite.pages.View.GoalCard;
import io.impactsite.pages.View.Link;
import java.util.List;
import java.util.Set;

/** One goal: its narrative, its indicators with charts, the partners' contributions and systems changes. */
public record GoalPage(Goal goal, boolean script) implements Page {

    public record View(GoalCard goal, TemplateHTMLOutputModel description, List<IndicatorPanel> indicators,
                       List<Contribution> contributions, List<Link> strategies, List<ChangeView> changes) {}

    /** An indicator shown inside the goal's page: its row, chart, sentence and numbers. */
    public record IndicatorPanel(io.impactsite.pages.View.IndicatorRow row, String sentence,
                                 io.impactsite.pages.View.Chart chart, io.impactsite.pages.View.Table table) {}

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

    @Override public View view(ViewContext c) {
        var a = c.analysis();
        List<IndicatorPanel> panels = a.ofGoal(goal.id()).stream().map(i -> panel(c, i)).toList();
        var contributions = a.toGoal().getOrDefault(goal.id(), List.of()).stream()
                .map(x -> Cards.contribution(c, x)).toList();
        var strategies = a.site().initiative().agenda().strategies().stream().filter(st -> st.goals().contains(goal.id()))
                .map(st -> new Link(st.title(), c.href(AgendaPage.AT) + "#strategy-" + st.id())).toList();
        var changes = a.changesByGoal().getOrDefault(goal.id(), List.of()).stream().map(x -> Cards.change(c, x)).toList();
        return new View(Cards.goal(c, goal), c.html(goal.description()), panels, contributions, strategies, changes);
    }

    private static IndicatorPanel panel(ViewContext c, IndicatorAnalysis a) {
        SeriesAnalysis h = a.headline();
        if (h == null || a.indicator().reporting() != io.impactsite.model.Indicator.Reporting.REPORTED) {
            return new IndicatorPanel(IndicatorViews.row(c, a), "", null, null);
        }
        return new IndicatorPanel(IndicatorViews.row(c, a), IndicatorViews.sentence(c, a.indicator(), h),
                IndicatorViews.chart(c, a.indicator(), h, "chart-" + a.indicator().id()),
                IndicatorViews.table(c, a.indicator(), h));
    }
}
