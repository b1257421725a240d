package io.impactsite.model;

import io.impactsite.model.Period.Kind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period labels that statistics offices and SDG platforms write: {@code 2019},
 * {@code 2019-20}, {@code 2019/20}, {@code 2019/2020}, {@code 2019-Q3}, {@code 2019 Q3}, {@code 2019-07}.
 * {@code 2011-12} is both a school year and December 2011; the series as a whole decides (see
 * {@link #kindsOf}).
 */
public final class Periods {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SPAN = Pattern.compile("(\\d{4})[-/](\\d{2}|\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})[- ]?[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    private Periods() {}

    /** The kinds a label can be read as; empty when it is no period at all. */
    public static Set<Kind> kindsOf(String label) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (Kind k : Kind.values()) {
            if (parse(label, k).isPresent()) kinds.add(k);
        }
        return kinds;
    }

    /** The label read as a period of the given kind. */
    public static Optional<Period> parse(String label, Kind kind) {
        String s = label.strip();
        Matcher m;
        switch (kind) {
            case YEAR -> {
                if ((m = YEAR.matcher(s)).matches()) return Optional.of(new Period(kind, year(m), 0, s));
            }
            case SCHOOL_YEAR -> {
                if ((m = SPAN.matcher(s)).matches()) {
                    int start = year(m);
                    String end = m.group(2);
                    int expected = end.length() == 2 ? (start + 1) % 100 : start + 1;
                    if (Integer.parseInt(end) == expected) return Optional.of(new Period(kind, start, 0, s));
                }
            }
            case QUARTER -> {
                if ((m = QUARTER.matcher(s)).matches()) {
                    return Optional.of(new Period(kind, year(m), Integer.parseInt(m.group(2)), s));
                }
            }
            case MONTH -> {
                if ((m = MONTH.matcher(s)).matches()) {
                    return Optional.of(new Period(kind, year(m), Integer.parseInt(m.group(2)), s));
                }
            }
        }
        return Optional.empty();
    }

    /** The period after this one, labelled the usual way: 2025, 2025-26, 2025-Q1, 2025-01. */
    public static Period next(Period p) {
        return switch (p.kind()) {
            case YEAR -> new Period(p.kind(), p.year() + 1, 0, String.valueOf(p.year() + 1));
            case SCHOOL_YEAR -> new Period(p.kind(), p.year() + 1, 0,
                    (p.year() + 1) + "-" + String.format("%02d", (p.year() + 2) % 100));
            case QUARTER -> p.sub() == 4 ? new Period(p.kind(), p.year() + 1, 1, (p.year() + 1) + "-Q1")
                    : new Period(p.kind(), p.year(), p.sub() + 1, p.year() + "-Q" + (p.sub() + 1));
            case MONTH -> p.sub() == 12 ? new Period(p.kind(), p.year() + 1, 1, (p.year() + 1) + "-01")
                    : new Period(p.kind(), p.year(), p.sub() + 1, p.year() + "-" + String.format("%02d", p.sub() + 1));
        };
    }

    /** What a period may look like, for messages. */
    public static String formats() {
        return "a year (2019), a school or fiscal year (2019-20, 2019/20 or 2019/2020), "
                + "a quarter (2019-Q3 or 2019 Q3) or a month (2019-07)";
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }
}
