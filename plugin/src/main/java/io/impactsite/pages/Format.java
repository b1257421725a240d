package io.impactsite.pages;

import io.impactsite.model.Indicator;
import io.impactsite.model.PartialDate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers and dates as the site's locale writes them. NumberFormat is not thread-safe, and making
 * one costs four times what formatting a number with it does (2.4 against 0.6 us with the JIT's
 * first tier; a large site formats over 100,000 numbers): each thread keeps its own for plain
 * numbers, one per number of decimals; the rarer kinds make one per call.
 */
public final class Format {
    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final ThreadLocal<Map<Integer, NumberFormat>> numbers = ThreadLocal.withInitial(HashMap::new);

    public Format(Locale locale) {
        this.locale = locale;
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** "1,234.5" with the given number of decimals. */
    public String number(BigDecimal value, int decimals) {
        if (value == null) return "";
        return numbers.get().computeIfAbsent(decimals, d -> {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(d);
            f.setMaximumFractionDigits(d);
            f.setRoundingMode(RoundingMode.HALF_UP);
            return f;
        }).format(value);
    }

    /** A value with its unit where the unit is a symbol: "58.0%", "$1,200", otherwise the bare number. */
    public String value(BigDecimal value, Indicator.Measure measure, String unit, int decimals) {
        if (value == null) return "";
        return switch (measure) {
            case PERCENT -> number(value, decimals) + "%";
            case CURRENCY -> currency(value, unit, decimals);
            case NUMBER -> number(value, decimals);
        };
    }

    /**
     * A value as a sentence or a key figure writes it, with its unit in words where the unit is
     * not a symbol: "31.2 places per 100 children under 5", "584 families", "58.0%".
     */
    public String quantity(BigDecimal value, Indicator.Measure measure, String unit, int decimals) {
        String v = value(value, measure, unit, decimals);
        String words = Units.afterNumber(measure, unit);
        return v.isEmpty() || words.isEmpty() ? v : v + " " + words;
    }

    /** A change with its sign: "+13.9 percentage points" for percentages, "−2.1" otherwise. */
    public String change(BigDecimal change, Indicator.Measure measure, String unit, int decimals, String pointsWord) {
        if (change == null) return "";
        String sign = change.signum() > 0 ? "+" : change.signum() < 0 ? "\u2212" : "";
        String magnitude = measure == Indicator.Measure.CURRENCY ? currency(change.abs(), unit, decimals)
                : number(change.abs(), decimals);
        return sign + magnitude + (measure == Indicator.Measure.PERCENT ? " " + pointsWord : "");
    }

    /** A share as a percentage: 0.015 -> "1.5%" with one decimal at most. */
    public String percent(double share, int maxDecimals) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(maxDecimals);
        return f.format(share);
    }

    public String date(LocalDate date) {
        return longDate.format(date);
    }

    /** A date as precisely as it was written: "2019", "July 2019", "July 1, 2019". */
    public String date(PartialDate date) {
        if (date.hasDay()) return date(date.first());
        if (date.hasMonth()) return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(date.first());
        return String.valueOf(date.year());
    }

    /** Money in its currency, without cents when it has none: "$750,000", "€1,250.50". */
    public String money(BigDecimal value, String currency) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        Currency c = Currency.getInstance(currency);
        f.setCurrency(c);
        int decimals = value.stripTrailingZeros().scale() <= 0 ? 0 : Math.max(0, c.getDefaultFractionDigits());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /**
     * A measure's value with its unit, with the digits it was written with: "1,240 children",
     * "92%", "4.5 visits per family".
     */
    public String measure(BigDecimal value, String unit) {
        String number = number(value, Math.max(0, value.stripTrailingZeros().scale()));
        return unit.strip().equals("%") ? number + "%" : number + " " + unit;
    }

    private String currency(BigDecimal value, String unit, int decimals) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        try {
            f.setCurrency(Currency.getInstance(unit.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return number(value, decimals) + " " + unit;
        }
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }
}
