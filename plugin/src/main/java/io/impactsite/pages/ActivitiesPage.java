package io.impactsite.pages;

import io.impactsite.chart.ChartJson;
import io.impactsite.chart.FlowChart;
import io.impactsite.chart.NumberStyle;
import io.impactsite.model.Contribution;
import io.impactsite.model.Goal;
import io.impactsite.model.Message;
import io.impactsite.model.Network;
import io.impactsite.model.Partner;
import io.impactsite.model.Sector;
import io.impactsite.pages.View.Cell;
import io.impactsite.pages.View.Link;
import io.impactsite.pages.View.NetworkView;
import io.impactsite.pages.View.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Mutually reinforcing activities: partners by goal (a matrix), contribution flows from sectors to goals, networks. */
public record ActivitiesPage(List<Network> networks) implements Page {
    public static final Address AT = Address.folder("activities");

    /**
     * {@code amountsBySector}, {@code amountsByKind}: the contributions' amounts, a row per sector (kind)
     * and currency; null when no contribution has an amount.
     */
    public record View(List<Link> goals, List<MatrixRow> matrix, io.impactsite.pages.View.Chart flows,
                       String flowSentence, io.impactsite.pages.View.Table flowTable, List<NetworkView> networks,
                       io.impactsite.pages.View.Table amountsBySector, io.impactsite.pages.View.Table amountsByKind) {}

    public record MatrixRow(Link partner, String sector, List<Boolean> marks) {}

    @Override public Kind kind() {
        return Kind.ACTIVITIES;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("nav.activities");
    }

    @Override public Message description() {
        return Message.of("activities.description");
    }

    @Override public boolean script() {
        return true;
    }

    /** The contribution flows are a Sankey diagram, which only the full chart library draws. */
    @Override public boolean allChartTypes() {
        return true;
    }

    @Override public Set<String> sources() {
        return Set.of("partners/", "networks/");
    }

    @Override public Set<String> anchors() {
        return networks.stream().map(n -> "network-" + n.id()).collect(Collectors.toSet());
    }

    @Override public View view(ViewContext c) {
        var a = c.analysis();
        List<Goal> goals = a.site().initiative().agenda().goals();
        List<Sector> sectors = a.site().initiative().sectors();
        List<MatrixRow> matrix = new ArrayList<>();
        for (Sector sector : sectors) {
            for (Partner p : a.site().partners()) {
                if (!p.sector().equals(sector.id())) continue;
                matrix.add(new MatrixRow(Cards.partnerLink(c, p.id()), Cards.sector(c, sector), goals.stream()
                        .map(g -> p.contributions().stream().anyMatch(x -> x.serves(g.id()))).toList()));
            }
        }
        Strings s = c.strings();
        String whole = s.get("contribution.wholeInitiative");
        List<FlowChart.Flow> flows = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (Sector sector : sectors) {
            Map<String, Integer> to = a.flows().get(sector.id());
            if (to == null) continue;
            String name = Cards.sector(c, sector);
            from.add(name);
            to.forEach((goal, n) -> {
                String title = goal.equals(Contribution.WHOLE_INITIATIVE) ? whole : a.goal(goal).title();
                flows.add(new FlowChart.Flow(name, title, n));
                rows.add(new Row(List.of(new Cell(name, false, false, ""), new Cell(title, false, false, ""),
                        new Cell(String.valueOf(n), true, false, "")), false));
            });
        }
        List<String> targets = java.util.stream.Stream.concat(goals.stream().map(Goal::title), java.util.stream.Stream.of(whole))
                .filter(t -> flows.stream().anyMatch(f -> f.to().equals(t))).toList();
        List<Contribution> flowing = a.site().partners().stream()
                .filter(p -> sectors.stream().anyMatch(x -> x.id().equals(p.sector())))
                .flatMap(p -> p.contributions().stream()).toList();
        String sentence = flowSentence(c, flowing, from.size(), (int) targets.stream().filter(t -> !t.equals(whole)).count(),
                flows);
        var chart = flows.isEmpty() ? null : new io.impactsite.pages.View.Chart("chart-flows",
                Html.of(ChartJson.toJson(FlowChart.option(from, targets, flows))), "", 0,
                c.format().locale().toLanguageTag(), s.get("activities.flows.label"),
                FlowChart.svg(from, targets, flows, new NumberStyle(c.format().locale(), false),
                        s.get("activities.flows.label"), sentence));
        var table = new io.impactsite.pages.View.Table(s.get("activities.flows.caption"),
                List.of(s.get("activities.sector"), s.get("activities.goal"), s.get("activities.contributions")), rows);
        var networkViews = networks.stream().map(n -> new NetworkView(n.id(), c.links().network(n.id()), n.name(),
                c.html(n.description()), n.meets(),
                n.convener().isEmpty() ? null : Cards.partnerLink(c, n.convener()),
                a.site().partners().stream().filter(p -> p.networks().contains(n.id()))
                        .map(p -> Cards.partnerLink(c, p.id())).toList(),
                n.goals().stream().map(g -> Cards.goalLink(c, g)).toList())).toList();
        var activities = a.activities();
        var bySector = activities.amountsBySector().isEmpty() ? null : ActivityViews.amountTable(c,
                s.get("amounts.bySector.caption"), s.get("activities.sector"), activities.amountsBySector(),
                id -> sectors.stream().filter(x -> x.id().equals(id)).map(x -> Cards.sector(c, x)).findFirst().orElse(id));
        var byKind = activities.amountsByKind().isEmpty() ? null : ActivityViews.amountTable(c,
                s.get("amounts.byKind.caption"), s.get("amounts.kind"), activities.amountsByKind(),
                k -> s.get("contribution." + k));
        return new View(goals.stream().map(g -> Cards.goalLink(c, g.id())).toList(), matrix, chart,
                sentence, table, networkViews, bySector, byKind);
    }

    /**
     * "42 contributions flow from 7 sectors to 5 goals; the largest flow is from Education to Reading (9)." The
     * flows add up to more than the contributions when some serve several goals, and the sentence says so.
     */
    private static String flowSentence(ViewContext c, List<Contribution> contributions, int sectors, int goals,
                                       List<FlowChart.Flow> flows) {
        if (flows.isEmpty()) return "";
        FlowChart.Flow largest = flows.stream().max(java.util.Comparator.comparingInt(FlowChart.Flow::count)).orElseThrow();
        long shared = contributions.stream().filter(Contribution::servesSeveralGoals).count();
        long whole = contributions.stream().filter(Contribution::servesWholeInitiative).count();
        Strings s = c.strings();
        return s.format("activities.flows.sentence", contributions.size(), sectors, goals, largest.from(), largest.to(),
                largest.count())
                + (shared == 0 ? "" : " " + s.format("activities.flows.shared", shared,
                        flows.stream().mapToInt(FlowChart.Flow::count).sum()))
                + (whole == 0 ? "" : " " + s.format("activities.flows.whole", whole));
    }
}
