package io.impactsite.maven;

import io.impactsite.problem.CodeQualityReport;
import io.impactsite.problem.GitHubAnnotation;
import io.impactsite.problem.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shows the problems of a run where the CI service that runs it looks for them: on GitHub Actions
 * as workflow annotations, printed as they come; on GitLab CI as a Code Quality report, written when
 * the run ends. Elsewhere it does nothing. Paths are made relative to the repository's root, since
 * the content folder may be a subfolder of it.
 */
final class ContinuousIntegration {
    static final String GITLAB_REPORT = "gl-code-quality-report.json";

    private enum Service { NONE, GITHUB, GITLAB }

    private final Service service;
    private final Path content;
    private final Path root;
    private final Path reportFile;
    private final PrintStream console;
    private final List<Problem> problems = new ArrayList<>();

    private ContinuousIntegration(Service service, Path content, Path root, Path reportFile, PrintStream console) {
        this.service = service;
        this.content = content;
        this.root = root;
        this.reportFile = reportFile;
        this.console = console;
    }

    /**
     * @param environment     the process's environment ({@code GITHUB_ACTIONS}, {@code GITLAB_CI}, ...)
     * @param content         the content folder, to which problems' files are relative
     * @param buildDirectory  where the GitLab report goes ({@code target/})
     * @param console         where workflow commands go: the runner reads them from the start of a
     *                        line of standard output, so not through Maven's logger, whose lines start with "[ERROR]"
     */
    static ContinuousIntegration detect(Map<String, String> environment, Path content, Path buildDirectory,
                                        PrintStream console) {
        Path folder = content.toAbsolutePath().normalize();
        if ("true".equals(environment.get("GITHUB_ACTIONS"))) {
            return new ContinuousIntegration(Service.GITHUB, folder, root(environment.get("GITHUB_WORKSPACE"), folder),
                    null, console);
        }
        if ("true".equals(environment.get("GITLAB_CI"))) {
            return new ContinuousIntegration(Service.GITLAB, folder, root(environment.get("CI_PROJECT_DIR"), folder),
                    buildDirectory.resolve(GITLAB_REPORT), console);
        }
        return new ContinuousIntegration(Service.NONE, folder, folder, null, console);
    }

    /** The repository's root: the one the CI service names, else the nearest folder up that holds {@code .git}. */
    static Path root(String named, Path content) {
        if (named != null && !named.isBlank()) return real(Path.of(named));
        for (Path p = content; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) return real(p);
        }
        return real(content);
    }

    /** A problem of the content, reported to the CI service. */
    synchronized void report(Problem problem) {
        if (service == Service.NONE) return;
        Problem located = new Problem(problem.severity(), repositoryPath(problem.file()), problem.line(),
                problem.column(), problem.message());
        if (service == Service.GITHUB) console.println(GitHubAnnotation.of(located));
        else problems.add(located);
    }

    /** Ends the run: on GitLab, writes the report (an empty one when the content has no problems). */
    synchronized void finish() throws IOException {
        if (service != Service.GITLAB) return;
        Files.createDirectories(reportFile.getParent());
        Files.writeString(reportFile, CodeQualityReport.json(problems), StandardCharsets.UTF_8);
    }

    /** The file's path from the repository's root, with forward slashes; as it is when the content lies outside it. */
    String repositoryPath(String file) {
        Path absolute = real(content).resolve(file).normalize();
        Path relative = absolute.startsWith(root) ? root.relativize(absolute) : Path.of(file);
        return relative.toString().replace('\\', '/');
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
