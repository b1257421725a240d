package io.impactsite.render;

import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.model.Goal;
import io.impactsite.model.Initiative;
import io.impactsite.model.Observation;
import io.impactsite.model.Partner;
import io.impactsite.render.View.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The home page, the common agenda and one page per goal. */
final class AgendaPages {
    private final RenderContext ctx;
    private final Cards cards;

    AgendaPages(RenderContext ctx, Cards cards) {
        this.ctx = ctx;
        this.cards = cards;
    }

    List<PageJob> jobs() {
        Strings s = ctx.strings();
        Initiative in = ctx.site().initiative();
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(PageJob.page("", "home.ftlh", in.name(), in.tagline(), "", false, List.of(), this::home));
        jobs.add(PageJob.page("agenda/", "agenda.ftlh", s.get("nav.agenda"), s.get("agenda.description"), "agenda", false,
                List.of(), this::agenda));
        jobs.add(PageJob.page("goals/", "goals.ftlh", s.get("goals.title"), s.get("goals.description"), "agenda", false,
                List.of(new Link(s.get("nav.agenda"), ctx.links().page("agenda/"))),
                root -> new PageView.Goals(in.agenda().goals().stream().map(g -> cards.goal(g, root)).toList())));
        for (Goal g : in.agenda().goals()) {
            boolean charts = !cards.ofGoal(g.id()).isEmpty();
            jobs.add(PageJob.page("goals/" + g.id() + "/", "goal.ftlh", g.title(), ctx.text(g.summary()), "agenda",
                    charts, List.of(new Link(s.get("nav.agenda"), ctx.links().page("agenda/")),
                            new Link(s.get("goals.title"), ctx.links().page("goals/"))), root -> goal(g, root)));
        }
        return jobs;
    }

    private PageView.Home home(String root) {
        Initiative in = ctx.site().initiative();
        Map<String, Long> bySector = ctx.site().partners().stream()
                .collect(Collectors.groupingBy(Partner::sector, TreeMap::new, Collectors.counting()));
        List<Link> sectors = in.sectors().stream().filter(x -> bySector.containsKey(x.id()))
                .map(x -> new Link(ctx.strings().format("home.sector", x.name(), bySector.get(x.id())),
                        ctx.links().page("partners/") + "#sector-" + x.id()))
                .toList();
        return new PageView.Home(ctx.html(in.agenda().vision(), root), String.valueOf(in.started()), dataSpan(),
                cards.headline(ctx.analyses()), ctx.links().page("indicators/"), cards.counts(ctx.analyses()),
                in.agenda().goals().stream().map(g -> cards.goal(g, root)).toList(),
                ctx.site().updates().stream().limit(3).map(cards::update).toList(), ctx.links().page("updates/"), sectors,
                ctx.site().partners().size());
    }

    /** "2016–2024": the years the indicators' data cover. */
    private String dataSpan() {
        var periods = ctx.site().indicators().stream().flatMap(i -> i.series().stream())
                .flatMap(x -> x.observations().stream()).filter(Observation::hasValue).map(o -> o.period().year()).toList();
        if (periods.isEmpty()) return "";
        int from = periods.stream().min(Integer::compare).orElseThrow();
        int to = periods.stream().max(Integer::compare).orElseThrow();
        return from == to ? String.valueOf(from) : from + "\u2013" + to;
    }

    private PageView.Agenda agenda(String root) {
        var agenda = ctx.site().initiative().agenda();
        return new PageView.Agenda(ctx.html(agenda.vision(), root), ctx.html(agenda.problem(), root),
                agenda.boundaries().place(), agenda.boundaries().population(), agenda.boundaries().timeframe(),
                agenda.goals().stream().map(g -> cards.goal(g, root)).toList(),
                agenda.strategies().stream().map(st -> new PageView.Strategy(st.id(), st.title(),
                        ctx.html(st.description(), root), st.goals().stream().map(cards::goalLink).toList())).toList());
    }

    private PageView.Goal goal(Goal g, String root) {
        List<PageView.IndicatorPanel> panels = cards.ofGoal(g.id()).stream().map(this::panel).toList();
        var contributions = ctx.contributionsToGoal().getOrDefault(g.id(), List.of()).stream()
                .map(c -> cards.contribution(c, root)).toList();
        var strategies = ctx.site().initiative().agenda().strategies().stream().filter(st -> st.goals().contains(g.id()))
                .map(st -> new Link(st.title(), ctx.links().page("agenda/") + "#strategy-" + st.id())).toList();
        var changes = ctx.site().changes().stream().filter(c -> c.goals().contains(g.id()))
                .map(c -> cards.change(c, root)).toList();
        return new PageView.Goal(cards.goal(g, root), ctx.html(g.description(), root), panels, contributions,
                strategies, changes);
    }

    private PageView.IndicatorPanel panel(IndicatorAnalysis a) {
        var views = ctx.indicators();
        var h = a.headline();
        if (h == null) return new PageView.IndicatorPanel(views.row(a), "", null, null);
        return new PageView.IndicatorPanel(views.row(a), views.sentence(a.indicator(), h),
                views.chart(a.indicator(), h, "chart-" + a.indicator().id()), views.table(a.indicator(), h));
    }



}
