package io.impactsite.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The content has errors: every one the run found, in file and line order. Nothing was written. */
public class ContentException extends Exception {
    private final transient List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the content:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
