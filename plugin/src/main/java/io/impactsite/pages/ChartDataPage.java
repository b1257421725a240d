package io.impactsite.pages;

import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.chart.LineData;
import io.impactsite.chart.MapData;
import io.impactsite.model.Message;
import io.impactsite.pages.CombinedCsvPage.CsvTable;
import io.impactsite.pages.IndicatorPage.ChartRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * indicators/&lt;id&gt;/&lt;chart&gt;.csv: the numbers one chart draws, as it draws them. The line chart's
 * are its periods, each line (everyone and each group) and the target; its trend is left out, as it
 * is a projection and not data. The group chart's are each group's latest value; the map's each
 * place's value and class. Values are written as the content writes them, never rounded.
 */
public record ChartDataPage(IndicatorAnalysis analysis, ChartRef chart, Set<String> sources) implements Page {

    public static Address at(String indicator, String chart) {
        return Address.file("indicators/" + indicator + "/" + chart + ".csv");
    }

    @Override public Kind kind() {
        return Kind.CHART_DATA;
    }

    @Override public Address address() {
        return at(analysis.indicator().id(), chart.id());
    }

    @Override public Message title() {
        return Message.text(chart.id() + ".csv");
    }

    @Override public Address parent() {
        return null;
    }

    @Override public CsvTable view(ViewContext c) {
        SeriesAnalysis h = analysis.series().get(chart.series());
        var i = analysis.indicator();
        Strings s = c.strings();
        return switch (chart.kind()) {
            case LINE -> line(IndicatorViews.lineData(c, i, h), s);
            case EQUITY -> {
                List<List<String>> rows = new ArrayList<>();
                for (SeriesAnalysis.GroupAnalysis g : IndicatorPage.shownGroups(h)) {
                    if (g.status().latest() == null) continue;
                    rows.add(List.of(g.group().dimension(), g.group().name(), g.status().latest().period(),
                            g.status().latest().value().toPlainString()));
                }
                yield new CsvTable(List.of("dimension", "group", "period", "value"), rows);
            }
            case MAP -> {
                var latest = MapViews.latest(i, h).orElseThrow();
                MapData data = MapViews.data(c, i, h, latest);
                List<List<String>> rows = new ArrayList<>();
                for (MapData.Area a : data.areas()) {
                    BigDecimal v = latest.values().get(a.place().code());
                    rows.add(List.of(a.place().code(), a.place().label(), data.period(), v == null ? "" : v.toPlainString(),
                            a.hasValue() ? data.bands().get(a.band()).label() : ""));
                }
                yield new CsvTable(List.of("code", i.map().dimension(), "period", "value", "class"), rows);
            }
        };
    }

    /** A row per period that has a value or the target; a column per line, then the target. */
    private static CsvTable line(LineData data, Strings s) {
        List<String> columns = new ArrayList<>(List.of(s.get("table.period")));
        data.lines().forEach(l -> columns.add(l.name()));
        if (data.target() != null) columns.add(data.target().label());
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < data.periods().size(); p++) {
            List<String> row = new ArrayList<>(List.of(data.periods().get(p)));
            boolean any = false;
            for (LineData.Line l : data.lines()) {
                BigDecimal v = l.values().get(p);
                row.add(v == null ? "" : v.toPlainString());
                any |= v != null;
            }
            if (data.target() != null) {
                boolean here = data.target().index() == p;
                row.add(here ? data.target().value().toPlainString() : "");
                any |= here;
            }
            if (any) rows.add(row);
        }
        return new CsvTable(columns, rows);
    }
}
