package io.impactsite.pages;

import io.impactsite.analyse.Status;
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
 * The report card: every indicator's baseline, latest, target, status and trend, by goal; or, as a
 * status filter, only the indicators of one status. The filters are links, so they work without
 * script; the theme's script filters the whole card in place.
 */
public record ReportCardPage(Optional<Status.Code> only) implements Page {
    public static final Address AT = Address.folder("indicators");

    public record View(String heading, String status, String headline, List<StatusCount> counts,
                       List<GoalSection> goals, List<Filter> goalFilters, List<Filter> statusFilters,
                       String methodology, String reporting) {}

    public record GoalSection(String id, String title, String href, List<IndicatorRow> indicators) {}

    public static Address at(Status.Code code) {
        return Address.folder("indicators", "status", code.id());
    }

    @Override public Kind kind() {
        return only.isEmpty() ? Kind.REPORT_CARD : Kind.STATUS_FILTER;
    }

    @Override public Address address() {
        return only.map(ReportCardPage::at).orElse(AT);
    }

    @Override public String key() {
        return only.map(Status.Code::id).orElse("");
    }

    @Override public Message title() {
        return only.map(code -> Message.of("indicators.withStatus", Message.of("status." + code.id())))
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
            var rows = a.ofGoal(g.id()).stream().filter(x -> only.isEmpty() || x.status().code() == only.get()
                            && x.indicator().reporting() == io.impactsite.model.Indicator.Reporting.REPORTED)
                    .map(x -> IndicatorViews.row(c, x)).toList();
            if (!rows.isEmpty()) sections.add(new GoalSection(g.id(), g.title(), c.links().goal(g.id()), rows));
        }
        Strings s = c.strings();
        List<Filter> statusFilters = new ArrayList<>();
        statusFilters.add(new Filter(s.get("indicators.all"), c.href(AT), "all", only.isEmpty()));
        a.statusCounts().present().forEach(code -> statusFilters.add(new Filter(s.get("status." + code.id()),
                c.links().status(code), code.id(), only.isPresent() && code == only.get())));
        List<Filter> goalFilters = new ArrayList<>();
        goalFilters.add(new Filter(s.get("indicators.all"), "#report", "all", true));
        sections.forEach(x -> goalFilters.add(new Filter(x.title(), "#goal-" + x.id(), x.id(), false)));
        return new View(c.text(title()), only.map(Status.Code::id).orElse(""), Cards.headline(c),
                Cards.counts(c, a.statusCounts()), sections, goalFilters, statusFilters, c.href(MethodologyPage.AT),
                c.href(ReportingStatusPage.AT));
    }
}
