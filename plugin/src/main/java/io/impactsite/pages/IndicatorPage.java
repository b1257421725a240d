package io.impactsite.pages;

import freemarker.core.TemplateHTMLOutputModel;
import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.model.Indicator;
import io.impactsite.model.Message;
import io.impactsite.model.Observation;
import io.impactsite.pages.View.Badge;
import io.impactsite.pages.View.Chart;
import io.impactsite.pages.View.Contribution;
import io.impactsite.pages.View.IndicatorRow;
import io.impactsite.pages.View.Link;
import io.impactsite.pages.View.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One indicator: a panel per headline series (status, chart, table, groups, gaps), its definition, downloads. */
/**
 * @param asOf    the site's date, which says whether a contribution has ended
 * @param news    the latest updates about the indicator, newest first (in the record: see {@link GoalPage})
 * @param sources its files, those of the partners whose contributions it lists and of the other
 *                indicators those name (their titles show), and changes.yml, as the tree found them
 */
public record IndicatorPage(IndicatorAnalysis analysis, java.time.LocalDate asOf, List<io.impactsite.model.Update> news,
                            Set<String> sources) implements Page {

    public record View(IndicatorRow row, TemplateHTMLOutputModel description, TemplateHTMLOutputModel method,
                       TemplateHTMLOutputModel notes, Link source, String direction, List<SeriesPanel> panels,
                       List<Link> downloads, List<Contribution> contributions, Activity activity, Dictionary dictionary) {}

    /** The data dictionary, ready to print; null when the indicator has none. Dates as the site writes them. */
    public record Dictionary(String updated, String nextRelease, String steward, TemplateHTMLOutputModel suppression,
                             List<Break> breaks) {}

    public record Break(String period, TemplateHTMLOutputModel note) {}

    /**
     * One headline series of an indicator: status, sentence, chart, table, groups and gaps, and the
     * systems changes marked on its chart.
     *
     * @param groupsLeftOut "" or which dimensions have too many groups to list one by one
     * @param map           null where the series has no map by place
     */
    public record SeriesPanel(String id, String name, String unit, Badge status, String reason, String sentence,
                              Chart chart, Table table, List<GroupStatus> groups, Chart equity, List<String> gaps,
                              List<ActivityViews.ChartChange> changes, String groupsLeftOut, MapViews.MapView map) {}

    /** The story behind the curve (null for none), the indicator's feed and the latest updates about it. */
    public record Activity(ActivityViews.StoryView story, Link feed, List<io.impactsite.pages.View.UpdateCard> updates) {}
    /** The kinds of chart an indicator's page draws for a series. */
    public enum ChartKind { LINE, EQUITY, MAP }

    /**
     * A chart of the page: the series it is of (its place in the analysis' list), its kind and its
     * element id ("chart-series-1", "equity-series-1", "map-series-1"), which also names its CSV and
     * embed page.
     */
    public record ChartRef(int series, ChartKind kind, String id) {}

    /** Every chart the page of a reported indicator draws, in page order. */
    public static List<ChartRef> charts(IndicatorAnalysis a) {
        List<ChartRef> out = new ArrayList<>();
        if (a.indicator().reporting() != Indicator.Reporting.REPORTED) return out;
        for (int n = 0; n < a.series().size(); n++) {
            SeriesAnalysis h = a.series().get(n);
            if (h.series().observations().stream().noneMatch(Observation::hasValue)) continue;
            String panel = "series-" + (n + 1);
            out.add(new ChartRef(n, ChartKind.LINE, "chart-" + panel));
            if (MapViews.has(a.indicator(), h)) out.add(new ChartRef(n, ChartKind.MAP, "map-" + panel));
            if (shownGroups(h).stream().anyMatch(g -> g.status().latest() != null)) {
                out.add(new ChartRef(n, ChartKind.EQUITY, "equity-" + panel));
            }
        }
        return out;
    }

    /** @param target the value the group's status is measured against (its own target, or the series'), "" without one */
    public record GroupStatus(String label, String latest, String latestPeriod, String target, String targetPeriod,
                              Badge status, String reason) {}

    public static Address at(String id) {
        return Address.folder("indicators", id);
    }

    private Indicator indicator() {
        return analysis.indicator();
    }

    @Override public Kind kind() {
        return Kind.INDICATOR;
    }

    @Override public Address address() {
        return at(indicator().id());
    }

    @Override public String key() {
        return indicator().id();
    }

    @Override public Message title() {
        return Message.text(indicator().title());
    }

    @Override public Message description() {
        return Message.markdown(indicator().description());
    }

    @Override public Address parent() {
        return ReportCardPage.AT;
    }

    @Override public boolean script() {
        return analysis.headline() != null && reported();
    }

    @Override public Address feed() {
        return TopicFeedPage.ofIndicator(indicator().id());
    }

    /** ECharts' map series is only in its full build. */
    @Override public boolean allChartTypes() {
        return charts(analysis).stream().anyMatch(r -> r.kind() == ChartKind.MAP);
    }

    private boolean reported() {
        return indicator().reporting() == Indicator.Reporting.REPORTED;
    }

    @Override public View view(ViewContext c) {
        Indicator i = indicator();
        List<SeriesPanel> panels = new ArrayList<>();
        int n = 0;
        for (SeriesAnalysis h : analysis.series()) {
            n++;
            // rows whose series and value are both empty make a "series" with nothing to show
            if (h.series().observations().stream().noneMatch(Observation::hasValue)) continue;
            panels.add(reported() ? panel(c, i, h, "series-" + n) : valuesOnly(c, i, h, "series-" + n));
        }
        Strings s = c.strings();
        List<Link> downloads = i.dataFile().isEmpty() ? List.of(new Link(s.get("download.json"), c.href(DataJsonPage.at(i))))
                : List.of(new Link(s.format("download.csv", fileName(i.dataFile())), c.href(DataFilePage.at(i))),
                        new Link(s.get("download.json"), c.href(DataJsonPage.at(i))));
        var contributions = c.analysis().toIndicator().getOrDefault(i.id(), List.of()).stream()
                .map(x -> Cards.contribution(c, x)).toList();
        var activity = new Activity(ActivityViews.story(c, i.story()),
                new Link(s.format("feed.subscribe", i.title()), c.href(feed())),
                news.stream().map(u -> Cards.update(c, u)).toList());
        return new View(c.row(analysis), c.html(i.description()), c.html(i.method()), c.html(i.notes()),
                i.source().name().isEmpty() ? null : new Link(i.source().name(), i.source().url()),
                s.get("direction." + i.direction().name().toLowerCase(Locale.ROOT)), panels, downloads, contributions,
                activity, dictionary(c, i.dictionary()));
    }

    private static Dictionary dictionary(ViewContext c, io.impactsite.model.DataDictionary d) {
        if (d.isEmpty()) return null;
        return new Dictionary(d.updated() == null ? "" : c.format().date(d.updated()),
                d.nextRelease() == null ? "" : c.format().date(d.nextRelease()), d.steward(), c.html(d.suppression()),
                d.breaks().stream().map(b -> new Break(b.period(), c.html(b.note()))).toList());
    }

    private static SeriesPanel panel(ViewContext c, Indicator i, SeriesAnalysis h, String id) {
        var changes = c.analysis().activities().changesOfIndicator(i.id());
        var data = IndicatorViews.lineData(c, i, h, changes);
        return new SeriesPanel(id, h.series().name(), h.series().unit(), IndicatorViews.badge(c, h.status()),
                c.text(h.status().reason()), IndicatorViews.sentence(c, i, h), IndicatorViews.chart(c, i, h, "chart-" + id, data),
                DataTables.of(c, i, h, id + "-values"),
                shownGroups(h).stream().map(g -> new GroupStatus(g.group().label(),
                        g.status().latest() == null ? "" : IndicatorViews.value(c, i, h, g.status().latest().value()),
                        g.status().latest() == null ? "" : g.status().latest().period(),
                        g.status().target() == null ? "" : IndicatorViews.value(c, i, h, g.status().target().value()),
                        g.status().target() == null ? "" : g.status().target().period(),
                        IndicatorViews.badge(c, g.status()), c.text(g.status().reason()))).toList(),
                IndicatorViews.equityChart(c, i, h, "equity-" + id),
                h.gaps().stream().map(gap -> IndicatorViews.gapSentence(c, i, h, gap)).toList(),
                ActivityViews.chartChanges(c, changes, data.markers()), groupsLeftOut(c, h), MapViews.view(c, i, h, "map-" + id));
    }

    /** Before its data are complete, a series shows its values so far: no status, chart or gaps. */
    private static SeriesPanel valuesOnly(ViewContext c, Indicator i, SeriesAnalysis h, String id) {
        return new SeriesPanel(id, h.series().name(), h.series().unit(), null, "", "", null, DataTables.of(c, i, h, id + "-values"),
                List.of(), null, List.of(), List.of(), "", null);
    }
    /** Groups beyond which a dimension's groups are not listed one by one (they stay in the tables and the download). */
    static final int MAX_LISTED_GROUPS = 30;

    /** The groups a page lists and bars: those of dimensions with at most {@link #MAX_LISTED_GROUPS} groups. */
    static List<SeriesAnalysis.GroupAnalysis> shownGroups(SeriesAnalysis h) {
        java.util.Map<String, Long> perDimension = h.groups().stream().collect(java.util.stream.Collectors
                .groupingBy(g -> g.group().dimension(), java.util.stream.Collectors.counting()));
        return h.groups().stream().filter(g -> perDimension.get(g.group().dimension()) <= MAX_LISTED_GROUPS).toList();
    }

    private static String groupsLeftOut(ViewContext c, SeriesAnalysis h) {
        List<String> large = h.groups().stream().map(g -> g.group().dimension()).distinct()
                .filter(d -> h.groups().stream().filter(g -> g.group().dimension().equals(d)).count() > MAX_LISTED_GROUPS)
                .toList();
        return large.isEmpty() ? "" : c.strings().format("indicator.groupsLeftOut", MAX_LISTED_GROUPS, String.join(", ", large));
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
