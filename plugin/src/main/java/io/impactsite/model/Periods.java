package io.impactsite.model;

import io.impactsite.model.Period.Kind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period labels that statistics offices and SDG platforms write: {@code 2019},
 * {@code 2019-20}, {@code 2019/20}, {@code 2019/2020}, {@code 2017-19}, {@code 2019-Q3},
 * {@code 2019 Q3}, {@code 2019-07}. {@code YYYY-YY} is ambiguous: {@code 2011-12} is both a school
 * year and December 2011, {@code 2003-05} both the years 2003 to 2005 and May 2003. A label alone
 * never decides; {@link #kindsOf} gives every reading, and the series as a whole (or what its
 * indicator declares) chooses one.
 */
public final class Periods {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SPAN = Pattern.compile("(\\d{4})[-/](\\d{2}|\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})[- ]?[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    /** The longest range written with two digits at the end: {@code 2019-07} is July, not 2019 to 2107. */
    private static final int LONGEST_SHORT_RANGE = 20;
    private static final int LONGEST_RANGE = 100;

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
            case SCHOOL_YEAR, RANGE -> {
                if ((m = SPAN.matcher(s)).matches()) {
                    int start = year(m);
                    int years = end(start, m.group(2)) - start;
                    boolean fits = kind == Kind.SCHOOL_YEAR ? years == 1
                            : years >= 2 && years <= (m.group(2).length() == 4 ? LONGEST_RANGE : LONGEST_SHORT_RANGE);
                    if (fits) return Optional.of(new Period(kind, start, kind == Kind.RANGE ? years : 0, s));
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

    /** The last year of a span: {@code 2019/2020} ends in 2020, {@code 1999-01} in 2001. */
    private static int end(int start, String written) {
        int end = Integer.parseInt(written);
        if (written.length() == 4) return end;
        end += start - start % 100;
        return end <= start ? end + 100 : end;
    }

    /** The period after this one, labelled the usual way: 2025, 2025-26, 2025-27, 2025-Q1, 2025-01. */
    public static Period next(Period p) {
        return switch (p.kind()) {
            case YEAR -> new Period(p.kind(), p.year() + 1, 0, String.valueOf(p.year() + 1));
            case SCHOOL_YEAR -> new Period(p.kind(), p.year() + 1, 0,
                    (p.year() + 1) + "-" + twoDigits((p.year() + 2) % 100));
            case RANGE -> new Period(p.kind(), p.year() + 1, p.sub(),
                    (p.year() + 1) + "-" + twoDigits((p.year() + 1 + p.sub()) % 100));
            case QUARTER -> p.sub() == 4 ? new Period(p.kind(), p.year() + 1, 1, (p.year() + 1) + "-Q1")
                    : new Period(p.kind(), p.year(), p.sub() + 1, p.year() + "-Q" + (p.sub() + 1));
            case MONTH -> p.sub() == 12 ? new Period(p.kind(), p.year() + 1, 1, (p.year() + 1) + "-01")
                    : new Period(p.kind(), p.year(), p.sub() + 1, p.year() + "-" + twoDigits(p.sub() + 1));
        };
    }

    /** What a period may look like, for messages. */
    public static String formats() {
        return "a year (2019), a school or fiscal year (2019-20, 2019/20 or 2019/2020), "
                + "a range of years (2017-19 or 2017-2019), a quarter (2019-Q3 or 2019 Q3) or a month (2019-07)";
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }
}
