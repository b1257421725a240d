package io.impactsite.pages;

import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.model.Indicator;
import io.impactsite.model.Message;
import io.impactsite.pages.IndicatorPage.ChartRef;
import io.impactsite.pages.View.Cell;
import io.impactsite.pages.View.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * indicators/&lt;id&gt;/embed/&lt;chart&gt;/: one chart alone, for another site to put in an iframe. Its
 * static drawing (no script: it paints at once and needs nothing from the embedding site), its
 * summary, the table of its numbers, where the data come from, and a link back to the indicator's
 * page. No navigation. Its canonical address is the indicator's page, and it is left out of the sitemap.
 */
public record EmbedPage(IndicatorAnalysis analysis, ChartRef chart, Set<String> sources) implements Page {

    /**
     * @param canonical the indicator page's absolute address ("" without a base URL)
     * @param back      the link back to the indicator's page (absolute where the site has a base URL)
     * @param source    where the data come from, "" when unknown
     */
    public record View(String title, io.impactsite.pages.View.Chart chart, String summary, io.impactsite.pages.View.Table table,
                       String canonical, String back, String backLabel, String source, String publisher) {}

    public static Address at(String indicator, String chart) {
        return Address.folder("indicators", indicator, "embed", chart);
    }

    @Override public Kind kind() {
        return Kind.EMBED;
    }

    @Override public Address address() {
        return at(analysis.indicator().id(), chart.id());
    }

    @Override public Message title() {
        return Message.text(analysis.indicator().title());
    }

    @Override public Address parent() {
        return IndicatorPage.at(analysis.indicator().id());
    }

    @Override public View view(ViewContext c) {
        Indicator i = analysis.indicator();
        SeriesAnalysis h = analysis.series().get(chart.series());
        io.impactsite.pages.View.Chart figure;
        io.impactsite.pages.View.Table table;
        String summary;
        switch (chart.kind()) {
            case LINE -> {
                figure = IndicatorViews.chart(c, i, h, chart.id());
                table = DataTables.of(c, i, h, chart.id() + "-values");
                summary = IndicatorViews.sentence(c, i, h);
            }
            case EQUITY -> {
                figure = IndicatorViews.equityChart(c, i, h, chart.id());
                table = groups(c, i, h);
                summary = String.join(" ", h.gaps().stream().map(g -> IndicatorViews.gapSentence(c, i, h, g)).toList());
            }
            default -> {
                MapViews.MapView map = MapViews.view(c, i, h, chart.id());
                figure = map.chart();
                table = map.table();
                summary = figure.svg().description();
            }
        }
        String base = c.site().initiative().settings().baseUrl();
        Address page = IndicatorPage.at(i.id());
        String back = base.isEmpty() ? c.root() + c.href(page) : page.absolute(base);
        String source = i.source().name();
        return new View(figure.share().title(), figure, summary, table, base.isEmpty() ? "" : page.absolute(base), back,
                c.strings().format("embed.back", i.title(), c.site().initiative().shortName()), source,
                c.site().initiative().name());
    }

    /** Each group's latest value: the numbers of the group chart. */
    private static io.impactsite.pages.View.Table groups(ViewContext c, Indicator i, SeriesAnalysis h) {
        List<Row> rows = new ArrayList<>();
        for (SeriesAnalysis.GroupAnalysis g : IndicatorPage.shownGroups(h)) {
            if (g.status().latest() == null) continue;
            rows.add(new Row(List.of(new Cell(g.group().label(), false, false, ""),
                    new Cell(g.status().latest().period(), false, false, ""),
                    new Cell(IndicatorViews.value(c, i, h, g.status().latest().value()), true, false, "")), false));
        }
        return new io.impactsite.pages.View.Table(c.strings().format("chart.equity", i.title()),
                List.of(c.strings().get("indicator.group"), c.strings().get("table.period"), c.strings().get("table.value")),
                rows);
    }
}
