package io.impactsite.load;

import io.impactsite.model.Periods;
import io.impactsite.problem.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of an observations file by role, as its first line names them: our tidy layout
 * ({@code period,value,<groups>...}) or Open SDG's ({@code Year,Units,...,Value}).
 *
 * @param series     Open SDG's {@code Series} and {@code Units} columns: each value of them is a series
 * @param attributes notes on a value, never groups (see {@link #isAttribute})
 * @param dimensions every other column: groups
 */
record CsvLayout(int period, int value, int note, int status, int[] series, int[] attributes, int[] dimensions,
                 String[] header) {

    /** Open SDG's observation attributes. */
    static final List<String> OPEN_SDG_ATTRIBUTES =
            List.of("GeoCode", "Observation status", "Unit multiplier", "Unit measure", "COMMENT_OBS");
    /** A numbered member of a family of columns: {@code COMMENT_OBS_0}, {@code Unit measure 2}. */
    private static final Pattern NUMBERED = Pattern.compile("(.+?)[ _]\\d+");

    /**
     * Whether a column holds notes on a value: one of Open SDG's attributes or of those the site lists,
     * or a numbered member of one of their families.
     */
    static boolean isAttribute(String column, List<String> listed) {
        var m = NUMBERED.matcher(column);
        String family = m.matches() ? m.group(1) : column;
        return OPEN_SDG_ATTRIBUTES.contains(column) || OPEN_SDG_ATTRIBUTES.contains(family)
                || listed.contains(column) || listed.contains(family);
    }

    /**
     * The layout of a file, or none after reporting why its first line cannot be read as one.
     *
     * @param firstLine the first line as written, to tell which separator it uses
     * @param listed    the attribute columns the site lists
     */
    static Optional<CsvLayout> of(String[] header, String firstLine, List<String> listed, String file,
                                  Problems problems) {
        Optional<String> separator = otherSeparator(firstLine);
        if (separator.isPresent()) {
            problems.error(file, 1, "this file uses " + separator.get() + " between values; use `,`. Save it from "
                    + "your spreadsheet as \"CSV (comma delimited)\", with `.` as the decimal point.");
            return Optional.empty();
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            Integer first = index.putIfAbsent(header[i], i);
            if (first != null && !header[i].isBlank()) {
                problems.error(file, 1, i + 1, "columns " + (first + 1) + " and " + (i + 1) + " are both named `"
                        + header[i] + "`. Give each column its own name.");
                return Optional.empty();
            }
        }
        boolean openSdg = index.containsKey("Year") && index.containsKey("Value");
        int period = openSdg ? index.get("Year") : find(header, "period");
        int value = openSdg ? index.get("Value") : find(header, "value");
        if (period < 0 || value < 0) {
            missingColumns(header, period, value, file, problems);
            return Optional.empty();
        }
        int note = openSdg ? -1 : find(header, "note");
        int status = openSdg ? -1 : find(header, "status");
        List<Integer> series = new ArrayList<>();
        List<Integer> attributes = new ArrayList<>();
        List<Integer> dimensions = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            if (i == period || i == value || i == note || i == status) continue;
            if (header[i].isBlank()) {
                problems.error(file, 1, i + 1, "column " + (i + 1) + " has no name. Name it, or remove the column.");
                return Optional.empty();
            }
            if (openSdg && (header[i].equals("Units") || header[i].equals("Series"))) series.add(i);
            else if (isAttribute(header[i], listed)) attributes.add(i);
            else dimensions.add(i);
        }
        return Optional.of(new CsvLayout(period, value, note, status, ints(series), ints(attributes), ints(dimensions),
                header));
    }

    /** `;` or a tab where a comma belongs, told apart by which the first line holds more of. */
    private static Optional<String> otherSeparator(String firstLine) {
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        if (semicolons > commas && semicolons >= tabs) return Optional.of("`;`");
        if (tabs > commas) return Optional.of("tabs");
        return Optional.empty();
    }

    private static void missingColumns(String[] header, int period, int value, String file, Problems problems) {
        List<String> data = new ArrayList<>();
        for (String cell : header) {
            if (!Periods.kindsOf(cell).isEmpty() || isNumber(cell)) data.add("`" + cell + "`");
        }
        if (!data.isEmpty()) {
            problems.error(file, 1, "the first line holds values (" + String.join(", ", data.subList(0,
                    Math.min(3, data.size()))) + "), not the names of the columns: the header is missing. Add a first "
                    + "line that names them: `period,value`, and a name for each group column.");
            return;
        }
        boolean both = period < 0 && value < 0;
        problems.error(file, 1, "the first line has no " + (both ? "`period` column and no `value` column"
                : period < 0 ? "`period` column" : "`value` column") + "; it names: " + String.join(", ", header)
                + ". Rename the column" + (both ? "s that hold the periods and the values to `period` and `value`"
                : period < 0 ? " that holds the periods to `period`" : " that holds the values to `value`")
                + " (Open SDG files use `Year` and `Value`).");
    }

    private static boolean isNumber(String cell) {
        try {
            new BigDecimal(cell.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int find(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().toLowerCase(Locale.ROOT).equals(name)) return i;
        }
        return -1;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
