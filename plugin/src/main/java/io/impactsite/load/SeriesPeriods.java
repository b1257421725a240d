package io.impactsite.load;

import io.impactsite.model.Period.Kind;
import io.impactsite.problem.Problems;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kind of period of one series, decided by the series as a whole, never row by row:
 * {@code YYYY-YY} can be a school or fiscal year ({@code 2011-12}), a range of years
 * ({@code 2003-05}) or a month ({@code 2019-07}). A series is read as the one kind every one of its
 * labels can be; where several remain, as the indicator declares with {@code periods:}, or refused
 * with a message that asks. A guess would silently change the time axis.
 */
final class SeriesPeriods {
    /** The kinds an indicator may declare, by the word it uses. */
    static final Map<String, Kind> DECLARABLE = declarable();

    private SeriesPeriods() {}

    private static Map<String, Kind> declarable() {
        Map<String, Kind> m = new LinkedHashMap<>();
        m.put("school-years", Kind.SCHOOL_YEAR);
        m.put("ranges", Kind.RANGE);
        m.put("months", Kind.MONTH);
        return Collections.unmodifiableMap(m);
    }

    static String word(Kind kind) {
        return DECLARABLE.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey)
                .findFirst().orElse(kind.plural());
    }

    /** A period label of a series and the line it first appears on. */
    private record Label(String label, int line) {}

    /**
     * The kind of the series; none after reporting why it cannot be decided.
     *
     * @param firstLines each period label of the series and the line it first appears on, in that order
     * @param kinds      the kinds each label can be
     * @param column     the 1-based column of the periods, for messages
     */
    static Optional<Kind> decide(String series, Map<String, Integer> firstLines, Map<String, Set<Kind>> kinds,
                                 ObservationReader.Reading reading, int column, String file, Problems problems) {
        List<Label> labels = firstLines.entrySet().stream().map(e -> new Label(e.getKey(), e.getValue())).toList();
        String of = series.isEmpty() ? "" : " (" + series + ")";
        Set<Kind> common = EnumSet.allOf(Kind.class);
        for (Label l : labels) {
            Set<Kind> these = kinds.get(l.label());
            Set<Kind> next = EnumSet.copyOf(common);
            next.retainAll(these);
            if (next.isEmpty()) {
                problems.error(file, l.line(), column, "`" + l.label() + "` is " + describe(these, false)
                        + ", but the rows above are " + describe(common, true) + ". Use one kind of period per series"
                        + of + ".");
                return Optional.empty();
            }
            common = next;
        }
        Optional<Kind> declared = reading.periods();
        boolean twoDigitSpans = common.stream().anyMatch(DECLARABLE::containsValue);
        if (declared.isPresent() && twoDigitSpans && !common.contains(declared.get())) {
            Label wrong = labels.stream().filter(l -> !kinds.get(l.label()).contains(declared.get())).findFirst()
                    .orElse(labels.get(0));
            problems.error(file, wrong.line(), column, "`" + wrong.label() + "` cannot be a "
                    + declared.get().description() + ", but " + reading.indicatorFile() + " says `periods: "
                    + word(declared.get()) + "`. Check the period, and what `periods` says.");
            return Optional.empty();
        }
        if (common.size() == 1) return Optional.of(common.iterator().next());
        if (declared.isPresent()) return declared;
        if (reading.periodsWrong()) return Optional.empty();
        Label first = labels.get(0);
        problems.error(file, first.line(), column, "`" + first.label() + "` could be " + describe(common, false)
                + ", and so could every period of this series" + of + ". Say which the indicator means: add "
                + common.stream().map(k -> "`periods: " + word(k) + "`").collect(Collectors.joining(" or "))
                + " to " + reading.indicatorFile() + ".");
        return Optional.empty();
    }

    /** "a school or fiscal year or a month"; "school or fiscal years or months". */
    private static String describe(Set<Kind> kinds, boolean plural) {
        return kinds.stream().map(k -> plural ? k.plural() : "a " + k.description()).collect(Collectors.joining(" or "));
    }
}
