package io.impactsite.model;

import java.util.List;

/**
 * What a data user needs to know of an indicator's data besides the numbers: when they were last
 * updated and come next, who looks after them, where they cannot be compared across time, and what
 * is held back to protect people.
 *
 * @param updated     when the data were last updated; null when not said
 * @param nextRelease when the next data are expected; null when not said
 * @param steward     who looks after the data (an office, a person's role); "" when not said
 * @param suppression which values are not shown, and why (small groups); empty when not said
 * @param breaks      where the series changes how it counts, oldest first
 */
public record DataDictionary(PartialDate updated, PartialDate nextRelease, String steward, Markdown suppression,
                             List<ComparabilityBreak> breaks) {
    public static final DataDictionary NONE = new DataDictionary(null, null, "", Markdown.EMPTY, List.of());

    /** From this period on, values are not comparable with those before it. */
    public record ComparabilityBreak(String period, Markdown note) {}

    public boolean isEmpty() {
        return equals(NONE);
    }
}
