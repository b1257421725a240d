package io.impactsite.pages;

import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.Standing;
import io.impactsite.analyse.StatusCounts;
import io.impactsite.model.Contribution;
import io.impactsite.model.Goal;
import io.impactsite.model.Indicator;
import io.impactsite.model.SystemsChange;
import io.impactsite.model.Update;
import io.impactsite.pages.View.ChangeView;
import io.impactsite.pages.View.GoalCard;
import io.impactsite.pages.View.Link;
import io.impactsite.pages.View.StatusCount;
import io.impactsite.pages.View.UpdateCard;
import java.util.ArrayList;
import java.util.List;

/** Small views that several pages share: goal and update cards, status counts, contributions, changes. */
final class Cards {
    private Cards() {}

    /**
     * A sector's name: the theme's word for a default sector ({@code sector.<id>} in the site's
     * language), the name initiative.yml gives otherwise.
     */
    static String sector(ViewContext c, io.impactsite.model.Sector s) {
        return s.isDefault() ? c.strings().all().getOrDefault("sector." + s.id(), s.name()) : s.name();
    }

    /**
     * Counts by standing, in order, leaving out those with none, then the indicators not reported
     * yet (linked to the reporting status): one badge for every indicator a goal lists.
     */
    static List<StatusCount> counts(ViewContext c, StatusCounts counts) {
        List<StatusCount> out = new ArrayList<>(counts.present().stream().map(s -> new StatusCount(IndicatorViews.badge(c, s),
                counts.of(s), c.links().status(s))).toList());
        String reporting = c.href(ReportingStatusPage.AT);
        if (counts.inProgress() > 0) out.add(new StatusCount(IndicatorViews.badge(c, Indicator.Reporting.IN_PROGRESS),
                counts.inProgress(), reporting));
        if (counts.planned() > 0) out.add(new StatusCount(IndicatorViews.badge(c, Indicator.Reporting.PLANNED),
                counts.planned(), reporting));
        return List.copyOf(out);
    }

    /** The site-wide headline. */
    static String headline(ViewContext c) {
        return headline(c.strings(), c.analysis().statusCounts());
    }

    /**
     * A headline that adds up and never flatters: "5 of 12 on track or achieved, 2 need acceleration,
     * 2 limited progress, 1 moving away; 2 without a target: 1 improving, 1 with little change". Only
     * "on track" and "target achieved" count as success; series without a target are counted by what
     * was measured, apart; every indicator is counted once.
     */
    static String headline(Strings s, StatusCounts counts) {
        if (counts.all() == 0) return s.get("headline.none");
        List<String> groups = new ArrayList<>();
        if (counts.targeted() > 0) {
            List<String> parts = new ArrayList<>();
            parts.add(s.format("headline.success", counts.succeeding(), counts.total()));
            for (Standing x : List.of(Standing.ACCELERATION_NEEDED, Standing.LIMITED_PROGRESS, Standing.MOVING_AWAY)) {
                if (counts.of(x) > 0) parts.add(s.format("headline." + x.id(), counts.of(x)));
            }
            groups.add(String.join(s.get("headline.and"), parts));
        }
        if (counts.untargeted() > 0) {
            List<String> parts = new ArrayList<>();
            for (Standing x : Standing.values()) {
                if (x.untargeted() && counts.of(x) > 0) parts.add(s.format("headline." + x.id(), counts.of(x)));
            }
            // "The one indicator has no target" only when no other indicator is listed beside it
            boolean alone = counts.targeted() == 0 && counts.notReported() == 0;
            groups.add(s.format(alone ? "headline.noTargets" : "headline.untargeted", counts.untargeted(),
                    counts.total(), String.join(s.get("headline.and"), parts)));
        }
        if (counts.of(Standing.INSUFFICIENT_DATA) > 0) {
            groups.add(s.format(groups.isEmpty() ? "headline.onlyInsufficient" : "headline.insufficient-data",
                    counts.of(Standing.INSUFFICIENT_DATA), counts.total()));
        }
        if (counts.notReported() > 0) { // the report card lists them: "of 13" then says why it shows 14
            List<String> parts = new ArrayList<>();
            if (counts.inProgress() > 0) parts.add(s.format("headline.in-progress", counts.inProgress()));
            if (counts.planned() > 0) parts.add(s.format("headline.planned", counts.planned()));
            groups.add(s.format("headline.notReported", counts.notReported(), String.join(s.get("headline.and"), parts)));
        }
        return String.join(s.get("headline.then"), groups);
    }

    /** "2015–2024": the years the indicators' data cover; "" without data. */
    static String dataSpan(ViewContext c) {
        io.impactsite.analyse.SiteAnalysis.YearSpan span = c.analysis().dataSpan();
        return span == null ? "" : span.from() == span.to() ? String.valueOf(span.from()) : span.from() + "\u2013" + span.to();
    }

    static GoalCard goal(ViewContext c, Goal g) {
        List<IndicatorAnalysis> of = c.analysis().ofGoal(g.id());
        // of.size() is the badges' sum: the counts hold reported, in-progress and planned ones
        return new GoalCard(g.id(), g.title(), c.links().goal(g.id()), c.html(g.summary()),
                counts(c, StatusCounts.of(of)), c.strings().format("goal.indicatorCount", of.size()));
    }

    static Link goalLink(ViewContext c, String id) {
        return new Link(c.analysis().goal(id).title(), c.links().goal(id));
    }

    static Link partnerLink(ViewContext c, String id) {
        return new Link(c.analysis().partner(id).name(), c.links().partner(id));
    }

    static Link indicatorLink(ViewContext c, String id) {
        return new Link(c.analysis().byIndicator().get(id).indicator().title(), c.links().indicator(id));
    }

    static UpdateCard update(ViewContext c, Update u) {
        return new UpdateCard(u.title(), c.links().update(u.slug()), c.format().date(u.date()), u.date().toString(),
                u.summary(), u.author(), u.tags().stream().map(t -> new Link(t, c.links().tag(t))).toList(), u.draft());
    }

    static View.Contribution contribution(ViewContext c, Contribution x) {
        boolean ended = c.analysis().activities().ended(x);
        return new View.Contribution(c.analysis().partner(x.partner()).name(), c.links().partner(x.partner()),
                x.servesWholeInitiative() ? List.of(new Link(c.strings().get("contribution.wholeInitiative"), ""))
                        : x.goals().stream().map(g -> new Link(c.analysis().goal(g).title(), c.links().goal(g))).toList(),
                x.title(),
                x.kind().isEmpty() ? "" : c.strings().get("contribution." + x.kind()),
                c.html(x.description()), x.indicators().stream().map(i -> indicatorLink(c, i)).toList(),
                ActivityViews.term(c, x, ended), ended,
                x.amount() == null ? "" : c.format().money(x.amount().value(), x.amount().currency()),
                ActivityViews.measures(c, x.measures()));
    }

    static ChangeView change(ViewContext c, SystemsChange x) {
        return new ChangeView(x.id(), c.links().change(x.id()), c.format().date(x.date()), x.date().toString(),
                String.valueOf(x.date().getYear()), x.kind().id(), c.strings().get("change." + x.kind().id()), x.title(),
                c.html(x.description()),
                x.goals().stream().map(g -> goalLink(c, g)).toList(),
                x.partners().stream().map(p -> partnerLink(c, p)).toList(),
                x.indicators().stream().map(i -> indicatorLink(c, i)).toList());
    }
}
