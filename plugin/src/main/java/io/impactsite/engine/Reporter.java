package io.impactsite.engine;

/** Where the engine says what it does; the Maven face adapts its logger to this. */
public interface Reporter {
    void info(String message);

    void warn(String message);

    Reporter SILENT = new Reporter() {
        @Override public void info(String message) {}

        @Override public void warn(String message) {}
    };
}
