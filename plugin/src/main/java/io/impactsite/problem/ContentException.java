package io.impactsite.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The content has errors: every one the run found, in file and line order. Nothing was written. */
public final class ContentException extends SiteException {
    private final transient List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the content:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")), null);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
