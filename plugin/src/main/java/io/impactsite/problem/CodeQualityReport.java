package io.impactsite.problem;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Problems as a GitLab Code Quality report: the JSON array GitLab reads from
 * {@code artifacts:reports:codequality} and shows in the merge request and beside the diff.
 *
 * @see <a href="https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format">Code Quality report format</a>
 */
public final class CodeQualityReport {
    /** The check's name in GitLab's widget: the tool, and whether the problem stopped the build. */
    static final String CHECK_ERROR = "impactsite/error";
    static final String CHECK_WARNING = "impactsite/warning";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CodeQualityReport() {}

    @JsonPropertyOrder({"description", "check_name", "fingerprint", "severity", "location"})
    record Issue(String description, @JsonProperty("check_name") String checkName, String fingerprint,
                 String severity, Location location) {}

    @JsonPropertyOrder({"path", "lines"})
    record Location(String path, Lines lines) {}

    record Lines(int begin) {}

    /**
     * @param problems problems whose files are relative to the repository's root, with forward slashes
     * @return the report, in the problems' order; {@code []} when there are none (GitLab then shows
     *         the problems of the target branch as resolved)
     */
    public static String json(List<Problem> problems) {
        List<Issue> issues = problems.stream().map(CodeQualityReport::issue).toList();
        try {
            return JSON.writeValueAsString(issues) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings and numbers always serialize", e);
        }
    }

    static Issue issue(Problem p) {
        boolean error = p.severity() == Problem.Severity.ERROR;
        // An error stops the site from being published: a blocker. A warning did not.
        return new Issue(p.message(), error ? CHECK_ERROR : CHECK_WARNING, fingerprint(p), error ? "blocker" : "minor",
                new Location(p.file(), new Lines(Math.max(1, p.line()))));
    }

    /**
     * Stable across runs, so GitLab can tell a problem that persists from a new one, and distinct
     * for the same message on two lines (GitLab shows one issue per fingerprint).
     */
    static String fingerprint(Problem p) {
        String identity = p.severity() + "\n" + p.file() + "\n" + p.line() + "\n" + p.column() + "\n" + p.message();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
