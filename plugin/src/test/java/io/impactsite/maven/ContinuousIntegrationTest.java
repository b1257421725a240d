package io.impactsite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContinuousIntegrationTest {
    @TempDir Path tmp;

    @Test
    void theRootIsTheNearestFolderUpWithGit() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("repo/sites/north"));
        Files.createDirectory(tmp.resolve("repo/.git"));
        assertEquals(tmp.resolve("repo").toRealPath(), ContinuousIntegration.root(null, content));
    }

    @Test
    void aGitFileMarksTheRootToo() throws IOException {
        // a git worktree or submodule has a .git file, not a folder
        Path content = Files.createDirectories(tmp.resolve("wt/content"));
        Files.writeString(tmp.resolve("wt/.git"), "gitdir: /elsewhere\n");
        assertEquals(tmp.resolve("wt").toRealPath(), ContinuousIntegration.root("", content));
    }

    @Test
    void theFolderTheCiNamesWinsAndWithoutGitTheContentIsTheRoot() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("a/b"));
        assertEquals(tmp.resolve("a").toRealPath(), ContinuousIntegration.root(tmp.resolve("a").toString(), content));
        assertEquals(content.toRealPath(), ContinuousIntegration.root(null, content));
    }

    @Test
    void pathsAreFromTheRootWithForwardSlashes() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("repo/content"));
        ContinuousIntegration ci = ContinuousIntegration.detect(
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", tmp.resolve("repo").toString()), content,
                content.resolve("target"), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals("content/indicators/x.csv", ci.repositoryPath("indicators/x.csv"));
        assertEquals("content/initiative.yml", ci.repositoryPath("initiative.yml"));
    }

    @Test
    void contentOutsideTheNamedRootKeepsItsOwnPaths() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("elsewhere/content"));
        Files.createDirectories(tmp.resolve("repo"));
        ContinuousIntegration ci = ContinuousIntegration.detect(
                Map.of("GITLAB_CI", "true", "CI_PROJECT_DIR", tmp.resolve("repo").toString()), content,
                content.resolve("target"), System.out);
        assertEquals("indicators/x.csv", ci.repositoryPath("indicators/x.csv"));
    }

    @Test
    void onlyTrueMeansTheService() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("c"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContinuousIntegration ci = ContinuousIntegration.detect(Map.of("GITHUB_ACTIONS", "false", "GITLAB_CI", "1"), content,
                content.resolve("target"), new PrintStream(out, true, StandardCharsets.UTF_8));
        ci.report(io.impactsite.problem.Problem.error("a.yml", 1, 1, "x"));
        ci.finish();
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals(false, Files.exists(content.resolve("target")));
    }
}
