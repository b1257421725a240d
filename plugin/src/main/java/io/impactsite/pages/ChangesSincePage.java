package io.impactsite.pages;

import io.impactsite.analyse.EditionComparison;
import io.impactsite.analyse.EditionComparison.GapChange;
import io.impactsite.analyse.EditionComparison.Move;
import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.Standing;
import io.impactsite.analyse.Status;
import io.impactsite.model.Indicator;
import io.impactsite.model.Message;
import io.impactsite.pages.View.Badge;
import io.impactsite.pages.View.Link;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed since the newest past edition: statuses that moved, targets reached, new values,
 * gaps, indicators added and dropped, new partners and systems changes; each line links to the
 * page that shows it (a dropped indicator: its page in the past edition).
 */
public record ChangesSincePage(EditionComparison comparison) implements Page {

    public record View(String heading, String intro, String past, String pastLabel, String current, List<Link> summary,
                       List<Section> sections, String none) {}

    public record Section(String id, String title, List<Line> lines) {}

    /** One difference: what it is about, where it shows, and the status it has now (null if none applies). */
    public record Line(String label, String href, String detail, Badge status) {}

    public static Address at(int year) {
        return Address.folder("changes-since", Integer.toString(year));
    }

    @Override public Kind kind() {
        return Kind.CHANGES_SINCE;
    }

    @Override public Address address() {
        return at(comparison.year());
    }

    @Override public Message title() {
        return Message.of("since.title", Integer.toString(comparison.year()));
    }

    @Override public Message description() {
        return Message.of("since.description", Integer.toString(comparison.year()));
    }

    @Override public Address parent() {
        return EditionsPage.AT;
    }

    @Override public Set<String> sources() {
        return Set.of("indicators/", "partners/", "changes.yml");
    }

    @Override public View view(ViewContext c) {
        EditionComparison x = comparison;
        Strings s = c.strings();
        String year = Integer.toString(x.year());
        List<Section> sections = new ArrayList<>();
        section(sections, c, "targets", x.targetsReached(), t -> indicator(c, t.now(),
                s.format("since.reached", status(c, t.before(), t.now())), Standing.of(t.now().status())));
        for (Move m : Move.values()) {
            section(sections, c, "moved-" + m.name().toLowerCase(java.util.Locale.ROOT),
                    x.statusMoves().stream().filter(t -> t.move() == m).toList(),
                    t -> indicator(c, t.now(), s.format("since.from", status(c, t.before(), t.now()),
                            status(c, t.now().status().code(), t.now())), Standing.of(t.now().status())));
        }
        section(sections, c, "values", x.newValues(), v -> indicator(c, v.now(), value(c, v), null));
        section(sections, c, "narrowed", x.gaps().stream().filter(GapChange::narrowed).toList(), g -> gap(c, g));
        section(sections, c, "widened", x.gaps().stream().filter(g -> !g.narrowed()).toList(), g -> gap(c, g));
        section(sections, c, "added", x.added(), a -> indicator(c, a, s.format("since.added", a.indicator().goal().isEmpty()
                ? "" : c.analysis().goal(a.indicator().goal()).title()), Standing.of(a.status())));
        section(sections, c, "dropped", x.dropped(), i -> new Line(i.title(),
                c.href(EditionPage.at(x.year(), IndicatorPage.at(i.id()))), s.format("since.dropped", year), null));
        section(sections, c, "partners", x.newPartners(), p -> new Line(p.name(), c.links().partner(p.id()),
                c.analysis().site().initiative().sectors().stream().filter(z -> z.id().equals(p.sector()))
                        .map(z -> Cards.sector(c, z)).findFirst().orElse(p.sector()), null));
        section(sections, c, "changes", x.newChanges(), ch -> new Line(ch.title(), c.href(SystemsChangePage.AT),
                s.format("since.change", c.format().date(ch.date()), s.get("change." + ch.kind().id())), null));
        List<Link> summary = sections.stream().map(z -> new Link(s.format("since.count", z.title(), z.lines().size()),
                "#" + z.id())).toList();
        return new View(c.text(title()), s.format("since.intro", year), c.href(EditionPage.at(x.year(), ReportCardPage.AT)),
                s.format("editions.edition", year), c.href(ReportCardPage.AT), summary, sections,
                x.isEmpty() ? s.format("since.none", year) : "");
    }

    private static <T> void section(List<Section> into, ViewContext c, String id, List<T> items, Function<T, Line> line) {
        if (items.isEmpty()) return;
        into.add(new Section(id, c.strings().get("since.section." + id), items.stream().map(line).toList()));
    }

    private static Line indicator(ViewContext c, IndicatorAnalysis a, String detail, Standing status) {
        return new Line(a.indicator().title(), c.links().indicator(a.indicator().id()), detail,
                status == null ? null : IndicatorViews.badge(c, status));
    }

    /** A status in the site's words, targeted as the indicator's current status is. */
    private static String status(ViewContext c, Status.Code code, IndicatorAnalysis now) {
        return c.strings().get("status." + Standing.of(code, now.status().target() != null).id());
    }

    private static String value(ViewContext c, EditionComparison.NewValue v) {
        Indicator i = v.now().indicator();
        var h = v.now().headline();
        String now = IndicatorViews.quantity(c, i, h, v.after().value());
        if (v.before() == null) return c.strings().format("since.valueFirst", now, v.after().period());
        String key = v.before().period().equals(v.after().period()) ? "since.revised" : "since.value";
        return c.strings().format(key, now, v.after().period(), IndicatorViews.quantity(c, i, h, v.before().value()),
                v.before().period());
    }

    private static Line gap(ViewContext c, GapChange g) {
        Indicator i = g.now().indicator();
        var h = g.now().headline();
        String detail = c.strings().format("since.gap", g.after().dimension(), size(c, i, h, g.after().gap()),
                g.after().best(), g.after().worst(), g.after().period(), size(c, i, h, g.before().gap()),
                g.before().period());
        return indicator(c, g.now(), detail, null);
    }

    /** A gap's size: in percentage points for percentages, in the unit otherwise. */
    private static String size(ViewContext c, Indicator i, io.impactsite.analyse.SeriesAnalysis h, BigDecimal gap) {
        return IndicatorViews.measure(i, h) == Indicator.Measure.PERCENT
                ? c.format().number(gap, IndicatorViews.decimals(i, h)) + " " + c.strings().get("unit.points")
                : IndicatorViews.quantity(c, i, h, gap);
    }
}
