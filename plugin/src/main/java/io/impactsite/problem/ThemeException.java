package io.impactsite.problem;

/**
 * A template of the site's own {@code templates/} folder failed to render: named by its file,
 * line and column, as FreeMarker located it. Nothing was written.
 *
 * @see SiteException
 */
public final class ThemeException extends SiteException {
    private final String file;
    private final int line;
    private final int column;

    public ThemeException(String file, int line, int column, String message, Throwable cause) {
        super(new Problem(Problem.Severity.ERROR, file, line, column, message).toString(), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The template, relative to the content folder ("templates/goal.ftlh"). */
    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
