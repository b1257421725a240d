package io.impactsite.problem;

import java.util.Comparator;

/**
 * One thing wrong with the content, located so that a person can go and fix it.
 *
 * @param file   path relative to the content folder, with forward slashes
 * @param line   1-based line, 0 when the problem is about the whole file
 * @param column 1-based column (or CSV column), 0 when unknown
 * @param message what is wrong and what to do about it
 */
public record Problem(Severity severity, String file, int line, int column, String message)
        implements Comparable<Problem> {

    public enum Severity { ERROR, WARNING }

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::message);

    public static Problem error(String file, int line, int column, String message) {
        return new Problem(Severity.ERROR, file, line, column, message);
    }

    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(Severity.WARNING, file, line, column, message);
    }

    /** The location the way editors and CI annotate it: {@code file:line:column}. */
    public String location() {
        if (line <= 0) return file;
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    @Override
    public String toString() {
        return location() + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
