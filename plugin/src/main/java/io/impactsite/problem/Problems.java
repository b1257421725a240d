package io.impactsite.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects every problem of a run, so that a person sees them all at once rather than one per build.
 * Thread-safe: files are read in parallel.
 */
public final class Problems {
    private final List<Problem> list = Collections.synchronizedList(new ArrayList<>());

    public void error(String file, int line, int column, String message) {
        list.add(Problem.error(file, line, column, message));
    }

    public void error(String file, int line, String message) {
        error(file, line, 0, message);
    }

    public void warning(String file, int line, String message) {
        list.add(Problem.warning(file, line, 0, message));
    }

    public void add(Problem problem) {
        list.add(problem);
    }

    /** Every problem, in the order they were found. */
    public List<Problem> all() {
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    public boolean hasErrors() {
        return errors().size() > 0;
    }

    public List<Problem> errors() {
        return sorted(Problem.Severity.ERROR);
    }

    public List<Problem> warnings() {
        return sorted(Problem.Severity.WARNING);
    }

    private List<Problem> sorted(Problem.Severity severity) {
        synchronized (list) {
            return list.stream().filter(p -> p.severity() == severity).sorted().distinct().toList();
        }
    }
}
