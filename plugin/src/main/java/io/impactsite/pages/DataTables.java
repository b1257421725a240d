package io.impactsite.pages;

import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.model.Indicator;
import io.impactsite.model.Observation;
import io.impactsite.model.Period;
import io.impactsite.model.Series;
import io.impactsite.pages.View.Cell;
import io.impactsite.pages.View.Head;
import io.impactsite.pages.View.Note;
import io.impactsite.pages.View.Row;
import io.impactsite.pages.View.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The table of every value of a series. Notes are said once: what (nearly) every value shares, such as
 * an Open SDG file's {@code GeoCode} and {@code Observation status}, goes under the table as one
 * sentence; the rest become numbered footnotes, one number per distinct note, so that a cell holds a
 * value and a marker and the table keeps its width.
 */
final class DataTables {
    private DataTables() {}

    /** Beyond this many value columns a wide table stops being readable; the table turns long. */
    static final int WIDE_COLUMNS = 8;

    /**
     * A row per period with a column for the headline and each group (under a header of its dimension);
     * or, for files with many groups (an Open SDG file crossing place by population), a row per group
     * and period.
     *
     * @param id the table's id, which its footnotes' ids start with
     */
    static Table of(ViewContext c, Indicator i, SeriesAnalysis h, String id) {
        Series s = h.series();
        Strings strings = c.strings();
        boolean whole = !LargeSeries.tooLong(s);
        Map<Map<String, String>, String> columns = columns(s, strings.get("chart.all"), whole);
        String caption = strings.format("table.caption", i.title(), s.name().isEmpty() ? s.unit() : s.name());
        Values values = new Values(c, i, h);
        List<Row> rows = new ArrayList<>();
        List<List<Head>> head = new ArrayList<>();
        List<Integer> colgroups = new ArrayList<>();
        if (columns.size() > WIDE_COLUMNS) {
            Map<Map<String, String>, List<Observation>> byGroup = new LinkedHashMap<>();
            s.observations().forEach(o -> byGroup.computeIfAbsent(o.dimensions(), d -> new ArrayList<>()).add(o));
            columns.forEach((dims, label) -> byGroup.getOrDefault(dims, List.of()).stream()
                    .sorted(Comparator.comparing(Observation::period))
                    .forEach(o -> rows.add(new Row(List.of(new Cell(label, false, false, ""),
                            new Cell(o.period().label(), false, false, ""), values.cell(o)), dims.isEmpty()))));
            head.add(List.of(col(strings.get("indicator.group"), false), col(strings.get("table.period"), false),
                    col(strings.get("table.value"), true)));
        } else {
            TreeMap<Period, Map<Map<String, String>, Observation>> byPeriod = new TreeMap<>();
            s.observations().stream().filter(o -> columns.containsKey(o.dimensions()))
                    .forEach(o -> byPeriod.computeIfAbsent(o.period(), p -> new LinkedHashMap<>()).put(o.dimensions(), o));
            byPeriod.forEach((period, at) -> {
                List<Cell> cells = new ArrayList<>();
                cells.add(new Cell(period.label(), false, false, ""));
                columns.keySet().forEach(column -> cells.add(values.cell(at.get(column))));
                rows.add(new Row(cells, false));
            });
            header(columns, strings, head, colgroups);
        }
        return new Table(id, caption, List.copyOf(colgroups), List.copyOf(head), List.copyOf(rows), values.common(),
                values.notes(), values.missing, values.provisional, whole ? "" : strings.format("table.summary",
                s.observations().size(), IndicatorPage.fileName(i.dataFile())));
    }

    /**
     * The headline first, then each dimension's groups together, in the order the file has them; of a
     * series too large to show whole ({@link LargeSeries}), only the groups of its small dimensions.
     */
    private static Map<Map<String, String>, String> columns(Series s, String all, boolean whole) {
        Map<Map<String, String>, String> found = new LinkedHashMap<>();
        s.observations().stream().filter(o -> !o.dimensions().isEmpty() && (whole || LargeSeries.summarised(s, o.dimensions())))
                .forEach(o -> found.computeIfAbsent(o.dimensions(), Series::label));
        List<String> dimensions = new ArrayList<>();
        found.keySet().forEach(d -> d.keySet().forEach(k -> {
            if (!dimensions.contains(k)) dimensions.add(k);
        }));
        Map<Map<String, String>, String> columns = new LinkedHashMap<>();
        if (!s.headline().isEmpty()) columns.put(Map.of(), all);
        for (String d : dimensions) {
            found.forEach((dims, label) -> {
                if (dims.size() == 1 && dims.containsKey(d)) columns.put(dims, label);
            });
        }
        // cross-classified columns (two dimensions or more) go last, as found
        found.forEach((dims, label) -> {
            if (dims.size() > 1) columns.put(dims, label);
        });
        return columns;
    }

