package io.impactsite.pages;

import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.chart.MapChart;
import io.impactsite.chart.MapData;
import io.impactsite.model.Indicator;
import io.impactsite.model.Observation;
import io.impactsite.model.Period;
import io.impactsite.model.PlaceMap;
import io.impactsite.pages.View.Cell;
import io.impactsite.pages.View.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An indicator's map by place for one series: the latest period any place has a value for, drawn and tabled. */
final class MapViews {
    private MapViews() {}

    /**
     * The map's part of a series panel: its heading, the figure (static SVG, option, shapes) and a
     * table of the same numbers.
     *
     * @param geo the shapes as GeoJSON for the interactive map, safe inside a script element
     */
    public record MapView(String heading, View.Chart chart, freemarker.core.TemplateHTMLOutputModel geo, View.Table table) {}

    /** The places' values of the series' latest period that has one, by shape code; empty without a map. */
    static Optional<Latest> latest(Indicator i, SeriesAnalysis h) {
        PlaceMap m = i.map();
        if (m == null || m.geography() == null) return Optional.empty();
        List<Observation> rows = h.series().observations().stream().filter(o -> m.isPlace(o) && o.hasValue()).toList();
        Optional<Period> period = rows.stream().map(Observation::period).max(Comparator.naturalOrder());
        if (period.isEmpty()) return Optional.empty();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Observation o : rows) {
            if (!o.period().samePeriod(period.get())) continue;
            m.geography().place(m.key(o)).ifPresent(p -> values.put(p.code(), o.value()));
        }
        return Optional.of(new Latest(period.get(), values));
    }

    /** The period a map shows and each place's value in it. */
    record Latest(Period period, Map<String, BigDecimal> values) {}

    /** Whether the series has a map: the indicator has one and some place has a value. */
    static boolean has(Indicator i, SeriesAnalysis h) {
        return latest(i, h).isPresent();
    }

    static MapData data(ViewContext c, Indicator i, SeriesAnalysis h, Latest latest) {
        Map<String, String> texts = new LinkedHashMap<>();
        latest.values().forEach((code, v) -> texts.put(code, IndicatorViews.value(c, i, h, v)));
        Indicator.Measure measure = IndicatorViews.measure(i, h);
        // the series is named by its period, as the table's column of values is
        return MapData.of(latest.period().label(), latest.period().label(), h.series().unit(),
                i.map().geography(), latest.values(), texts, IndicatorViews.decimals(i, h), IndicatorViews.style(c, measure),
                c.strings().get("map.noData"));
    }

    /** The map of a series, or null where it has none. */
    static MapView view(ViewContext c, Indicator i, SeriesAnalysis h, String id) {
        Optional<Latest> latest = latest(i, h);
        if (latest.isEmpty()) return null;
        MapData data = data(c, i, h, latest.get());
        Strings s = c.strings();
        String place = dimension(i.map());
        String lower = place.toLowerCase(c.format().locale());
        String title = s.format("map.title", i.title(), lower, data.period());
        String label = s.format("map.label", i.title(), lower, data.period());
        String summary = summary(c, i, h, data);
        var svg = MapChart.svg(data, label, summary);
        View.Chart chart = new View.Chart(id, Html.of(MapChart.json(data)), h.series().unit(), IndicatorViews.decimals(i, h),
                c.format().locale().toLanguageTag(), label, svg,
                ChartShares.of(c, i, id, title, latest.get().period(), svg.drawings().get(1).height()));
        return new MapView(s.format("map.heading", lower, data.period()), chart, Html.of(MapChart.geoJson(data)),
                table(c, data, place, title));
    }

    /** "In 2024, the highest value was 48.2 places per 100 children in Confluence and the lowest 20.1 in Southfork." */
    static String summary(ViewContext c, Indicator i, SeriesAnalysis h, MapData data) {
        List<MapData.Area> valued = sorted(data).stream().filter(MapData.Area::hasValue).toList();
        MapData.Area high = valued.get(0);
        MapData.Area low = valued.get(valued.size() - 1);
        String out = valued.size() == 1 ? c.strings().format("map.summary.one", data.period(),
                IndicatorViews.quantity(c, i, h, high.value()), high.place().label())
                : c.strings().format("map.summary", data.period(),
                        IndicatorViews.quantity(c, i, h, high.value()), high.place().label(), low.text(),
                        low.place().label());
        long missing = data.areas().stream().filter(a -> !a.hasValue()).count();
        return missing == 0 ? out : out + " " + c.strings().format("map.summary.missing", missing);
    }

    /** Places by value, highest first; those without one last, by name. */
    static List<MapData.Area> sorted(MapData data) {
        List<MapData.Area> areas = new ArrayList<>(data.areas());
        areas.sort(Comparator.comparing((MapData.Area a) -> a.hasValue() ? 0 : 1)
                .thenComparing(a -> a.hasValue() ? a.value().negate() : BigDecimal.ZERO)
                .thenComparing(a -> a.place().label()));
        return areas;
    }

    /** Every place and its value, highest first, with its class; the table beside the map. */
    static View.Table table(ViewContext c, MapData data, String place, String caption) {
        List<Row> rows = new ArrayList<>();
        for (MapData.Area a : sorted(data)) {
            rows.add(new Row(List.of(new Cell(a.place().label(), false, false, ""),
                    new Cell(a.hasValue() ? a.text() : c.strings().get("table.missing"), true, false, ""),
                    new Cell(a.hasValue() ? data.bands().get(a.band()).label() : data.noData(), false, false, "")), false));
        }
        return new View.Table(caption, List.of(place, data.period(), c.strings().get("map.class")), rows);
    }

    /** The place column as a heading: "District"; "Place" for GeoCodes of a column of another name. */
    static String dimension(PlaceMap m) {
        String d = m.dimension();
        return d.isEmpty() ? "Place" : d.substring(0, 1).toUpperCase(Locale.ROOT) + d.substring(1);
    }
}
