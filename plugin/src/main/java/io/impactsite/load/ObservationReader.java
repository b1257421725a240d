package io.impactsite.load;

import io.impactsite.problem.Problems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.impactsite.model.Observation;
import io.impactsite.model.Period;
import io.impactsite.model.Periods;
import io.impactsite.model.Series;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an indicator's observations: our tidy layout ({@code period,value,<dimensions>...}) or an
 * Open SDG file as its adopters publish it ({@code Year,Units,...,Value}), BOM and CRLF included.
 * Jackson CSV does the parsing; this class gives the columns their meaning.
 */
final class ObservationReader {
    /** Open SDG's observation attributes: notes about a value, never groups. */
    private static final Set<String> OPEN_SDG_ATTRIBUTES =
            Set.of("GeoCode", "Observation status", "Unit multiplier", "Unit measure", "COMMENT_OBS");
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "#n/a");

    private final CsvMapper mapper = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    /** The columns of a file, by role. */
    private record Layout(int period, int value, int note, int status, List<Integer> seriesColumns,
                          List<Integer> attributes, List<Integer> dimensions, String[] header) {}

    private record Row(int number, String seriesName, String units, Period.Kind[] kinds, String periodLabel,
                       Observation partial) {}

    /**
     * The series of a file, or an empty list when it has problems (all of them reported).
     *
     * @param unit the indicator's unit, for files without a {@code Units} column
     */
    /** A file's columns as its first line names them, and its series. */
    record Data(List<String> columns, List<Series> series) {
        static final Data NONE = new Data(List.of(), List.of());
    }

    Data read(String text, String file, String unit, Problems problems) {
        List<String[]> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        // A byte order mark before a quoted header would otherwise become part of the first cell.
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
            while (it.hasNextValue()) {
                records.add(it.nextValue());
                // the line a record starts on: blank lines and quoted line breaks make it differ from its index
                lineNumbers.add(it.getParser().currentTokenLocation().getLineNr());
            }
        } catch (JsonProcessingException e) {
            int open = unclosedQuote(text);
            if (open > 0) {
                problems.error(file, open, "a quote (\") opens a value on this line and is never closed. Close it "
                        + "after the value, or remove it.");
            } else {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                problems.error(file, line, "this is not a readable CSV file: " + e.getOriginalMessage()
                        + ". Check for an unclosed quote.");
            }
            return Data.NONE;
        } catch (IOException e) {
            problems.error(file, 0, "cannot be read: " + e.getMessage());
            return Data.NONE;
        }
        if (records.isEmpty()) {
            problems.error(file, 0, "the file is empty. Its first line names the columns: period,value and one "
                    + "column per group dimension.");
            return Data.NONE;
        }
        Layout layout = layout(records.get(0), file, problems);
        if (layout == null) return Data.NONE;
        return new Data(List.of(layout.header()), series(records, lineNumbers, layout, file, unit, problems));
    }

    private Layout layout(String[] header, String file, Problems problems) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            if (index.putIfAbsent(header[i], i) != null) {
                problems.error(file, 1, i + 1, "the column `" + header[i] + "` appears twice. Give each column its own name.");
                return null;
            }
        }
        boolean openSdg = index.containsKey("Year") && index.containsKey("Value");
        int period = openSdg ? index.get("Year") : find(header, "period");
        int value = openSdg ? index.get("Value") : find(header, "value");
        if (period < 0 || value < 0) {
            boolean both = period < 0 && value < 0;
            problems.error(file, 1, "the first line has no " + (both ? "`period` column and no `value` column"
                    : period < 0 ? "`period` column" : "`value` column") + "; it names: " + String.join(", ", header)
                    + ". Rename the column" + (both ? "s that hold the periods and the values to `period` and `value`"
                    : period < 0 ? " that holds the periods to `period`" : " that holds the values to `value`")
                    + " (Open SDG files use `Year` and `Value`).");
            return null;
        }
        int note = openSdg ? -1 : find(header, "note");
        int status = openSdg ? -1 : find(header, "status");
        List<Integer> seriesColumns = new ArrayList<>();
        List<Integer> attributes = new ArrayList<>();
        List<Integer> dimensions = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            if (i == period || i == value || i == note || i == status) continue;
            if (openSdg && (header[i].equals("Units") || header[i].equals("Series"))) seriesColumns.add(i);
            else if (openSdg && OPEN_SDG_ATTRIBUTES.contains(header[i])) attributes.add(i);
            else if (header[i].isBlank()) {
                problems.error(file, 1, i + 1, "column " + (i + 1) + " has no name. Name it, or remove the column.");
                return null;
            } else dimensions.add(i);
        }
        return new Layout(period, value, note, status, seriesColumns, attributes, dimensions, header);
    }

    /** The line of a quote that is never closed, or 0. A doubled quote inside a value opens and closes. */
    private static int unclosedQuote(String text) {
        boolean quoted = false;
        int line = 1;
        int openedOn = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                if (quoted) openedOn = line;
            } else if (c == '\n') {
                line++;
            }
        }
        return quoted ? openedOn : 0;
    }

    /** Groups as a person reads them: "(race: Black, income: Low income)". */
    private static String describe(Map<String, String> dimensions) {
        List<String> parts = new ArrayList<>();
        dimensions.forEach((d, g) -> parts.add(d + ": " + g));
        return "(" + String.join(", ", parts) + ")";
    }

    private static int find(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().toLowerCase(Locale.ROOT).equals(name)) return i;
        }
        return -1;
    }

    private List<Series> series(List<String[]> records, List<Integer> lineNumbers, Layout layout, String file,
                                String unit, Problems problems) {
        Map<String, List<Row>> bySeries = new LinkedHashMap<>();
        boolean ok = true;
        for (int r = 1; r < records.size(); r++) {
            String[] cells = records.get(r);
            int number = lineNumbers.get(r) > 0 ? lineNumbers.get(r) : r + 1;
            if (cells.length != layout.header().length) {
                problems.error(file, number, "this row has " + cells.length + " cells but the first line names "
                        + layout.header().length + " columns. Every row needs a cell per column (leave it empty).");
                ok = false;
                continue;
            }
            Row row = row(cells, number, layout, file, problems);
            if (row == null) ok = false;
            else bySeries.computeIfAbsent(row.seriesName(), k -> new ArrayList<>()).add(row);
        }
        if (!ok) return List.of();
        List<Series> result = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : bySeries.entrySet()) {
            Series s = build(e.getKey(), e.getValue(), layout, file, unit, problems);
            if (s == null) ok = false;
            else result.add(s);
        }
        return ok ? result : List.of();
    }

    private Row row(String[] cells, int number, Layout layout, String file, Problems problems) {
        String label = cells[layout.period()].strip();
        Set<Period.Kind> kinds = Periods.kindsOf(label);
        boolean ok = true;
        if (kinds.isEmpty()) {
            problems.error(file, number, layout.period() + 1, "`" + label + "` is not a period. Write "
                    + Periods.formats() + ".");
            ok = false;
        }
        BigDecimal value = null;
        String raw = cells[layout.value()].strip();
        if (!MISSING.contains(raw.toLowerCase(Locale.ROOT))) {
            try {
                value = new BigDecimal(raw);
            } catch (NumberFormatException e) {
                String hint = raw.matches("[0-9.,\\s]+")
                        ? " Write numbers with `.` as the decimal point and no thousands separators."
                        : raw.matches("[-+]?[$€£]?\\s*[-+]?[0-9.,]+\\s*[%$€£]?")
                        ? " Write the number alone, without `%` or a currency sign: the indicator's `unit` says what it is in."
                        : " Leave the cell empty, or write NA, where there is no value.";
                problems.error(file, number, layout.value() + 1, "`" + raw + "` in column `"
                        + layout.header()[layout.value()] + "` is not a number." + hint);
                ok = false;
            }
        }
        if (!ok) return null;
        Map<String, String> dimensions = new LinkedHashMap<>();
        for (int i : layout.dimensions()) {
            String cell = cells[i].strip();
            if (!MISSING.contains(cell.toLowerCase(Locale.ROOT))) dimensions.put(layout.header()[i], cell);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i : layout.attributes()) {
            if (!cells[i].isBlank()) attributes.put(layout.header()[i], cells[i].strip());
        }
        String note = layout.note() < 0 ? "" : cells[layout.note()].strip();
        String status = layout.status() < 0 ? attributes.getOrDefault("Observation status", "")
                : cells[layout.status()].strip();
        if (!status.isEmpty() && layout.status() >= 0) attributes.put("status", status);
        boolean provisional = status.toLowerCase(Locale.ROOT).startsWith("provisional") || status.equalsIgnoreCase("p");
        List<String> seriesParts = new ArrayList<>();
        for (int i : layout.seriesColumns()) {
            if (!cells[i].isBlank()) seriesParts.add(cells[i].strip());
        }
        String seriesName = String.join(" · ", seriesParts);
        Period placeholder = new Period(Period.Kind.YEAR, 0, 0, label);
        String units = "";
        for (int i : layout.seriesColumns()) {
            if (layout.header()[i].equals("Units")) units = cells[i].strip();
        }
        return new Row(number, seriesName, units, kinds.toArray(Period.Kind[]::new), label,
                new Observation(placeholder, value, dimensions, note,
                        provisional, attributes, number));
    }

    private Series build(String name, List<Row> rows, Layout layout, String file, String unit, Problems problems) {
        Set<Period.Kind> common = EnumSet.allOf(Period.Kind.class);
        for (Row row : rows) {
            Set<Period.Kind> these = EnumSet.noneOf(Period.Kind.class);
            these.addAll(List.of(row.kinds()));
            Set<Period.Kind> next = EnumSet.copyOf(common);
            next.retainAll(these);
            if (next.isEmpty()) {
                problems.error(file, row.number(), layout.period() + 1, "`" + row.periodLabel() + "` is a "
                        + these.iterator().next().description() + ", but the rows above are "
                        + common.iterator().next().description() + "s. Use one kind of period per series"
                        + (name.isEmpty() ? "" : " (" + name + ")") + ".");
                return null;
            }
            common = next;
        }
        Period.Kind kind = common.iterator().next();
        List<Observation> all = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        boolean ok = true;
        for (Row row : rows) {
            Observation o = row.partial();
            Period period = Periods.parse(row.periodLabel(), kind).orElseThrow();
            String key = period.year() + "/" + period.sub() + "/" + o.dimensions();
            Integer earlier = seen.putIfAbsent(key, row.number());
            if (earlier != null) {
                problems.error(file, row.number(), "a second value for " + row.periodLabel()
                        + (o.dimensions().isEmpty() ? "" : " " + describe(o.dimensions()))
                        + (name.isEmpty() ? "" : " in " + name) + "; the first is on line " + earlier
                        + ". Keep one of them.");
                ok = false;
                continue;
            }
            all.add(new Observation(period, o.value(), o.dimensions(), o.note(), o.provisional(), o.attributes(),
                    o.row()));
        }
        if (!ok) return null;
        Comparator<Observation> byPeriod = Comparator.comparing(Observation::period);
        List<Observation> headline = all.stream().filter(Observation::isHeadline).sorted(byPeriod).toList();
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        for (int d : layout.dimensions()) {
            String dimension = layout.header()[d];
            all.stream().filter(o -> o.dimensions().size() == 1 && o.dimensions().containsKey(dimension))
                    .forEach(o -> groups.computeIfAbsent(dimension + "\u0000" + o.dimensions().get(dimension),
                            k -> new ArrayList<>()).add(o));
        }
        List<Series.Group> groupList = groups.entrySet().stream().map(e -> {
            String[] parts = e.getKey().split("\u0000", 2);
            return new Series.Group(parts[0], parts[1], e.getValue().stream().sorted(byPeriod).toList());
        }).toList();
        String seriesUnit = rows.get(0).units().isEmpty() ? unit : rows.get(0).units();
        return new Series(name, seriesUnit, headline, groupList, List.copyOf(all));
    }
}
