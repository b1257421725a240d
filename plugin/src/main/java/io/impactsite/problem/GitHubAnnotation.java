package io.impactsite.problem;

/**
 * A problem as a GitHub Actions workflow command ({@code ::error file=...,line=...,col=...::message}),
 * which GitHub shows as an annotation on that line of the pull request's diff. The escaping is the
 * runner's: {@code %}, CR and LF in the message; also {@code :} and {@code ,} in a property.
 *
 * @see <a href="https://docs.github.com/actions/reference/workflow-commands-for-github-actions">Workflow commands</a>
 */
public final class GitHubAnnotation {
    private GitHubAnnotation() {}

    /**
     * @param problem a problem whose file is relative to the repository's root (GitHub resolves
     *                {@code file=} against it), with forward slashes
     */
    public static String of(Problem problem) {
        StringBuilder command = new StringBuilder("::")
                .append(problem.severity() == Problem.Severity.ERROR ? "error" : "warning")
                .append(" file=").append(escapeProperty(problem.file()));
        if (problem.line() > 0) {
            command.append(",line=").append(problem.line());
            if (problem.column() > 0) command.append(",col=").append(problem.column());
        }
        return command.append("::").append(escapeData(problem.message())).toString();
    }

    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
