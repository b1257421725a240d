package io.impactsite.pages;

import io.impactsite.analyse.ChangeCounts;
import io.impactsite.chart.ChartJson;
import io.impactsite.chart.ColumnChart;
import io.impactsite.chart.ColumnData;
import io.impactsite.chart.NumberStyle;
import io.impactsite.model.Message;
import io.impactsite.model.SystemsChange;
import io.impactsite.pages.View.Cell;
import io.impactsite.pages.View.ChangeView;
import io.impactsite.pages.View.Filter;
import io.impactsite.pages.View.Row;
import io.impactsite.pages.View.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The systems-change timeline: every change, newest first, with a chart and table of changes per
 * year by kind (systems-change/); or the changes of one kind (systems-change/services/), so that
 * the timeline narrows by kind without script.
 *
 * @param changes every change of the site, oldest first
 * @param only    the kind this page lists; empty for every kind
 */
public record SystemsChangePage(List<SystemsChange> changes, Optional<SystemsChange.Kind> only) implements Page {
    public static final Address AT = Address.folder("systems-change");

    /**
     * @param filters "all kinds" and each kind that has changes, the current one marked
     * @param chart   changes per year by kind; null on a kind's page and without changes
     */
    public record View(String heading, List<Filter> filters, List<ChangeView> changes, io.impactsite.pages.View.Chart chart,
                       String sentence, Table table) {}

    public static Address at(SystemsChange.Kind kind) {
        return Address.folder("systems-change", kind.id());
    }

    /** The fragment of a change on the timeline. */
    public static String anchor(String id) {
        return "change-" + id;
    }

    @Override public Kind kind() {
        return only.isEmpty() ? Kind.SYSTEMS_CHANGE : Kind.CHANGE_KIND;
    }

    @Override public Address address() {
        return only.map(SystemsChangePage::at).orElse(AT);
    }

    @Override public String key() {
        return only.map(SystemsChange.Kind::id).orElse("");
    }

    @Override public Message title() {
        return only.map(k -> Message.of("changes.kindTitle", Message.of("change." + k.id()))).orElse(Message.of("nav.changes"));
    }

    @Override public Message description() {
        return Message.of("changes.description");
    }

    @Override public Address parent() {
        return only.isEmpty() ? Address.HOME : AT;
    }

    @Override public boolean script() {
        return only.isEmpty() && !changes.isEmpty();
    }

    @Override public Set<String> sources() {
        return Set.of("changes.yml", "partners/", "indicators/");
    }

    @Override public View view(ViewContext c) {
        Strings s = c.strings();
        List<Filter> filters = new ArrayList<>();
        filters.add(new Filter(s.format("changes.kind", s.get("changes.all"), changes.size()), c.href(AT), "all",
                only.isEmpty()));
        for (SystemsChange.Kind k : ChangeCounts.kinds(changes)) {
            long n = changes.stream().filter(x -> x.kind() == k).count();
            filters.add(new Filter(s.format("changes.kind", s.get("change." + k.id()), n), c.href(at(k)), k.id(),
                    only.equals(Optional.of(k))));
        }
        List<ChangeView> timeline = ActivityViews.newestFirst(changes).stream()
                .filter(x -> only.isEmpty() || x.kind() == only.get()).map(x -> Cards.change(c, x)).toList();
        if (only.isPresent() || changes.isEmpty()) return new View(c.text(title()), filters, timeline, null, "", null);
        List<ChangeCounts.Year> years = c.analysis().activities().changesPerYear();
        List<SystemsChange.Kind> kinds = ChangeCounts.kinds(changes);
        List<ColumnData.Stack> stacks = kinds.stream().map(k -> new ColumnData.Stack(s.get("change." + k.id()),
                k.ordinal() + 1, years.stream().map(y -> y.byKind().get(k)).toList())).toList();
        ColumnData data = new ColumnData(years.stream().map(y -> String.valueOf(y.year())).toList(), stacks);
        String sentence = sentence(s, years);
        var chart = new io.impactsite.pages.View.Chart("chart-changes", Html.of(ChartJson.toJson(ColumnChart.option(data))),
                "", 0, c.format().locale().toLanguageTag(), s.get("changes.perYear.label"),
                ColumnChart.svg(data, new NumberStyle(c.format().locale(), false), s.get("changes.perYear.label"), sentence));
        List<String> head = new ArrayList<>();
        head.add(s.get("changes.year"));
        stacks.forEach(x -> head.add(x.name()));
        head.add(s.get("changes.total"));
        List<Row> rows = new ArrayList<>();
        for (ChangeCounts.Year y : years) {
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell(String.valueOf(y.year()), false, false, ""));
            kinds.forEach(k -> cells.add(new Cell(String.valueOf(y.byKind().get(k)), true, false, "")));
            cells.add(new Cell(String.valueOf(y.total()), true, false, ""));
            rows.add(new Row(cells, false));
        }
        return new View(c.text(title()), filters, timeline, chart, sentence,
                new Table(s.get("changes.perYear.caption"), head, rows));
    }

    /** "12 systems changes from 2015 to 2024; the most in one year: 2, in 2019, 2021 and 2024." */
    private static String sentence(Strings s, List<ChangeCounts.Year> years) {
        int most = years.stream().mapToInt(ChangeCounts.Year::total).max().orElse(0);
        List<String> busiest = years.stream().filter(y -> y.total() == most).map(y -> String.valueOf(y.year())).toList();
        String when = busiest.size() == 1 ? busiest.get(0) : s.format("changes.perYear.and",
                String.join(", ", busiest.subList(0, busiest.size() - 1)), busiest.get(busiest.size() - 1));
        int total = years.stream().mapToInt(ChangeCounts.Year::total).sum();
        return s.format("changes.perYear.sentence", total, String.valueOf(years.get(0).year()),
                String.valueOf(years.get(years.size() - 1).year()), most, when);
    }
}
