package io.impactsite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.impactsite.problem.Problem;
import io.impactsite.problem.ThemeException;
import io.impactsite.testing.Folders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals, run as Maven runs them, inside GitHub Actions and GitLab CI: the content folder is a
 * subfolder ({@code site/}) of a repository, and every path in the CI's output is from its root.
 */
class ContinuousIntegrationWiringTest {
    private static final String NOT_A_NUMBER = "`forty-two` in column `value` is not a number. Leave the cell empty, "
            + "or write NA, where there is no value.";

    @TempDir Path repository;
    private Path content;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void brokenContentInASubfolder() throws IOException, URISyntaxException {
        Files.createDirectory(repository.resolve(".git"));
        content = Folders.copy(Path.of(getClass().getResource("/fixtures/minimal").toURI()), repository.resolve("site"));
        Files.writeString(content.resolve("indicators/school-readiness.csv"), """
                period,value,race
                2019,40.0,
                2019,35.0,Black
                2020,forty-two,
                """);
    }

    private <T extends AbstractSiteMojo> T mojo(T mojo, Map<String, String> environment) {
        mojo.contentDirectory = content.toFile();
        mojo.buildDirectory = content.resolve("target").toFile();
        mojo.environment = environment;
        mojo.console = new PrintStream(console, true, StandardCharsets.UTF_8);
        return mojo;
    }

    private BuildMojo build(Map<String, String> environment) {
        BuildMojo mojo = mojo(new BuildMojo(), environment);
        mojo.outputDirectory = content.resolve("target/site").toFile();
        return mojo;
    }

    private List<String> printed() {
        return console.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void onGitHubEveryErrorIsAnAnnotationWithThePathFromTheRepositoryRoot() {
        assertThrows(MojoFailureException.class, () -> build(Map.of("GITHUB_ACTIONS", "true")).execute());
        assertEquals(List.of("::error file=site/indicators/school-readiness.csv,line=4,col=2::" + NOT_A_NUMBER), printed());
    }

    @Test
    void onGitHubTheWorkspaceIsTheRoot() throws IOException {
        Files.delete(repository.resolve(".git"));
        Map<String, String> github = Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", repository.toString());
        assertThrows(MojoFailureException.class, () -> mojo(new CheckMojo(), github).execute());
        assertEquals(List.of("::error file=site/indicators/school-readiness.csv,line=4,col=2::" + NOT_A_NUMBER), printed());
    }

    @Test
    void aWarningTheEngineReportsIsAWarningAnnotation() throws Exception {
        BuildMojo mojo = build(Map.of("GITHUB_ACTIONS", "true"));
        mojo.run("build", () -> mojo.reporter().problem(Problem.warning("pages/story.md", 4, 0, "the link was removed")));
        assertEquals(List.of("::warning file=site/pages/story.md,line=4::the link was removed"), printed());
    }

    @Test
    void inStrictModeAWarningFailsTheBuildAndIsAnError() throws IOException {
        Files.writeString(content.resolve("indicators/school-readiness.csv"), "period,value,race\n2019,40.0,\n2020,42.5,\n");
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(content.resolve("pages/story.md"), "---\ntitle: Our story\n---\nRead [the plan](JaVaScRiPt:alert(1)) first.\n");
        BuildMojo mojo = build(Map.of("GITHUB_ACTIONS", "true"));
        mojo.strict = true;
        assertThrows(MojoFailureException.class, mojo::execute);
        List<String> annotations = printed();
        assertEquals(1, annotations.stream().filter(a -> a.startsWith("::error file=site/pages/story.md,line=4::")).count(),
                annotations::toString);
        assertFalse(annotations.stream().anyMatch(a -> a.startsWith("::warning")), annotations::toString);
    }

    @Test
    void anErrorInTheSitesOwnTemplateIsAnnotatedOnTheTemplate() {
        BuildMojo mojo = build(Map.of("GITHUB_ACTIONS", "true"));
        assertThrows(MojoFailureException.class, () -> mojo.run("build", () -> {
            throw new ThemeException("templates/page.ftlh", 3, 3, "`page.nothing` is missing.", null);
        }));
        assertEquals(List.of("::error file=site/templates/page.ftlh,line=3,col=3::`page.nothing` is missing."), printed());
    }

    @Test
    void onGitLabTheErrorsGoToACodeQualityReportInTarget() throws IOException {
        Map<String, String> gitlab = Map.of("GITLAB_CI", "true", "CI_PROJECT_DIR", repository.toString());
        assertThrows(MojoFailureException.class, () -> mojo(new CheckMojo(), gitlab).execute());
        assertEquals(List.of(), printed());
        JsonNode report = new ObjectMapper().readTree(content.resolve("target/gl-code-quality-report.json").toFile());
        assertEquals(1, report.size());
        JsonNode issue = report.get(0);
        assertEquals(NOT_A_NUMBER, issue.get("description").asText());
        assertEquals("blocker", issue.get("severity").asText());
        assertEquals("impactsite/error", issue.get("check_name").asText());
        assertEquals("site/indicators/school-readiness.csv", issue.at("/location/path").asText());
        assertEquals(4, issue.at("/location/lines/begin").asInt());
    }

    @Test
    void onGitLabAContentWithoutErrorsGivesAReportWithoutErrors() throws Exception {
        Files.writeString(content.resolve("indicators/school-readiness.csv"), "period,value,race\n2019,40.0,\n2020,42.5,\n");
        mojo(new CheckMojo(), Map.of("GITLAB_CI", "true", "CI_PROJECT_DIR", repository.toString())).execute();
        JsonNode report = new ObjectMapper().readTree(content.resolve("target/gl-code-quality-report.json").toFile());
        assertFalse(report.findValuesAsText("severity").contains("blocker"), report::toString);
    }

    @Test
    void outsideCiNothingIsPrintedOrWritten() {
        assertThrows(MojoFailureException.class, () -> build(Map.of()).execute());
        assertEquals(List.of(), printed());
        assertFalse(Files.exists(content.resolve("target/gl-code-quality-report.json")));
    }

    @Test
    void aSkippedGoalReportsNothing() throws Exception {
        BuildMojo mojo = build(Map.of("GITLAB_CI", "true"));
        mojo.skip = true;
        mojo.execute();
        assertFalse(Files.exists(content.resolve("target/gl-code-quality-report.json")));
    }
}
