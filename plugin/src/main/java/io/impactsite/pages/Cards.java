package io.impactsite.pages;

import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.StatusCounts;
import io.impactsite.model.Contribution;
import io.impactsite.model.Goal;
import io.impactsite.model.SystemsChange;
import io.impactsite.model.Update;
import io.impactsite.pages.View.ChangeView;
import io.impactsite.pages.View.GoalCard;
import io.impactsite.pages.View.Link;
import io.impactsite.pages.View.StatusCount;
import io.impactsite.pages.View.UpdateCard;
import java.util.List;

/** Small views that several pages share: goal and update cards, status counts, contributions, changes. */
final class Cards {
    private Cards() {}

    /**
     * A sector's name: the theme's word for a default sector ({@code sector.<id>} in the site's
     * language), the name initiative.yml gives otherwise.
     */
    static String sector(ViewContext c, io.impactsite.model.Sector s) {
        return s.isDefault() ? c.strings().all().getOrDefault("sector." + s.id(), s.name()) : s.name();
    }

    /** Counts by status, in the order of the codes, leaving out those with none. */
    static List<StatusCount> counts(ViewContext c, StatusCounts counts) {
        return counts.present().stream().map(code -> new StatusCount(IndicatorViews.badge(c, code), counts.of(code),
                c.links().status(code))).toList();
    }

    /** "7 of 12 indicators improving". */
    static String headline(ViewContext c) {
        return c.strings().format("headline", c.analysis().improving(), c.analysis().statusCounts().total());
    }

    static GoalCard goal(ViewContext c, Goal g) {
        List<IndicatorAnalysis> of = c.analysis().ofGoal(g.id());
        return new GoalCard(g.id(), g.title(), c.links().goal(g.id()), c.html(g.summary()),
                counts(c, StatusCounts.of(of)), c.strings().format("goal.indicatorCount", of.size()));
    }

    static Link goalLink(ViewContext c, String id) {
        return new Link(c.analysis().goal(id).title(), c.links().goal(id));
    }

    static Link partnerLink(ViewContext c, String id) {
        return new Link(c.analysis().partner(id).name(), c.links().partner(id));
    }

    static Link indicatorLink(ViewContext c, String id) {
        return new Link(c.analysis().byIndicator().get(id).indicator().title(), c.links().indicator(id));
    }

    static UpdateCard update(ViewContext c, Update u) {
        return new UpdateCard(u.title(), c.links().update(u.slug()), c.format().date(u.date()), u.date().toString(),
                u.summary(), u.author(), u.tags().stream().map(t -> new Link(t, c.links().tag(t))).toList(), u.draft());
    }

    static View.Contribution contribution(ViewContext c, Contribution x) {
        boolean ended = c.analysis().activities().ended(x);
        return new View.Contribution(c.analysis().partner(x.partner()).name(), c.links().partner(x.partner()),
                c.analysis().goal(x.goal()).title(), c.links().goal(x.goal()), x.title(),
                x.kind().isEmpty() ? "" : c.strings().get("contribution." + x.kind()),
                c.html(x.description()), x.indicators().stream().map(i -> indicatorLink(c, i)).toList(),
                ActivityViews.term(c, x, ended), ended,
                x.amount() == null ? "" : c.format().money(x.amount().value(), x.amount().currency()),
                ActivityViews.measures(c, x.measures()));
    }

    static ChangeView change(ViewContext c, SystemsChange x) {
        return new ChangeView(x.id(), c.links().change(x.id()), c.format().date(x.date()), x.date().toString(),
                String.valueOf(x.date().getYear()), x.kind().id(), c.strings().get("change." + x.kind().id()), x.title(),
                c.html(x.description()),
                x.goals().stream().map(g -> goalLink(c, g)).toList(),
                x.partners().stream().map(p -> partnerLink(c, p)).toList(),
                x.indicators().stream().map(i -> indicatorLink(c, i)).toList());
    }
}
