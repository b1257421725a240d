package io.impactsite.render;

import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.analyse.Status;
import io.impactsite.model.Goal;
import io.impactsite.model.Indicator;
import io.impactsite.model.Page;
import io.impactsite.model.Thresholds;
import io.impactsite.render.View.Link;
import java.util.ArrayList;
import java.util.List;

/** The report card, one page per indicator, the methodology and the open data page. */
final class IndicatorPages {
    private final RenderContext ctx;
    private final Cards cards;

    IndicatorPages(RenderContext ctx, Cards cards) {
        this.ctx = ctx;
        this.cards = cards;
    }

    List<PageJob> jobs() {
        Strings s = ctx.strings();
        List<PageJob> jobs = new ArrayList<>();
        Link reportCard = new Link(s.get("nav.indicators"), ctx.links().page("indicators/"));
        jobs.add(PageJob.page("indicators/", "indicators.ftlh", s.get("nav.indicators"), s.get("indicators.description"),
                "indicators", false, List.of(), root -> reportCard(null)));
        for (Status.Code code : codes()) {
            String title = s.format("indicators.withStatus", s.get("status." + code.id()));
            jobs.add(PageJob.page(statusFolder(code), "indicators.ftlh", title, s.get("indicators.description"),
                    "indicators", false, List.of(reportCard), root -> reportCard(code)));
        }
        for (IndicatorAnalysis a : ctx.analyses()) {
            Indicator i = a.indicator();
            jobs.add(PageJob.page("indicators/" + i.id() + "/", "indicator.ftlh", i.title(), ctx.text(i.description()),
                    "indicators", a.headline() != null, List.of(reportCard), root -> indicator(a, root)));
        }
        jobs.add(PageJob.page("methodology/", "methodology.ftlh", s.get("methodology.title"),
                s.get("methodology.description"), "indicators", false, List.of(reportCard), this::methodology));
        jobs.add(PageJob.page("data/", "data.ftlh", s.get("nav.data"), s.get("data.description"), "data", false,
                List.of(), root -> data()));
        return jobs;
    }

    /** The statuses that some indicator has, in the order of the codes. */
    private List<Status.Code> codes() {
        return java.util.Arrays.stream(Status.Code.values())
                .filter(c -> ctx.analyses().stream().anyMatch(a -> a.status().code() == c)).toList();
    }

    static String statusFolder(Status.Code code) {
        return "indicators/status/" + code.id() + "/";
    }

    /** The whole report card, or (with a code) only the indicators of that status. */
    private PageView.ReportCard reportCard(Status.Code only) {
        Strings s = ctx.strings();
        List<PageView.GoalSection> sections = new ArrayList<>();
        for (Goal g : ctx.site().initiative().agenda().goals()) {
            var rows = cards.ofGoal(g.id()).stream().filter(a -> only == null || a.status().code() == only)
                    .map(ctx.indicators()::row).toList();
            if (!rows.isEmpty()) sections.add(new PageView.GoalSection(g.id(), g.title(), ctx.links().goal(g.id()), rows));
        }
        List<View.Filter> statusFilters = new ArrayList<>();
        statusFilters.add(new View.Filter(s.get("indicators.all"), ctx.links().page("indicators/"), "all", only == null));
        codes().forEach(c -> statusFilters.add(new View.Filter(s.get("status." + c.id()), ctx.links().page(statusFolder(c)),
                c.id(), c == only)));
        List<View.Filter> goalFilters = new ArrayList<>();
        goalFilters.add(new View.Filter(s.get("indicators.all"), "#report", "all", true));
        sections.forEach(x -> goalFilters.add(new View.Filter(x.title(), "#goal-" + x.id(), x.id(), false)));
        String heading = only == null ? s.get("nav.indicators") : s.format("indicators.withStatus", s.get("status." + only.id()));
        return new PageView.ReportCard(heading, only == null ? "" : only.id(), cards.headline(ctx.analyses()),
                cards.counts(ctx.analyses()), sections, goalFilters, statusFilters, ctx.links().page("methodology/"));
    }

    private PageView.Indicator indicator(IndicatorAnalysis a, String root) {
        Indicator i = a.indicator();
        IndicatorViews views = ctx.indicators();
        List<PageView.SeriesPanel> panels = new ArrayList<>();
        for (int n = 0; n < a.series().size(); n++) {
            SeriesAnalysis h = a.series().get(n);
            String id = "series-" + (n + 1);
            panels.add(new PageView.SeriesPanel(id, h.series().name(), h.series().unit(), views.badge(h.status().code()),
                    h.status().reason(), views.sentence(i, h), views.chart(i, h, "chart-" + id), views.table(i, h),
                    h.groups().stream().map(g -> new PageView.GroupStatus(g.group().label(),
                            g.status().latest() == null ? "" : views.value(i, h, g.status().latest().value()),
                            g.status().latest() == null ? "" : g.status().latest().period(),
                            views.badge(g.status().code()), g.status().reason())).toList(),
                    views.equityChart(i, h, "equity-" + id),
                    h.gaps().stream().map(gap -> views.gapSentence(i, h, gap)).toList()));
        }
        Strings s = ctx.strings();
        List<Link> downloads = List.of(
                new Link(s.format("download.csv", fileName(i.dataFile())), OpenData.csvPath(i)),
                new Link(s.get("download.json"), OpenData.jsonPath(i)));
        var contributions = ctx.contributionsToIndicator().getOrDefault(i.id(), List.of()).stream()
                .map(c -> cards.contribution(c, root)).toList();
        return new PageView.Indicator(views.row(a), ctx.html(i.description(), root), ctx.html(i.method(), root),
                ctx.html(i.notes(), root), i.source().name().isEmpty() ? null : new Link(i.source().name(), i.source().url()),
                s.get("direction." + i.direction().name().toLowerCase(java.util.Locale.ROOT)), panels, downloads,
                contributions);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private PageView.Methodology methodology(String root) {
        Page intro = ctx.site().pages().stream().filter(p -> p.slug().equals("methodology")).findFirst().orElse(null);
        Thresholds site = ctx.site().initiative().settings().thresholds();
        PageView.Override s = thresholds(null, site);
        List<PageView.Override> overrides = ctx.analyses().stream().map(IndicatorAnalysis::indicator)
                .filter(i -> !i.thresholds().equals(site))
                .map(i -> thresholds(new Link(i.title(), ctx.links().indicator(i.id())), i.thresholds())).toList();
        return new PageView.Methodology(intro == null ? Html.EMPTY : ctx.html(intro.body(), root), s.onTrack(),
                s.accelerationNeeded(), s.growthOnTrack(), s.growthAccelerationNeeded(), overrides);
    }

    private PageView.Override thresholds(Link indicator, Thresholds t) {
        var f = ctx.format();
        return new PageView.Override(indicator, f.number(java.math.BigDecimal.valueOf(t.onTrack()), 2),
                f.number(java.math.BigDecimal.valueOf(t.accelerationNeeded()), 2), f.percent(t.growthOnTrack(), 1),
                f.percent(t.growthAccelerationNeeded(), 1));
    }

    private PageView.Data data() {
        return new PageView.Data(ctx.analyses().stream().map(a -> new PageView.DataRow(
                        new Link(a.indicator().title(), ctx.links().indicator(a.indicator().id())),
                        OpenData.csvPath(a.indicator()), OpenData.jsonPath(a.indicator()), fileName(a.indicator().dataFile()),
                        a.indicator().series().stream().mapToInt(x -> x.observations().size()).sum())).toList(),
                OpenData.COMBINED, OpenData.DATAPACKAGE);
    }
}
