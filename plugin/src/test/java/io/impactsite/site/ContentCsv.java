package io.impactsite.site;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The test's own reading of an indicator's content CSV (the tidy layout or Open SDG's), written apart from the
 * engine's reader so that the published numbers are checked against the file, not against the same code.
 */
final class ContentCsv {
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "#n/a");
    private static final Set<String> OPEN_SDG_ATTRIBUTES =
            Set.of("GeoCode", "Observation status", "Unit multiplier", "Unit measure", "COMMENT_OBS");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private ContentCsv() {}

    static List<String[]> rows(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(in)) {
            while (it.hasNextValue()) rows.add(it.nextValue());
        }
        rows.get(0)[0] = rows.get(0)[0].replace("\uFEFF", "");
        return rows;
    }

    /** Every value of the file: key (series, period, groups) to the number in plain form, "" when missing. */
    static Map<String, String> read(Path file) throws IOException {
        List<String[]> rows = rows(file);
        List<String> header = List.of(rows.get(0));
        boolean openSdg = header.contains("Year") && header.contains("Value");
        int period = openSdg ? header.indexOf("Year") : indexOf(header, "period");
        int value = openSdg ? header.indexOf("Value") : indexOf(header, "value");
        List<Integer> series = new ArrayList<>();
        List<Integer> dimensions = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (i == period || i == value) continue;
            if (openSdg && (h.equals("Units") || h.equals("Series"))) series.add(i);
            else if (openSdg && OPEN_SDG_ATTRIBUTES.contains(h)) continue;
            else if (!openSdg && (h.strip().equalsIgnoreCase("note") || h.strip().equalsIgnoreCase("status"))) continue;
            else dimensions.add(i);
        }
        Map<String, String> values = new TreeMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            List<String> names = new ArrayList<>();
            for (int i : series) if (!r[i].isBlank()) names.add(r[i].strip());
            Map<String, String> groups = new TreeMap<>();
            for (int i : dimensions) {
                if (!MISSING.contains(r[i].strip().toLowerCase(Locale.ROOT))) groups.put(header.get(i), r[i].strip());
            }
            String raw = r[value].strip();
            String v = MISSING.contains(raw.toLowerCase(Locale.ROOT)) ? "" : normal(new BigDecimal(raw));
            String key = key(String.join(" \u00b7 ", names), r[period].strip(), groups);
            if (values.put(key, v) != null) throw new IllegalStateException("two values for " + key + " in " + file);
        }
        return values;
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) if (header.get(i).strip().equalsIgnoreCase(name)) return i;
        throw new IllegalArgumentException("no " + name + " column in " + header);
    }

    static String key(String series, String period, Map<String, String> groups) {
        return "[" + series + "] " + period + " " + new TreeMap<>(groups);
    }

    /** 42.0, 42 and 42.00 are one number. */
    static String normal(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
