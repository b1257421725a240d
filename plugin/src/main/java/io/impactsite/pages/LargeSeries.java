package io.impactsite.pages;

import io.impactsite.model.Series;
import java.util.Map;

/**
 * A series too large to show whole on a page a phone can open (a statistics office's file of
 * hundreds of thousands of values): its table shows the headline and the groups of its small
 * dimensions, by period, and says where every value is (the download); its charts draw the
 * headline and the groups of dimensions small enough to tell apart.
 */
final class LargeSeries {
    /** Values beyond which a series' table shows a summary. */
    static final int MAX_TABLE_VALUES = 1500;
    /** Groups beyond which a dimension is left out of a summary table. */
    static final int MAX_TABLE_GROUPS = 6;

    private LargeSeries() {}

    static boolean tooLong(Series s) {
        return s.observations().size() > MAX_TABLE_VALUES;
    }

    /** Whether a summary table has a column for these groups: one small dimension's group, never a cross. */
    static boolean summarised(Series s, Map<String, String> dimensions) {
        if (dimensions.size() != 1) return false;
        String dimension = dimensions.keySet().iterator().next();
        return s.groups().stream().filter(g -> g.dimension().equals(dimension)).count() <= MAX_TABLE_GROUPS;
    }
}
