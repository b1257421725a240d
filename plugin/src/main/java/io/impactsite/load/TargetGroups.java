package io.impactsite.load;

import io.impactsite.model.Series;
import io.impactsite.problem.Suggestions;
import java.util.List;

/** A target for one group names a dimension and a group that the data have; one for a gap, a dimension they have. */
final class TargetGroups {
    private TargetGroups() {}

    /** Whether the data have groups by this dimension (a column); else reported, with the nearest. */
    static boolean dimension(String dimension, List<Series> series, int line, Fields f) {
        List<String> dimensions = series.stream().flatMap(s -> s.dimensions().stream()).distinct().toList();
        if (series.isEmpty() || dimensions.contains(dimension)) return true;
        f.error(line, "the target's dimension is `" + dimension + "`, but the data have no such column."
                + (dimensions.isEmpty() ? " They have no groups." : Suggestions.nearest(dimension, dimensions)
                .map(n -> " Did you mean `" + n + "`?").orElse(" Their group columns: " + String.join(", ", dimensions) + ".")));
        return false;
    }

    /** Whether the target may be kept: for the whole series, or for a group the data have (else reported). */
    static boolean check(String dimension, String group, List<Series> series, int line, int dimensionLine, int groupLine,
                         Fields f) {
        if (dimension.isEmpty() && group.isEmpty()) return true;
        if (dimension.isEmpty() || group.isEmpty()) {
            f.error(line, "the target names a " + (dimension.isEmpty() ? "group but no dimension" : "dimension but no group")
                    + ". Give both, as the data's columns write them: `dimension: race` and `group: Black`; or, for a "
                    + "target for the gap between the groups of a dimension, `gap: race`.");
            return false;
        }
        if (series.isEmpty()) return true;   // no data yet: nothing to check against
        if (!dimension(dimension, series, dimensionLine, f)) return false;
        List<String> groups = series.stream().flatMap(s -> s.groups().stream()).filter(g -> g.dimension().equals(dimension))
                .map(Series.Group::name).distinct().toList();
        if (!groups.contains(group)) {
            f.error(groupLine, "the target's group is `" + group + "`, but the data's `" + dimension + "` has no such group."
                    + Suggestions.nearest(group, groups).map(n -> " Did you mean `" + n + "`?")
                    .orElse(" Its groups: " + String.join(", ", groups) + "."));
            return false;
        }
        return true;
    }
}
