package io.impactsite.engine;

import io.impactsite.problem.Problem;

/** Where the engine says what it does; the Maven face adapts its logger to this. */
public interface Reporter {
    void info(String message);

    void warn(String message);

    /** A warning about the content that did not stop the build. */
    default void problem(Problem problem) {
        warn(problem.toString());
    }

    Reporter SILENT = new Reporter() {
        @Override public void info(String message) {}

        @Override public void warn(String message) {}
    };
}
