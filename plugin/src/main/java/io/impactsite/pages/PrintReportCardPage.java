package io.impactsite.pages;

import io.impactsite.analyse.SiteAnalysis;
import io.impactsite.model.Goal;
import io.impactsite.model.Message;
import io.impactsite.pages.ReportCardPage.GoalSection;
import io.impactsite.pages.View.StatusCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The report card for a board meeting: every indicator's status, latest value, target and sparkline,
 * by goal, on one A4 or Letter page. On screen it is a plain page to print; its own print styles drop
 * everything but the card.
 */
public record PrintReportCardPage() implements Page {
    public static final Address AT = Address.folder("indicators", "print");

    /**
     * @param data   the years the data cover ("Data 2015–2024"), "" without data
     * @param online where every chart and value is ("Every chart and value: https://..."), "" without a base URL
     */
    public record View(String name, String headline, List<StatusCount> counts, List<GoalSection> goals,
                       String data, String online, String reportCard, String methodology) {}

    @Override public Kind kind() {
        return Kind.PRINT_REPORT_CARD;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.of("print.title");
    }

    @Override public Message description() {
        return Message.of("print.description");
    }

    @Override public Address parent() {
        return ReportCardPage.AT;
    }

    @Override public Set<String> sources() {
        return Set.of("indicators/");
    }

    @Override public View view(ViewContext c) {
        SiteAnalysis a = c.analysis();
        List<GoalSection> sections = new ArrayList<>();
        for (Goal g : a.site().initiative().agenda().goals()) {
            var rows = a.ofGoal(g.id()).stream().map(x -> c.row(x)).toList();
            if (!rows.isEmpty()) sections.add(new GoalSection(g.id(), g.title(), c.links().goal(g.id()), rows));
        }
        String dataSpan = Cards.dataSpan(c);
        String base = a.site().initiative().settings().baseUrl();
        return new View(a.site().initiative().name(), Cards.headline(c), Cards.counts(c, a.statusCounts()), sections,
                dataSpan.isEmpty() ? "" : c.strings().format("print.data", dataSpan),
                base.isEmpty() ? "" : c.strings().format("print.online", ReportCardPage.AT.absolute(base)),
                c.href(ReportCardPage.AT), c.href(MethodologyPage.AT));
    }
}
