package io.impactsite.load;

import io.impactsite.model.Observation;
import io.impactsite.model.Series;
import io.impactsite.problem.Problem;
import io.impactsite.problem.Problems;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A column read as groups that every row fills leaves an indicator without headline values: often a
 * column of notes that is not known as one (a numbered {@code COMMENT_OBS_1}, a publisher's own).
 * Said once per column, naming it, for indicators that do not name a group to carry their status.
 */
final class HeadlineColumns {
    private HeadlineColumns() {}

    static void warn(List<Series> series, List<String> columns, String file, Problems problems) {
        Set<String> filled = new LinkedHashSet<>();
        for (Series s : series) {
            if (!s.headline().isEmpty() || s.observations().isEmpty()) continue;
            for (String dimension : dimensionsOf(s)) {
                if (s.observations().stream().allMatch(o -> o.dimensions().containsKey(dimension))) filled.add(dimension);
            }
        }
        for (String column : filled) {
            problems.add(Problem.warning(file, 1, columns.indexOf(column) + 1, "the column `" + column + "` is read as "
                    + "groups, and every row has one, so the indicator has no headline values (rows whose group cells "
                    + "are all empty). If `" + column + "` holds notes on the values, list it under `site.attributes` "
                    + "in initiative.yml; if it holds groups, name the one that carries the status with `headline:` "
                    + "(`dimension: " + column + "` and `group: ...`)."));
        }
    }

    /** Every column that names a group in some row of the series, in the order the rows name them. */
    private static Set<String> dimensionsOf(Series s) {
        Set<String> out = new LinkedHashSet<>();
        for (Observation o : s.observations()) out.addAll(o.dimensions().keySet());
        return out;
    }
}
