package io.impactsite.problem;

/**
 * Something the person running the build can fix: the content ({@link ContentException}), the
 * site's own template overrides ({@link ThemeException}) or a parameter of the build
 * ({@link ParameterException}). Anything else the engine throws is a bug in Impact Site.
 */
public abstract sealed class SiteException extends Exception permits ContentException, ThemeException, ParameterException {
    protected SiteException(String message, Throwable cause) {
        super(message, cause);
    }
}
