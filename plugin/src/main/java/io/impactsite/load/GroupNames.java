package io.impactsite.load;

import io.impactsite.model.Series;
import io.impactsite.problem.Suggestions;
import java.util.List;

/**
 * A dimension and a group that YAML names (a headline's group, a group's or a gap's target) must be ones the
 * data have: each problem at its field's line, with the nearest name or the names there are. Without data
 * yet there is nothing to check against.
 */
final class GroupNames {
    private GroupNames() {}

    /** Whether the data have groups by this dimension (a column); else "`field` is `x`, but the data have no such column." */
    static boolean dimension(String field, String dimension, List<Series> series, int line, Fields f) {
        List<String> dimensions = series.stream().flatMap(s -> s.dimensions().stream()).distinct().toList();
        if (series.isEmpty() || dimensions.contains(dimension)) return true;
        f.error(line, "`" + field + "` is `" + dimension + "`, but the data have no such column."
                + (dimensions.isEmpty() ? " They have no groups." : Suggestions.nearest(dimension, dimensions)
                .map(n -> " Did you mean `" + n + "`?").orElse(" Their group columns: " + String.join(", ", dimensions) + ".")));
        return false;
    }

    /** Whether the data's dimension has this group; else "`field` is `x`, but the `dimension` column has no such group." */
    static boolean group(String field, String dimension, String group, List<Series> series, int line, Fields f) {
        List<String> groups = series.stream().flatMap(s -> s.groups().stream()).filter(g -> g.dimension().equals(dimension))
                .map(Series.Group::name).distinct().toList();
        if (series.isEmpty() || groups.contains(group)) return true;
        f.error(line, "`" + field + "` is `" + group + "`, but the `" + dimension + "` column has no such group."
                + Suggestions.nearest(group, groups).map(n -> " Did you mean `" + n + "`?")
                .orElse(" Its groups: " + String.join(", ", groups) + "."));
        return false;
    }
}
