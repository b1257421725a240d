package io.impactsite.engine;

import io.impactsite.problem.Problem;
import java.util.List;
import java.util.Set;

/**
 * What a rebuild of a {@link SiteSession} did.
 *
 * @param changed  the site's paths that were written or removed ("goals/x/index.html")
 * @param all      whether every page was rendered (the first build, a template or initiative.yml change)
 * @param problems the problems of the content as it is now: errors (then the last good site stays) or warnings
 * @param failed   whether the content has errors
 * @param millis   from the start of the rebuild to the last page written
 * @param stages   where the time went, in words ("load 0.12 s, analyse ...")
 */
public record Rebuilt(Set<String> changed, boolean all, List<Problem> problems, boolean failed, long millis,
                      String stages) {}
