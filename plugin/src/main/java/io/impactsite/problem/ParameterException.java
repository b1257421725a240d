package io.impactsite.problem;

/**
 * A parameter of the build cannot work (a content folder that does not exist, an output folder
 * that holds the content, a port in use): names the parameter, as the POM and {@code -D} write it,
 * and what to set instead.
 */
public final class ParameterException extends SiteException {
    private final String parameter;

    /** @param parameter the parameter's name in the POM ({@code outputDirectory}) */
    public ParameterException(String parameter, String message) {
        super(message, null);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
