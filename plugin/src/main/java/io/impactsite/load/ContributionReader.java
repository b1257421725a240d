package io.impactsite.load;

import io.impactsite.load.Documents.ContributionDoc;
import io.impactsite.load.Documents.MeasureDoc;
import io.impactsite.model.Amount;
import io.impactsite.model.Contribution;
import io.impactsite.model.PartialDate;
import io.impactsite.model.PerformanceMeasure;
import io.impactsite.model.Periods;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One contribution of a partner's file, checked: its kind ({@code program} and {@code programme}
 * are one), its period, its amount and currency, and its performance measures.
 */
final class ContributionReader {
    /** The kinds an amount of money belongs to. */
    static final List<String> WITH_AMOUNT = List.of("funding", "in-kind");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private ContributionReader() {}

    static Contribution read(String partner, ContributionDoc c, YamlReader.Lines lines, Fields f) {
        int at = lines.of(c);
        String written = Fields.optional(c.kind());
        // US and British spellings are one kind
        String kind = f.choice(written.equalsIgnoreCase("program") ? "programme" : written, lines.of(c, "kind"), "kind",
                Contribution.KINDS, "");
        PartialDate start = date(c.start(), lines.of(c, "start"), "start", f);
        if (c.since() != null) {
            if (c.start() != null) {
                f.error(lines.of(c, "since"), "`since` and `start` both say when it began. Keep `start` (a year such as "
                        + "`2019`, or a month such as `2019-07`).");
            } else {
                start = new PartialDate(c.since(), 0, 0);
            }
        }
        PartialDate end = date(c.end(), lines.of(c, "end"), "end", f);
        if (start != null && end != null && end.last().isBefore(start.first())) {
            f.error(lines.of(c, "end"), "`end` is " + end + ", before `start` (" + start + "). Check both dates.");
        }
        return new Contribution(partner, goals(c, at, lines, f),
                f.required(c.title(), at, "title", "Say what the contribution is, in a few words."),
                kind, Fields.optional(c.description()), Fields.ids(Fields.list(c.indicators())), start, end,
                amount(c, kind, lines, f), measures(c, lines, f));
    }

    /** The goals it serves: one, several, or none for {@code initiative} (the whole initiative). */
    private static List<String> goals(ContributionDoc c, int at, YamlReader.Lines lines, Fields f) {
        List<String> ids = Fields.ids(Fields.list(c.goal())).stream().map(String::strip).filter(g -> !g.isEmpty()).toList();
        if (ids.isEmpty()) {
            f.missing(at, "goal", "Name the goal it contributes to (`goal: ready`), several (`goal: [ready, reading]`), "
                    + "or `goal: " + Contribution.WHOLE_INITIATIVE + "` for work for the whole initiative, such as backbone funding.");
            return List.of();
        }
        if (ids.contains(Contribution.WHOLE_INITIATIVE)) {
            if (ids.size() > 1) {
                f.error(lines.of(c, "goal"), "`goal` names `" + Contribution.WHOLE_INITIATIVE + "` and goals too. Write `goal: "
                        + Contribution.WHOLE_INITIATIVE + "` alone for work for the whole initiative, or list the goals it serves.");
            }
            return List.of();
        }
        return List.copyOf(new java.util.LinkedHashSet<>(ids));
    }

