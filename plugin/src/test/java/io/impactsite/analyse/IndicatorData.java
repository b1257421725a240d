package io.impactsite.analyse;

import io.impactsite.model.Thresholds;
import io.impactsite.model.Indicator;
import io.impactsite.model.Indicator.Direction;
import io.impactsite.model.Indicator.HeadlineChoice;
import io.impactsite.model.Indicator.Target;
import io.impactsite.model.Markdown;
import io.impactsite.model.Observation;
import io.impactsite.model.Period;
import io.impactsite.model.Periods;
import io.impactsite.model.Series;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small factories for the analysis tests. Values are written {@code "2015=40"}; {@code "2020=NA"}
 * is a missing value (never a zero).
 */
final class IndicatorData {
    private IndicatorData() {}

    static final Direction UP = Direction.INCREASE;
    static final Direction DOWN = Direction.DECREASE;

    /** A label that reads as exactly one kind of period (tests avoid ambiguous ones like 2011-12). */
    static Period period(String label) {
        Set<Period.Kind> kinds = Periods.kindsOf(label);
        if (kinds.size() != 1) throw new IllegalArgumentException(label + " reads as " + kinds);
        return Periods.parse(label, kinds.iterator().next()).orElseThrow();
    }

    static Observation obs(String periodAndValue, Map<String, String> dimensions) {
        String[] pv = periodAndValue.split("=");
        BigDecimal value = pv[1].equals("NA") ? null : new BigDecimal(pv[1]);
        return new Observation(period(pv[0]), value, dimensions, "", false, Map.of(), 0);
    }

    /** Headline rows. */
    static List<Observation> rows(String... values) {
        return Arrays.stream(values).map(v -> obs(v, Map.of())).toList();
    }

    static Series.Group group(String dimension, String name, String... values) {
        return new Series.Group(dimension, name, Arrays.stream(values).map(v -> obs(v, Map.of(dimension, name))).toList());
    }

    static Series series(String name, List<Observation> headline, Series.Group... groups) {
        List<Observation> all = new ArrayList<>(headline);
        for (Series.Group g : groups) all.addAll(g.observations());
        return new Series(name, "", headline, List.of(groups), all);
    }

    static Target target(String period, String value) {
        return new Target("", period, new BigDecimal(value));
    }

    static Indicator indicator(Direction direction, String baseline, List<Target> targets, HeadlineChoice choice,
                               Indicator.Measure measure, Series... series) {
        return new Indicator("test", "Test", "goal", Markdown.EMPTY, "%", measure, direction, 1, null, Markdown.EMPTY,
                Markdown.EMPTY, "indicators/test.csv", List.of("period", "value"), baseline, targets, choice, List.of(series),
                Thresholds.DEFAULT, io.impactsite.model.Story.NONE, Indicator.Reporting.REPORTED, null,
                io.impactsite.model.DataDictionary.NONE);
    }

    static Indicator indicator(Direction direction, String baseline, List<Target> targets, Series... series) {
        return indicator(direction, baseline, targets, HeadlineChoice.DEFAULT, Indicator.Measure.NUMBER, series);
    }

    /** The analysis of a single headline series, default thresholds. */
    static SeriesAnalysis analyse(Direction direction, String baseline, Target target, String... values) {
        List<Target> targets = target == null ? List.of() : List.of(target);
        return Analyser.analyse(indicator(direction, baseline, targets, series("", rows(values))), Thresholds.DEFAULT)
                .headline();
    }

    static Status status(Direction direction, String baseline, Target target, String... values) {
        return analyse(direction, baseline, target, values).status();
    }
}
