package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.analyse.Amounts;
import io.impactsite.analyse.Measures;
import io.impactsite.chart.Markers;
import io.impactsite.model.Contribution;
import io.impactsite.model.PerformanceMeasure;
import io.impactsite.model.Story;
import io.impactsite.model.SystemsChange;
import io.impactsite.pages.View.Cell;
import io.impactsite.pages.View.ChangeView;
import io.impactsite.pages.View.Link;
import io.impactsite.pages.View.Row;
import io.impactsite.pages.View.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Views of who does how much and what changed: a contribution's period and measures, amounts per
 * currency, measures side by side or summed, the story behind a curve, the changes under a chart.
 */
public final class ActivityViews {
    private ActivityViews() {}

    /** One performance measure of a contribution: "How much: Children screened, 1,240 children (2024)". */
    public record MeasureLine(String question, String label, String value, String period) {}

    /**
     * One measure as a goal's contributions report it.
     *
     * @param total the sum, or the one value; "" when the values are not added up
     * @param note       why it is summed or not, in words
     * @param definition what a shared measure counts, as the partners agreed it; "" for others
     */
    public record MeasureGroup(String question, String label, String unit, String period, String definition, String total,
                               String note, boolean summed, List<MeasureReport> reports) {}

    public record MeasureReport(Link partner, String contribution, String value) {}

    /** A sum of amounts in one currency: "$1,950,000", "USD", "from 4 contributions". */
    public record AmountLine(String total, String currency, String count) {}

    public record StoryView(TemplateHTMLOutputModel helping, TemplateHTMLOutputModel hurting, List<RoleView> partners,
                            TemplateHTMLOutputModel whatWorks, TemplateHTMLOutputModel nextSteps) {}

    /** Someone with a role: a partner of the site (linked) or another organisation (name only, {@code href} ""). */
    public record RoleView(String name, String href, TemplateHTMLOutputModel role) {}

    /** A change listed under a chart; {@code number} is its marker's label, "" when it is not on the chart. */
    public record ChartChange(String number, ChangeView change) {}

    static String term(ViewContext c, Contribution x, boolean ended) {
        Strings s = c.strings();
        Format f = c.format();
        String when;
        if (x.start() != null && x.end() != null) when = s.format("contribution.term.span", f.date(x.start()), f.date(x.end()));
        else if (x.start() != null) when = s.format("contribution.term.since", f.date(x.start()));
        else if (x.end() != null) when = s.format(ended ? "contribution.term.endedIn" : "contribution.term.until", f.date(x.end()));
        else return "";
        return ended && x.start() != null ? s.format("contribution.term.ended", when) : when;
    }

    static List<MeasureLine> measures(ViewContext c, List<PerformanceMeasure> measures) {
        return measures.stream().map(m -> new MeasureLine(c.strings().get("measure." + m.category().key()), m.label(),
                c.format().measure(m.value(), m.unit()), m.period())).toList();
    }

    static List<MeasureGroup> measureGroups(ViewContext c, List<Measures.Group> groups) {
        Strings s = c.strings();
        Map<String, String> definitions = new java.util.HashMap<>();
        c.analysis().site().initiative().measures().forEach(m -> definitions.put(m.id(), m.definition()));
        return groups.stream().map(g -> new MeasureGroup(s.get("measure." + g.category().key()), g.label(), g.unit(),
                g.period(), definitions.getOrDefault(g.shared(), ""), g.total() == null ? "" : c.format().measure(g.total(), g.unit()),
                switch (g.sum()) {
                    case SUMMED -> s.format("measures.summed", g.reports().size());
                    case SINGLE -> s.get("measures.single");
                    case NOT_ADDITIVE -> s.get("measures.notSummed");
                    case NOT_SHARED -> s.get("measures.notShared");
                }, g.sum() == Measures.Sum.SUMMED,
                g.reports().stream().map(r -> new MeasureReport(Cards.partnerLink(c, r.partner()), r.contribution(),
                        c.format().measure(r.value(), g.unit()))).toList())).toList();
    }

    static List<AmountLine> amounts(ViewContext c, List<Amounts.Total> totals) {
        return totals.stream().map(t -> new AmountLine(c.format().money(t.amount(), t.currency()), t.currency(),
                c.strings().format("amounts.count", t.contributions())
                        + (t.shared() == 0 ? "" : c.strings().format(t.shared() == t.contributions() ? "amounts.sharedAll"
                        : "amounts.shared", t.shared())))).toList();
    }

    /**
     * Totals per key (sector, kind) as a table: a row per key and currency, never a sum across
     * currencies.
     */
    static Table amountTable(ViewContext c, String caption, String keyHead, Map<String, List<Amounts.Total>> totals,
                             Function<String, String> name) {
        Strings s = c.strings();
        List<Row> rows = new ArrayList<>();
        totals.forEach((key, of) -> of.forEach(t -> rows.add(new Row(List.of(
                new Cell(name.apply(key), false, false, ""), new Cell(t.currency(), false, false, ""),
                new Cell(c.format().money(t.amount(), t.currency()), true, false, ""),
                new Cell(String.valueOf(t.contributions()), true, false, "")), false))));
        return new Table(caption, List.of(keyHead, s.get("amounts.currency"), s.get("amounts.sum"),
                s.get("amounts.contributions")), rows);
    }

    /** The story behind the curve; null when the indicator tells none. */
    static StoryView story(ViewContext c, Story story) {
        if (story.isEmpty()) return null;
        return new StoryView(c.html(story.helping()), c.html(story.hurting()),
                story.partners().stream().map(r -> r.partner().isEmpty() ? new RoleView(r.name(), "", c.html(r.role()))
                        : new RoleView(c.analysis().partner(r.partner()).name(), c.links().partner(r.partner()),
                        c.html(r.role()))).toList(),
                c.html(story.whatWorks()), c.html(story.nextSteps()));
    }

    /** The changes marked on a chart, oldest first, as its markers number them. */
    static List<ChartChange> chartChanges(ViewContext c, List<SystemsChange> changes, Markers markers) {
        List<ChartChange> out = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            int n = i < markers.numbers().size() ? markers.numbers().get(i) : 0;
            out.add(new ChartChange(n == 0 ? "" : String.valueOf(n), Cards.change(c, changes.get(i))));
        }
        return List.copyOf(out);
    }

    /** Changes given oldest first, newest first. */
    static List<SystemsChange> newestFirst(List<SystemsChange> changes) {
        List<SystemsChange> out = new ArrayList<>(changes);
        java.util.Collections.reverse(out);
        return List.copyOf(out);
    }

    /** The events a chart marks: the changes, oldest first. */
    static List<Markers.Event> events(List<SystemsChange> changes) {
        return changes.stream().map(x -> new Markers.Event(x.date(), x.title())).toList();
    }
}
