package io.impactsite.pages;

import io.impactsite.model.Indicator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a unit reads in a sentence. Units are written as headings ("Places per 100 children under 5",
 * "Number of families", Open SDG's "Percentage"); after a number they read "31.2 places per 100
 * children under 5", "584 families", "79.5%". A percentage word never reaches prose: the "%" sign
 * says it.
 */
final class Units {
    private static final Pattern PERCENT = Pattern.compile("(?i)\\s*(%|percent|percentage|per cent)\\s*");
    /** Heading words that only say "a count of" or "a rate": "Number of families" counts families, "Rate per 1,000" is per 1,000. */
    private static final Pattern COUNT = Pattern.compile("(?i)^((number|count|total number) of|rate(?= per ))\\s+");

    private Units() {}

    /** Whether the unit says "percentage" and nothing else. */
    static boolean isPercentWord(String unit) {
        return PERCENT.matcher(unit).matches();
    }

    /**
     * The words written after a number: "" for a percentage (or no unit), "families" for "Number of
     * families", "per 1,000" for "Rate per 1,000", the unit with its first letter lower-cased
     * otherwise ("USD", "SAT score" stay).
     */
    static String afterNumber(String unit) {
        String u = unit.strip();
        if (u.isEmpty() || isPercentWord(u)) return "";
        u = COUNT.matcher(u).replaceFirst("");
        return lowerFirst(u);
    }

    /** The words after a number of this measure: a percentage or an amount carries its sign instead ("58%", "$1,200"). */
    static String afterNumber(Indicator.Measure measure, String unit) {
        return measure == Indicator.Measure.NUMBER ? afterNumber(unit) : "";
    }

    /** A unit as a chart title gives it in brackets: "%" for any percentage word. */
    static String heading(String unit) {
        return isPercentWord(unit) ? "%" : unit.strip();
    }

    /**
     * What a sentence calls a series: the indicator's title, with the series' name when it has one
     * that says more than "percentage" ("Pre-kindergarten participation (number of children)").
     */
    static String subject(Indicator i, io.impactsite.model.Series s) {
        String name = s.name();
        if (name.isEmpty() || isPercentWord(name)) return i.title();
        return i.title() + " (" + (name.equals(s.unit()) ? lowerFirst(name) : name) + ")";
    }

    /** "Places" -> "places"; an acronym or a single capital stays ("USD", "A-level"). */
    private static String lowerFirst(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || !Character.isLowerCase(s.charAt(1))) return s;
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
