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
public record IndicatorPage(IndicatorAnalysis analysis) implements Page {

    public record View(IndicatorRow row, TemplateHTMLOutputModel description, TemplateHTMLOutputModel method,
                       TemplateHTMLOutputModel notes, Link source, String direction, List<SeriesPanel> panels,
                       List<Link> downloads, List<Contribution> contributions) {}

    /** One headline series of an indicator: status, sentence, chart, table, groups and gaps. */
    public record SeriesPanel(String id, String name, String unit, Badge status, String reason, String sentence,
                              Chart chart, Table table, List<GroupStatus> groups, Chart equity, List<String> gaps) {}

    public record GroupStatus(String label, String latest, String latestPeriod, Badge status, String reason) {}

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

    @Override public Set<String> sources() {
        return Set.of("indicators/" + indicator().id() + ".yml", indicator().dataFile(), "partners/");
    }

    @Override public boolean script() {
        return analysis.headline() != null;
    }

    @Override public View view(ViewContext c) {
        Indicator i = indicator();
        List<SeriesPanel> panels = new ArrayList<>();
        int n = 0;
        for (SeriesAnalysis h : analysis.series()) {
            n++;
            // rows whose series and value are both empty make a "series" with nothing to show
            if (h.series().observations().stream().noneMatch(Observation::hasValue)) continue;
            panels.add(panel(c, i, h, "series-" + n));
        }
        Strings s = c.strings();
        List<Link> downloads = List.of(
                new Link(s.format("download.csv", fileName(i.dataFile())), c.href(DataFilePage.at(i))),
                new Link(s.get("download.json"), c.href(DataJsonPage.at(i))));
        var contributions = c.analysis().toIndicator().getOrDefault(i.id(), List.of()).stream()
                .map(x -> Cards.contribution(c, x)).toList();
        return new View(IndicatorViews.row(c, analysis), c.html(i.description()), c.html(i.method()), c.html(i.notes()),
                i.source().name().isEmpty() ? null : new Link(i.source().name(), i.source().url()),
                s.get("direction." + i.direction().name().toLowerCase(Locale.ROOT)), panels, downloads, contributions);
    }

    private static SeriesPanel panel(ViewContext c, Indicator i, SeriesAnalysis h, String id) {
        return new SeriesPanel(id, h.series().name(), h.series().unit(), IndicatorViews.badge(c, h.status()),
                c.text(h.status().reason()), IndicatorViews.sentence(c, i, h), IndicatorViews.chart(c, i, h, "chart-" + id),
                DataTables.of(c, i, h, id + "-values"),
                h.groups().stream().map(g -> new GroupStatus(g.group().label(),
                        g.status().latest() == null ? "" : IndicatorViews.value(c, i, h, g.status().latest().value()),
                        g.status().latest() == null ? "" : g.status().latest().period(),
                        IndicatorViews.badge(c, g.status()), c.text(g.status().reason()))).toList(),
                IndicatorViews.equityChart(c, i, h, "equity-" + id),
                h.gaps().stream().map(gap -> IndicatorViews.gapSentence(c, i, h, gap)).toList());
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
