package io.impactsite.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The content has errors: every one the run found, in file and line order, with the warnings
 * found beside them. Nothing was written.
 */
public final class ContentException extends SiteException {
    private final transient List<Problem> problems;
    private final transient List<Problem> warnings;

    public ContentException(List<Problem> problems) {
        this(problems, List.of());
    }

    public ContentException(List<Problem> problems, List<Problem> warnings) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the content:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")), null);
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    /** The problems that stopped the build (errors; in strict mode, the warnings too). */
    public List<Problem> problems() {
        return problems;
    }

    /** Warnings found in the same run, which did not stop it by themselves. */
    public List<Problem> warnings() {
        return warnings;
    }
}
