package io.impactsite.render;

import io.impactsite.chart.ChartJson;
import io.impactsite.chart.FlowChart;
import io.impactsite.model.Contribution;
import io.impactsite.model.Goal;
import io.impactsite.model.Network;
import io.impactsite.model.Partner;
import io.impactsite.model.Sector;
import io.impactsite.render.View.Cell;
import io.impactsite.render.View.Link;
import io.impactsite.render.View.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The partner directory, one page per partner, and the activities page (matrix, flows, networks). */
final class PartnerPages {
    private final RenderContext ctx;
    private final Cards cards;
    private final Map<String, String> sectorNames = new LinkedHashMap<>();

    PartnerPages(RenderContext ctx, Cards cards) {
        this.ctx = ctx;
        this.cards = cards;
        ctx.site().initiative().sectors().forEach(s -> sectorNames.put(s.id(), s.name()));
    }

    List<PageJob> jobs() {
        Strings s = ctx.strings();
        List<PageJob> jobs = new ArrayList<>();
        Link directory = new Link(s.get("nav.partners"), ctx.links().page("partners/"));
        jobs.add(PageJob.page("partners/", "partners.ftlh", s.get("nav.partners"), s.get("partners.description"),
                "partners", false, List.of(), this::directory));
        for (Partner p : ctx.site().partners()) {
            jobs.add(PageJob.page("partners/" + p.id() + "/", "partner.ftlh", p.name(), ctx.text(p.description()),
                    "partners", false, List.of(directory), root -> partner(p, root)));
        }
        jobs.add(PageJob.page("activities/", "activities.ftlh", s.get("nav.activities"), s.get("activities.description"),
                "activities", true, List.of(), this::activities));
        return jobs;
    }

    private PageView.Partners directory(String root) {
        List<View.Sector> sectors = new ArrayList<>();
        for (Sector sector : ctx.site().initiative().sectors()) {
            var partners = ctx.site().partners().stream().filter(p -> p.sector().equals(sector.id()))
                    .map(p -> new View.PartnerCard(p.name(), ctx.links().partner(p.id()), sector.name(),
                            ctx.html(p.description(), root),
                            ctx.strings().format("partners.contributions", p.contributions().size()),
                            p.logo().isEmpty() ? "" : p.logo())).toList();
            if (!partners.isEmpty()) sectors.add(new View.Sector(sector.id(), sector.name(), partners));
        }
        return new PageView.Partners(ctx.strings().format("partners.count", ctx.site().partners().size()), sectors);
    }

    private PageView.Partner partner(Partner p, String root) {
        return new PageView.Partner(p.name(), sectorNames.get(p.sector()), p.url(), p.logo(), ctx.html(p.description(), root),
                p.joined() == 0 ? "" : String.valueOf(p.joined()),
                p.networks().stream().map(n -> new Link(network(n).name(), ctx.links().page("activities/") + "#network-" + n))
                        .toList(),
                p.contributions().stream().map(c -> cards.contribution(c, root)).toList());
    }

    /** "42 contributions flow from 7 sectors to 5 goals; the largest flow is from Education to Reading (9)." */
    private String flowSentence(int sectors, int goals, List<FlowChart.Flow> flows) {
        if (flows.isEmpty()) return "";
        FlowChart.Flow largest = flows.stream().max(java.util.Comparator.comparingInt(FlowChart.Flow::count)).orElseThrow();
        return ctx.strings().format("activities.flows.sentence", flows.stream().mapToInt(FlowChart.Flow::count).sum(),
                sectors, goals, largest.from(), largest.to(), largest.count());
    }

    private Network network(String id) {
        return ctx.site().networks().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    private PageView.Activities activities(String root) {
        List<Goal> goals = ctx.site().initiative().agenda().goals();
        List<PageView.MatrixRow> matrix = new ArrayList<>();
        for (Sector sector : ctx.site().initiative().sectors()) {
            for (Partner p : ctx.site().partners()) {
                if (!p.sector().equals(sector.id())) continue;
                matrix.add(new PageView.MatrixRow(cards.partnerLink(p.id()), sector.name(), goals.stream()
                        .map(g -> p.contributions().stream().anyMatch(c -> c.goal().equals(g.id()))).toList()));
            }
        }
        Map<String, Map<String, Integer>> flows = new LinkedHashMap<>();
        for (Sector sector : ctx.site().initiative().sectors()) {
            for (Partner p : ctx.site().partners()) {
                if (!p.sector().equals(sector.id())) continue;
                for (Contribution c : p.contributions()) {
                    flows.computeIfAbsent(sector.name(), k -> new LinkedHashMap<>())
                            .merge(ctx.goals().get(c.goal()).title(), 1, Integer::sum);
                }
            }
        }
        List<FlowChart.Flow> flowList = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        flows.forEach((from, to) -> to.forEach((goal, n) -> {
            flowList.add(new FlowChart.Flow(from, goal, n));
            rows.add(new Row(List.of(new Cell(from, false, false, ""), new Cell(goal, false, false, ""),
                    new Cell(String.valueOf(n), true, false, "")), false));
        }));
        List<String> targets = goals.stream().map(Goal::title)
                .filter(t -> flowList.stream().anyMatch(f -> f.to().equals(t))).toList();
        Strings s = ctx.strings();
        View.Chart chart = flowList.isEmpty() ? null : new View.Chart("chart-flows",
                Html.of(ChartJson.toJson(FlowChart.option(new ArrayList<>(flows.keySet()), targets, flowList))), "", 0,
                ctx.format().locale().toLanguageTag(), s.get("activities.flows.label"));
        View.Table table = new View.Table(s.get("activities.flows.caption"),
                List.of(s.get("activities.sector"), s.get("activities.goal"), s.get("activities.contributions")), rows);
        var networks = ctx.site().networks().stream().map(n -> new View.NetworkView(n.id(), n.name(),
                ctx.html(n.description(), root), n.meets(),
                n.convener().isEmpty() ? null : cards.partnerLink(n.convener()),
                ctx.site().partners().stream().filter(p -> p.networks().contains(n.id()))
                        .map(p -> cards.partnerLink(p.id())).toList(),
                n.goals().stream().map(cards::goalLink).toList())).toList();
        return new PageView.Activities(goals.stream().map(g -> cards.goalLink(g.id())).toList(), matrix, chart,
                flowSentence(flows.size(), targets.size(), flowList), table, networks);
    }
}
