package io.impactsite.load;

import io.impactsite.model.Period;
import io.impactsite.model.Periods;
import io.impactsite.model.Series;
import io.impactsite.problem.Problem;
import io.impactsite.problem.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an indicator's observations: our tidy layout ({@code period,value,<dimensions>...}) or an
 * Open SDG file as its adopters publish it ({@code Year,Units,...,Value}), BOM and CRLF included.
 * Jackson's CSV parser reads the records ({@link CsvRecords}); this class gives the columns their
 * meaning ({@link CsvLayout}) and builds the series ({@link SeriesAssembly}). A file of hundreds of
 * thousands of rows is read record by record, and the groups, labels and notes its rows repeat are
 * held once.
 */
final class ObservationReader {
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "#n/a");

    /** A file's columns as its first line names them, and its series. */
    record Data(List<String> columns, List<Series> series) {}

    /**
     * What the indicator says about its data.
     *
     * @param indicatorFile the indicator's YAML, for messages that ask to add a field there
     * @param unit          the unit of a file without a {@code Units} column
     * @param periods       how {@code YYYY-YY} periods read where they could be read two ways; none when the
     *                      indicator does not say, or says something already reported as wrong
     * @param periodsWrong  whether the indicator's {@code periods} was reported as wrong (so not asked for again)
     * @param attributes    columns the site lists as notes on a value
     */
    record Reading(String indicatorFile, String unit, Optional<Period.Kind> periods, boolean periodsWrong,
                   List<String> attributes) {
        static Reading of(String unit) {
            return new Reading("the indicator's YAML", unit, Optional.empty(), false, List.of());
        }
    }

    /**
     * One row, read but not yet given its period: the series decides what kind of period it is.
     *
     * @param groups a number for its combination of groups, the same for every row with the same
     */
    record Row(int line, String label, BigDecimal value, Map<String, String> dimensions, int groups, String note,
               boolean provisional, Map<String, String> attributes) {}

    /** The rows of one series so far, the line each of its period labels first appears on, and its unit. */
    static final class SeriesRows {
        final List<Row> rows = new ArrayList<>();
        final Map<String, Integer> labels = new LinkedHashMap<>();
        final String units;

        SeriesRows(String units) {
            this.units = units;
        }
    }

    /** The file's data; none when it has problems (all of them reported). */
    Optional<Data> read(String text, String file, Reading reading, Problems problems) {
        // A byte order mark before a quoted header would otherwise become part of the first cell.
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (csv.isBlank()) {
            problems.error(file, 0, "the file is empty. Its first line names the columns: period,value and one "
                    + "column per group dimension.");
            return Optional.empty();
        }
        Rows rows = new Rows(csv, file, reading, problems);
        if (!CsvRecords.read(csv, file, rows::record, problems)) return Optional.empty();
        return rows.result();
    }

    /** The state of one read: the layout its first line gives, and the rows so far, by series. */
    private static final class Rows {
        private final String csv;
        private final String file;
        private final Reading reading;
        private final Problems problems;
        private final Map<String, String> strings = new HashMap<>();
        private final Map<String, Set<Period.Kind>> kinds = new HashMap<>();
        private final Map<List<String>, Map<String, String>> maps = new HashMap<>();
        private final Map<Map<String, String>, Integer> groupIds = new IdentityHashMap<>();
        private final Map<String, SeriesRows> bySeries = new LinkedHashMap<>();
        private final Map<Integer, int[]> padding = new LinkedHashMap<>();
        private CsvLayout layout;
        private boolean header = true;
        private boolean ok = true;
        private int rowCount;

        Rows(String csv, String file, Reading reading, Problems problems) {
            this.csv = csv;
            this.file = file;
            this.reading = reading;
            this.problems = problems;
        }

        void record(int line, String[] cells, BitSet padded) {
            if (header) {
                header = false;
                int end = csv.indexOf('\n');
                layout = CsvLayout.of(cells, end < 0 ? csv : csv.substring(0, end), reading.attributes(), file,
                        problems).orElse(null);
                ok = layout != null;
                return;
            }
            if (layout == null) return;
            if (cells.length == 1 && cells[0].isBlank() && layout.header().length > 1) return;
            rowCount++;
            if (cells.length != layout.header().length) {
                problems.error(file, line, "this row has " + cells.length + " cells but the first line names "
                        + layout.header().length + " columns. Every row needs a cell per column (leave it empty).");
                ok = false;
                return;
            }
            if (padded != null) padded.stream().forEach(i -> padding.computeIfAbsent(i, k -> new int[] {line, 0})[1]++);
            String label = intern(cells[layout.period()]);
            Set<Period.Kind> labelKinds = kinds.computeIfAbsent(label, Periods::kindsOf);
            boolean rowOk = true;
            if (labelKinds.isEmpty()) {
                problems.error(file, line, layout.period() + 1, "`" + label + "` is not a period. Write "
                        + Periods.formats() + ".");
                rowOk = false;
            }
            Optional<BigDecimal> value = Optional.empty();
            String raw = cells[layout.value()].strip();
            if (!missing(raw)) {
                value = number(raw, line);
                rowOk &= value.isPresent();
            }
            ok &= rowOk;
            if (!ok) return;
            String status = layout.status() < 0 ? "" : cells[layout.status()].strip();
            Map<String, String> attributes = map(cells, layout.attributes(), status, false);
            if (layout.status() < 0) status = attributes.getOrDefault("Observation status", "");
            boolean provisional = status.toLowerCase(Locale.ROOT).startsWith("provisional") || status.equalsIgnoreCase("p");
            Map<String, String> groups = map(cells, layout.dimensions(), "", true);
            int groupId = groupIds.computeIfAbsent(groups, g -> groupIds.size());
            SeriesRows rows = series(cells);
            rows.labels.putIfAbsent(label, line);
            rows.rows.add(new Row(line, label, value.orElse(null), groups, groupId,
                    layout.note() < 0 ? "" : intern(cells[layout.note()].strip()), provisional, attributes));
        }

        /** The series of a row: one per combination of its Series and Units cells; "" in a file without them. */
        private SeriesRows series(String[] cells) {
            List<String> parts = new ArrayList<>();
            String units = "";
            for (int i : layout.series()) {
                if (!cells[i].isBlank()) parts.add(cells[i].strip());
                if (layout.header()[i].equals("Units")) units = intern(cells[i].strip());
            }
            String name = parts.isEmpty() ? "" : String.join(" · ", parts);
            SeriesRows rows = bySeries.get(name);
            if (rows == null) {
                rows = new SeriesRows(units);
                bySeries.put(intern(name), rows);
            }
            return rows;
        }

        private Optional<BigDecimal> number(String raw, int line) {
            String where = "`" + raw + "` in column `" + layout.header()[layout.value()] + "`";
            BigDecimal value;
            try {
                value = new BigDecimal(raw);
            } catch (NumberFormatException e) {
                String hint = raw.matches("[0-9.,\\s]+")
                        ? " Write numbers with `.` as the decimal point and no thousands separators."
                        : raw.matches("[-+]?[$€£]?\\s*[-+]?[0-9.,]+\\s*[%$€£]?")
                        ? " Write the number alone, without `%` or a currency sign: the indicator's `unit` says what it is in."
                        : " Leave the cell empty, or write NA, where there is no value.";
                problems.error(file, line, layout.value() + 1, where + " is not a number." + hint);
                return Optional.empty();
            }
            if (!Numbers.usable(value)) {
                problems.error(file, line, layout.value() + 1, where + " is " + Numbers.whyNot(raw)
                        + ". Check the value, and write it in digits, such as 44.1.");
                return Optional.empty();
            }
            return Optional.of(value);
        }

        /**
         * The non-empty cells of some columns by column name, in column order; {@code status} added when
         * given. Rows repeat the same few combinations: each is held once.
         */
        private Map<String, String> map(String[] cells, int[] columns, String status, boolean groups) {
            String[] key = new String[columns.length + 1];
            boolean any = !status.isEmpty();
            for (int c = 0; c < columns.length; c++) {
                String cell = cells[columns[c]].strip();
                boolean empty = groups ? missing(cell) : cell.isEmpty();
                key[c] = empty ? null : cell;
                any |= !empty;
            }
            key[columns.length] = status.isEmpty() ? null : status;
            if (!any) return Map.of();
            return maps.computeIfAbsent(Arrays.asList(key), k -> {
                Map<String, String> m = new LinkedHashMap<>();
                for (int c = 0; c < columns.length; c++) {
                    if (key[c] != null) m.put(layout.header()[columns[c]], intern(key[c]));
                }
                if (!status.isEmpty()) m.put("status", intern(status));
                return Collections.unmodifiableMap(m);
            });
        }

        private String intern(String s) {
            String known = strings.putIfAbsent(s, s);
            return known == null ? s : known;
        }

        Optional<Data> result() {
            if (layout == null) return Optional.empty();
            if (ok && rowCount == 0) {
                problems.error(file, 1, "the file has its first line (the names of the columns) but no values. Add a "
                        + "row per period below it, such as `2019,44.1`.");
                return Optional.empty();
            }
            warnPadding();
            if (!ok) return Optional.empty();
            List<Series> series = new ArrayList<>();
            for (Map.Entry<String, SeriesRows> e : bySeries.entrySet()) {
                SeriesRows rows = e.getValue();
                Optional<Series> s = SeriesPeriods.decide(e.getKey(), rows.labels, kinds, reading, layout.period() + 1,
                        file, problems).flatMap(kind -> SeriesAssembly.build(e.getKey(), rows, kind, layout, file,
                        rows.units.isEmpty() ? reading.unit() : rows.units, problems));
                if (s.isEmpty()) ok = false;
                else series.add(s.get());
            }
            return ok ? Optional.of(new Data(List.of(layout.header()), List.copyOf(series))) : Optional.empty();
        }

        /** A value or group with spaces around it is read without them; one warning per column names the first. */
        private void warnPadding() {
            padding.forEach((column, first) -> {
                boolean named = column == layout.period() || column == layout.value()
                        || Arrays.stream(layout.dimensions()).anyMatch(d -> d == column)
                        || Arrays.stream(layout.series()).anyMatch(d -> d == column);
                if (!named) return;
                int more = first[1] - 1;
                problems.add(Problem.warning(file, first[0], column + 1, "this cell of column `" + layout.header()[column]
                        + "` has spaces around its value, which is read without them. Remove the spaces"
                        + (more > 0 ? " (" + more + " more cell" + (more == 1 ? "" : "s") + " of this column "
                        + (more == 1 ? "has" : "have") + " them too)" : "") + "."));
            });
        }

        private static boolean missing(String cell) {
            return cell.length() <= 4 && MISSING.contains(cell.toLowerCase(Locale.ROOT));
        }
    }
}