    /** A year, month or day; null when absent, or after reporting how to write it. */
    static PartialDate date(String value, int line, String field, Fields f) {
        String text = Fields.optional(value);
        if (text.isEmpty()) return null;
        Matcher m = DATE.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            try {
                if (month > 0) LocalDate.of(year, month, day == 0 ? 1 : day);
                return new PartialDate(year, month, day);
            } catch (DateTimeException e) {
                f.error(line, "`" + field + "` is `" + text + "`, which is not a date of the calendar. Check the month "
                        + "and the day.");
                return null;
            }
        }
        f.error(line, "`" + field + "` is `" + text + "`, but it is written as a year (`2019`), a month (`2019-07`) or "
                + "a day (`2019-07-01`).");
        return null;
    }

    /** The amount and its currency; null when there is none or it cannot be used (reported). */
    private static Amount amount(ContributionDoc c, String kind, YamlReader.Lines lines, Fields f) {
        String currency = Fields.optional(c.currency());
        if (c.amount() == null) {
            if (!currency.isEmpty() && !lines.reported(lines.of(c), "amount")) {
                f.error(lines.of(c, "currency"), "`currency` is the currency of `amount`, which is missing. Give the "
                        + "amount (`amount: 25000`), or remove `currency`.");
            }
            return null;
        }
        int line = lines.of(c, "amount");
        boolean usable = true;
        if (c.amount().signum() <= 0) {
            f.error(line, "`amount` is " + c.amount().toPlainString() + ", but an amount is more than 0. Give the money "
                    + "or the value of the support, or remove `amount`.");
            usable = false;
        }
        if (!WITH_AMOUNT.contains(kind)) {
            f.error(line, "`amount` is for funding and in-kind support, but the contribution's kind is "
                    + (kind.isEmpty() ? "not given" : "`" + kind + "`") + ". Write `kind: funding` or `kind: in-kind`, "
                    + "or remove `amount`.");
            usable = false;
        }
        if (currency.isEmpty()) {
            f.missing(lines.of(c), "currency", "Say what currency `amount` is in, as its three-letter code: `currency: USD`.");
            return null;
        }
        String code = currency.toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}") || !known(code)) {
            f.error(lines.of(c, "currency"), "`currency` is `" + currency + "`, which is not a currency code. Write its "
                    + "three-letter ISO 4217 code, such as USD, EUR or CAD.");
            return null;
        }
        return usable ? new Amount(c.amount(), code) : null;
    }

    private static boolean known(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<PerformanceMeasure> measures(ContributionDoc c, YamlReader.Lines lines, Fields f) {
        List<PerformanceMeasure> out = new ArrayList<>();
        read(PerformanceMeasure.Category.HOW_MUCH, c.howMuch(), lines, f, out);
        read(PerformanceMeasure.Category.HOW_WELL, c.howWell(), lines, f, out);
        read(PerformanceMeasure.Category.BETTER_OFF, c.betterOff(), lines, f, out);
        return List.copyOf(out);
    }

    private static void read(PerformanceMeasure.Category category, List<MeasureDoc> docs, YamlReader.Lines lines, Fields f,
                             List<PerformanceMeasure> out) {
        for (MeasureDoc m : Fields.list(docs)) {
            int at = lines.of(m);
            String field = category.key();
            String shared = m.measure() == null ? "" : Fields.optional(m.measure().id());
            String label = "";
            String unit = "";
            if (!shared.isEmpty()) {   // the label and unit are the shared measure's, written once in initiative.yml
                for (String own : List.of("label", "unit")) {
                    if (lines.has(m, own)) {
                        f.error(lines.of(m, own), "`" + field + "." + own + "` is given by the shared measure `" + shared
                                + "` in initiative.yml, so that every partner's value means the same. Remove `" + own + "` here.");
                    }
                }
            } else {
                label = f.required(m.label(), at, field + ".label", "Say what is counted or measured: "
                        + "`label: Children screened`, or name a shared measure of initiative.yml: `measure: children-screened`.");
                unit = f.required(m.unit(), at, field + ".unit", "Say what the value is in: `unit: children` or "
                        + "`unit: \"%\"`.");
            }
            if (m.value() == null) f.missing(at, field + ".value", "Give the number: `value: 1240`.");
            String period = f.required(m.period(), at, field + ".period", "Say which period it covers: "
                    + "`period: \"2024\"` or `period: 2023-24`.");
            if (!period.isEmpty() && Periods.kindsOf(period).isEmpty()) {
                f.error(lines.of(m, "period"), "`" + field + ".period` is `" + period + "`, which is not a period. Write "
                        + Periods.formats() + ".");
                period = "";
            }
            BigDecimal value = m.value();
            if ((!shared.isEmpty() || !label.isEmpty() && !unit.isEmpty()) && value != null && !period.isEmpty()) {
                out.add(new PerformanceMeasure(category, label, value, unit, period, shared));
            }
        }
    }
}