    /**
     * One header row, or two where every group column is of one dimension: the dimension over its
     * groups ("Race" over "Black", "White"), Period and All spanning both rows.
     */
    private static void header(Map<Map<String, String>, String> columns, Strings strings, List<List<Head>> head,
                               List<Integer> colgroups) {
        boolean grouped = columns.keySet().stream().anyMatch(d -> d.size() == 1)
                && columns.keySet().stream().allMatch(d -> d.size() <= 1);
        if (!grouped) {
            List<Head> row = new ArrayList<>();
            row.add(col(strings.get("table.period"), false));
            columns.values().forEach(label -> row.add(col(label, true)));
            head.add(List.copyOf(row));
            return;
        }
        List<Head> top = new ArrayList<>();
        List<Head> sub = new ArrayList<>();
        top.add(new Head(strings.get("table.period"), "", 1, 2, "col", false));
        int lead = 1;
        Map<String, Integer> spans = new LinkedHashMap<>();
        for (Map.Entry<Map<String, String>, String> e : columns.entrySet()) {
            if (e.getKey().isEmpty()) {
                top.add(new Head(e.getValue(), "", 1, 2, "col", true));
                lead++;
                continue;
            }
            var only = e.getKey().entrySet().iterator().next();
            spans.merge(only.getKey(), 1, Integer::sum);
            String dimension = Series.label(Map.of(only.getKey(), only.getValue()));
            String prefix = dimension.substring(0, dimension.length() - only.getValue().length());
            sub.add(new Head(only.getValue(), prefix, 1, 1, "col", true));
        }
        colgroups.add(lead);
        spans.forEach((dimension, span) -> {
            String label = Series.label(Map.of(dimension, "x"));
            top.add(new Head(label.substring(0, label.length() - 3), "", span, 1, "colgroup", true));
            colgroups.add(span);
        });
        head.add(List.copyOf(top));
        head.add(List.copyOf(sub));
    }

    private static Head col(String label, boolean number) {
        return new Head(label, "", 1, 1, "col", number);
    }

    /**
     * The cells of one table and its notes. An attribute whose value most of the table's values share
     * (a strict majority) is stated once below the table; a value that differs, and every free-text note,
     * is a footnote, numbered in reading order.
     */
    private static final class Values {
        private final ViewContext c;
        private final Indicator indicator;
        private final Series series;
        private final Indicator.Measure measure;
        private final Map<String, String> common = new LinkedHashMap<>();
        private final Map<String, String> markers = new LinkedHashMap<>();
        boolean missing;
        boolean provisional;

        Values(ViewContext c, Indicator i, SeriesAnalysis h) {
            this.c = c;
            this.indicator = i;
            this.series = h.series();
            this.measure = IndicatorViews.measure(i, h);
            Series s = series;
            Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
            s.observations().forEach(o -> attributes(o).forEach((k, v) ->
                    counts.computeIfAbsent(k, x -> new LinkedHashMap<>()).merge(v, 1, Integer::sum)));
            int n = s.observations().size();
            counts.forEach((k, byValue) -> byValue.entrySet().stream().max(Map.Entry.comparingByValue())
                    .filter(top -> top.getValue() * 2 > n).ifPresent(top -> common.put(k, top.getKey())));
        }

        /** The attributes shown as notes: the provisional marker stands for the status that says so. */
        private static Map<String, String> attributes(Observation o) {
            Map<String, String> out = new LinkedHashMap<>(o.attributes());
            if (o.provisional()) {
                out.remove("status");
                out.values().removeIf(v -> v.toLowerCase(java.util.Locale.ROOT).startsWith("provisional") || v.equalsIgnoreCase("p"));
            }
            return out;
        }

        Cell cell(Observation o) {
            if (o == null) {
                missing = true;
                return new Cell("", true, false, "", true);
            }
            List<String> parts = new ArrayList<>();
            if (!o.note().isEmpty()) parts.add(o.note());
            attributes(o).forEach((k, v) -> {
                if (!v.equals(common.get(k))) parts.add(k + ": " + v);
            });
            String marker = parts.isEmpty() ? "" : markers.computeIfAbsent(String.join("; ", parts),
                    t -> String.valueOf(markers.size() + 1));
            provisional |= o.provisional();
            if (!o.hasValue()) {
                missing = true;
                return new Cell("", true, o.provisional(), marker, true);
            }
            return new Cell(c.format().value(o.value(), measure, series.unit(), IndicatorViews.decimals(indicator, series)),
                    true, o.provisional(), marker, false);
        }

        String common() {
            if (common.isEmpty()) return "";
            List<String> parts = new ArrayList<>();
            common.forEach((k, v) -> parts.add(k + ": " + v));
            return c.strings().format("table.common", String.join("; ", parts));
        }

        List<Note> notes() {
            List<Note> notes = new ArrayList<>();
            markers.forEach((text, marker) -> notes.add(new Note(marker, text)));
            return List.copyOf(notes);
        }
    }
}
