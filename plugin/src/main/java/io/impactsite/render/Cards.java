package io.impactsite.render;

import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.Status;
import io.impactsite.model.Contribution;
import io.impactsite.model.Goal;
import io.impactsite.model.SystemsChange;
import io.impactsite.model.Update;
import io.impactsite.render.View.ChangeView;
import io.impactsite.render.View.GoalCard;
import io.impactsite.render.View.Link;
import io.impactsite.render.View.StatusCount;
import io.impactsite.render.View.UpdateCard;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Small views that several pages share: goal and update cards, status counts, contributions, changes. */
final class Cards {
    private final RenderContext ctx;

    Cards(RenderContext ctx) {
        this.ctx = ctx;
    }

    /** Counts by status, in the order of the codes, leaving out those with none. */
    List<StatusCount> counts(List<IndicatorAnalysis> analyses) {
        Map<Status.Code, Integer> counts = new EnumMap<>(Status.Code.class);
        analyses.forEach(a -> counts.merge(a.status().code(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new StatusCount(ctx.indicators().badge(e.getKey()), e.getValue(),
                ctx.links().page(IndicatorPages.statusFolder(e.getKey())))).toList();
    }

    /** "7 of 12 indicators improving". */
    String headline(List<IndicatorAnalysis> analyses) {
        long improving = analyses.stream().filter(a -> a.status().code().improving()).count();
        return ctx.strings().format("headline", improving, analyses.size());
    }

    List<IndicatorAnalysis> ofGoal(String goal) {
        return ctx.analyses().stream().filter(a -> a.indicator().goal().equals(goal)).toList();
    }

    GoalCard goal(Goal g, String root) {
        List<IndicatorAnalysis> of = ofGoal(g.id());
        return new GoalCard(g.id(), g.title(), ctx.links().goal(g.id()), ctx.html(g.summary(), root), counts(of),
                ctx.strings().format("goal.indicatorCount", of.size()));
    }

    Link goalLink(String id) {
        Goal g = ctx.goals().get(id);
        return new Link(g.title(), ctx.links().goal(id));
    }

    Link partnerLink(String id) {
        return new Link(ctx.partners().get(id).name(), ctx.links().partner(id));
    }

    Link indicatorLink(String id) {
        return new Link(ctx.byIndicator().get(id).indicator().title(), ctx.links().indicator(id));
    }

    UpdateCard update(Update u) {
        return new UpdateCard(u.title(), ctx.links().update(u.slug()), ctx.format().date(u.date()), u.date().toString(),
                u.summary(), u.author(), u.tags().stream().map(t -> new Link(t, ctx.links().tag(t))).toList());
    }

    View.Contribution contribution(Contribution c, String root) {
        return new View.Contribution(ctx.partners().get(c.partner()).name(), ctx.links().partner(c.partner()),
                ctx.goals().get(c.goal()).title(), ctx.links().goal(c.goal()), c.title(),
                c.kind().isEmpty() ? "" : ctx.strings().get("contribution." + c.kind()),
                ctx.html(c.description(), root), c.indicators().stream().map(this::indicatorLink).toList(),
                c.since() == 0 ? "" : String.valueOf(c.since()));
    }

    ChangeView change(SystemsChange c, String root) {
        return new ChangeView(ctx.format().date(c.date()), c.date().toString(), String.valueOf(c.date().getYear()),
                c.kind().id(), ctx.strings().get("change." + c.kind().id()), c.title(), ctx.html(c.description(), root),
                c.goals().stream().map(this::goalLink).toList(), c.partners().stream().map(this::partnerLink).toList());
    }
}
