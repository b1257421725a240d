package io.impactsite.pages;

import io.impactsite.analyse.Standing;
import io.impactsite.model.Goal;
import io.impactsite.model.Message;
import io.impactsite.pages.View.Filter;
import io.impactsite.pages.View.IndicatorRow;
import io.impactsite.pages.View.StatusCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The report card: every indicator's status, baseline, latest value, target, change and trend in one
 * aligned grid, a heading row per goal; or, as a status filter, only the indicators of one standing.
 * The filters are links, so they work without script; the theme's script filters the whole card in
 * place and keeps the choice in the address.
 */
public record ReportCardPage(Optional<Standing> only) implements Page {
    public static final Address AT = Address.folder("indicators");

    /**
     * @param shown   "Showing {0} of {1} indicators": what the script says after filtering, for screen readers
     * @param empty   what the card says when no indicator matches the filters
     */
    public record View(String heading, String status, String headline, List<StatusCount> counts,
                       List<GoalSection> goals, List<Filter> goalFilters, List<Filter> statusFilters,
                       String methodology, String reporting, String print, int total, String shown, String empty) {}

    public record GoalSection(String id, String title, String href, List<IndicatorRow> indicators) {}

    public static Address at(Standing standing) {
        return Address.folder("indicators", "status", standing.id());
    }

    @Override public Kind kind() {
        return only.isEmpty() ? Kind.REPORT_CARD : Kind.STATUS_FILTER;
    }

    @Override public Address address() {
        return only.map(ReportCardPage::at).orElse(AT);
    }

    @Override public String key() {
        return only.map(Standing::id).orElse("");
    }

    @Override public Message title() {
        return only.map(s -> Message.of("indicators.withStatus", Message.of("status." + s.id())))
                .orElse(Message.of("nav.indicators"));
    }

    @Override public Message description() {
        return Message.of("indicators.description");
    }

    @Override public Address parent() {
        return only.isEmpty() ? Address.HOME : AT;
    }

    /** The whole card filters in place; a page of one status is already filtered. */
    @Override public boolean script() {
        return only.isEmpty();
    }

    @Override public Set<String> sources() {
        return Set.of("indicators/");
    }

    @Override public View view(ViewContext c) {
        var a = c.analysis();
        List<GoalSection> sections = new ArrayList<>();
        for (Goal g : a.site().initiative().agenda().goals()) {
            var rows = a.ofGoal(g.id()).stream().filter(x -> only.isEmpty() || Standing.of(x.status()) == only.get()
                            && x.indicator().reporting() == io.impactsite.model.Indicator.Reporting.REPORTED)
                    .map(x -> c.row(x)).toList();
            if (!rows.isEmpty()) sections.add(new GoalSection(g.id(), g.title(), c.links().goal(g.id()), rows));
        }
        Strings s = c.strings();
        List<Filter> statusFilters = new ArrayList<>();
        statusFilters.add(new Filter(s.get("indicators.all"), c.href(AT), "all", only.isEmpty()));
        a.statusCounts().present().forEach(x -> statusFilters.add(new Filter(s.get("status." + x.id()),
                c.links().status(x), x.id(), only.isPresent() && x == only.get())));
        List<Filter> goalFilters = new ArrayList<>();
        goalFilters.add(new Filter(s.get("indicators.all"), "#report", "all", true));
        sections.forEach(x -> goalFilters.add(new Filter(x.title(), "#goal-" + x.id(), x.id(), false)));
        int total = sections.stream().mapToInt(x -> x.indicators().size()).sum();
        return new View(c.text(title()), only.map(Standing::id).orElse(""), Cards.headline(c),
                Cards.counts(c, a.statusCounts()), sections, goalFilters, statusFilters, c.href(MethodologyPage.AT),
                c.href(ReportingStatusPage.AT), c.href(PrintReportCardPage.AT), total, s.get("indicators.shown"), s.get("indicators.empty"));
    }
}
