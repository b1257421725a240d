package io.impactsite.render;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.render.View.Badge;
import io.impactsite.render.View.ChangeView;
import io.impactsite.render.View.Chart;
import io.impactsite.render.View.Contribution;
import io.impactsite.render.View.GoalCard;
import io.impactsite.render.View.IndicatorRow;
import io.impactsite.render.View.Link;
import io.impactsite.render.View.NetworkView;
import io.impactsite.render.View.Pager;
import io.impactsite.render.View.Sector;
import io.impactsite.render.View.StatusCount;
import io.impactsite.render.View.Table;
import io.impactsite.render.View.UpdateCard;
import java.util.List;

/** The view of each kind of page: one record per template. */
public final class PageView {
    private PageView() {}

    public record Home(TemplateHTMLOutputModel vision, String started, String dataSpan, String headline,
                       String reportCard, List<StatusCount> counts, List<GoalCard> goals, List<UpdateCard> updates,
                       String allUpdates, List<Link> sectors, int partners) {}

    public record Agenda(TemplateHTMLOutputModel vision, TemplateHTMLOutputModel problem, String place,
                         String population, String timeframe, List<GoalCard> goals, List<Strategy> strategies) {}

    public record Strategy(String id, String title, TemplateHTMLOutputModel description, List<Link> goals) {}

    public record Goals(List<GoalCard> goals) {}

    public record Goal(GoalCard goal, TemplateHTMLOutputModel description, List<IndicatorPanel> indicators,
                       List<Contribution> contributions, List<Link> strategies, List<ChangeView> changes) {}

    /** An indicator shown inside another page: its row, chart, sentence and numbers. */
    public record IndicatorPanel(IndicatorRow row, String sentence, Chart chart, Table table) {}

    /**
     * The report card, whole or filtered to one status ({@code status} is then its code). The
     * filters are links, so they work without script; the theme's script filters in place.
     */
    public record ReportCard(String heading, String status, String headline, List<StatusCount> counts,
                             List<GoalSection> goals, List<View.Filter> goalFilters, List<View.Filter> statusFilters,
                             String methodology) {}

    public record GoalSection(String id, String title, String href, List<IndicatorRow> indicators) {}

    public record Indicator(IndicatorRow row, TemplateHTMLOutputModel description, TemplateHTMLOutputModel method,
                            TemplateHTMLOutputModel notes, Link source, String direction, List<SeriesPanel> panels,
                            List<Link> downloads, List<Contribution> contributions) {}

    /** One headline series of an indicator: status, sentence, chart, table, groups and gaps. */
    public record SeriesPanel(String id, String name, String unit, Badge status, String reason, String sentence,
                              Chart chart, Table table, List<GroupStatus> groups, Chart equity, List<String> gaps) {}

    public record GroupStatus(String label, String latest, String latestPeriod, Badge status,
                              String reason) {}

    public record Partners(String count, List<Sector> sectors) {}

    public record Partner(String name, String sector, String url, String logo, TemplateHTMLOutputModel description,
                          String joined, List<Link> networks, List<Contribution> contributions) {}

    public record Activities(List<Link> goals, List<MatrixRow> matrix, Chart flows, String flowSentence,
                             Table flowTable, List<NetworkView> networks) {}

    public record MatrixRow(Link partner, String sector, List<Boolean> marks) {}

    public record Updates(String heading, List<UpdateCard> updates, Pager pager, List<Link> tags) {}

    public record Update(UpdateCard update, TemplateHTMLOutputModel body, Link previous, Link next) {}

    public record Changes(List<Link> kinds, List<KindGroup> groups) {}

    /** The changes of one kind, newest first. */
    public record KindGroup(String id, String label, List<ChangeView> changes) {}

    public record About(TemplateHTMLOutputModel intro, String backbone, String backboneUrl,
                        TemplateHTMLOutputModel description, List<Function> functions, List<Staff> staff, String email,
                        TemplateHTMLOutputModel meetings, List<Link> links) {}

    public record Function(String title, TemplateHTMLOutputModel description) {}

    public record Staff(String name, String role, String email) {}

    /** The rules in plain words, the site's thresholds, and the indicators that set their own. */
    public record Methodology(TemplateHTMLOutputModel intro, String onTrack, String accelerationNeeded,
                              String growthOnTrack, String growthAccelerationNeeded, List<Override> overrides) {}

    public record Override(Link indicator, String onTrack, String accelerationNeeded, String growthOnTrack,
                           String growthAccelerationNeeded) {}

    public record Narrative(String title, TemplateHTMLOutputModel body) {}

    public record Data(List<DataRow> indicators, String combined, String datapackage) {}

    public record DataRow(Link indicator, String csv, String json, String file, int observations) {}

    public record NotFound(String home) {}

    public record Feed(String id, String title, String updated, String self, String alternate, String author,
                       List<FeedEntry> entries) {}

    public record FeedEntry(String id, String title, String href, String updated, String summary, String html) {}

    public record Sitemap(List<String> urls) {}

    public record Robots(String sitemap) {}
}
