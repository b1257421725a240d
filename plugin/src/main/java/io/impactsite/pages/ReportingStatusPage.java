package io.impactsite.pages;

import io.impactsite.analyse.SiteAnalysis.ReportingCounts;
import io.impactsite.model.Goal;
import io.impactsite.model.Message;
import io.impactsite.pages.View.Link;
import java.util.List;
import java.util.Set;

/** Per goal, how many indicators are reported, in progress and planned, as SDG reporting platforms show. */
public record ReportingStatusPage(List<Goal> goals) implements Page {
    public static final Address AT = Address.folder("reporting-status");

    public record View(List<Row> goals, Row total) {}

    /** A goal's counts; the total row has no link. */
    public record Row(Link goal, int reported, int inProgress, int planned, int total) {}

    @Override public Kind kind() {
        return Kind.REPORTING_STATUS;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("reporting.title");
    }

    @Override public Message description() {
        return Message.of("reporting.description");
    }

    @Override public Address parent() {
        return ReportCardPage.AT;
    }

    @Override public Set<String> sources() {
        return Set.of("indicators/");
    }

    @Override public View view(ViewContext c) {
        var counts = c.analysis().reporting();
        List<Row> rows = goals.stream().map(g -> row(new Link(g.title(), c.links().goal(g.id())),
                counts.getOrDefault(g.id(), new ReportingCounts(0, 0, 0)))).toList();
        ReportingCounts all = new ReportingCounts(rows.stream().mapToInt(Row::reported).sum(),
                rows.stream().mapToInt(Row::inProgress).sum(), rows.stream().mapToInt(Row::planned).sum());
        return new View(rows, row(new Link(c.strings().get("reporting.total"), ""), all));
    }

    private static Row row(Link goal, ReportingCounts n) {
        return new Row(goal, n.reported(), n.inProgress(), n.planned(), n.total());
    }
}
