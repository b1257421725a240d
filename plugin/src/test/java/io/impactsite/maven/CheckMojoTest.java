package io.impactsite.maven;

import static io.impactsite.maven.BuildMojoTest.MINIMAL;
import static io.impactsite.maven.BuildMojoTest.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.engine.Options;
import io.impactsite.testing.Folders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impactsite:check} as Maven runs it: the same parameters as build, and it never writes a file. */
class CheckMojoTest {
    @TempDir Path project;
    private Path content;
    private List<String> contentFiles;
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void minimalSite() throws IOException {
        content = Folders.copy(MINIMAL, project.resolve("content"));
        contentFiles = files(project);
    }

    private CheckMojo mojo() {
        CheckMojo mojo = new CheckMojo();
        mojo.contentDirectory = content.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.environment = Map.of();
        mojo.console = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        mojo.setLog(log);
        return mojo;
    }

    private void assertNothingWritten() throws IOException {
        assertEquals(contentFiles, files(project), "check wrote or removed a file");
        assertEquals(List.of("content"), Files.list(project).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void validContentIsReportedWithItsCountsAndNothingIsWritten() throws Exception {
        mojo().execute();
        assertEquals(2, log.at("INFO").size(), log.lines().toString());
        assertEquals(io.impactsite.engine.SiteBuilder.NO_BASE_URL, log.at("INFO").get(0));
        assertTrue(log.at("INFO").get(1).startsWith("The content is valid: 1 indicators, 1 partners, 0 updates, "),
                log.at("INFO").get(1));
        assertEquals(List.of(), log.at("WARN"));
        assertNothingWritten();
    }

    @Test
    void theParametersBecomeTheEnginesOptions() {
        CheckMojo mojo = mojo();
        assertEquals(new Options(null, false, false), mojo.options());
        mojo.baseUrl = "https://example.org/";
        mojo.drafts = true;
        assertEquals(new Options("https://example.org/", false, true), mojo.options());
    }

    @Test
    void strictTurnsTheWarningIntoAFailure() throws IOException {
        Folders.addStrayCsv(content);
        contentFiles = files(project);
        CheckMojo mojo = mojo();
        mojo.strict = true;
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("1 problem in the content of " + content + " (listed above). Nothing was written.", e.getMessage());
        assertEquals(List.of(Folders.STRAY), log.at("ERROR"));
        assertNothingWritten();
    }

    @Test
    void theBaseUrlParameterCountsForTheCheckToo() throws Exception {
        CheckMojo mojo = mojo();
        mojo.strict = true;
        mojo.baseUrl = "https://example.org/lakeside/";
        mojo.execute();
        assertEquals(List.of(), log.at("WARN"));
        assertNothingWritten();
    }

    @Test
    void skipChecksNothingAndSaysSo() throws Exception {
        Files.writeString(content.resolve("initiative.yml"), "name: [unclosed\n");
        CheckMojo mojo = mojo();
        mojo.skip = true;
        mojo.execute();
        assertEquals(List.of("INFO Skipping impactsite:check (impactsite.skip=true)"), log.lines());
    }

    @Test
    void contentErrorsFailWithEachLoggedAtItsLine() throws IOException {
        Files.writeString(content.resolve("indicators/school-readiness.csv"),
                "period,value,race\n2019,40.0,\n2020,forty-two,\n2021,lots,\n");
        contentFiles = files(project);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo()::execute);
        assertEquals("2 problems in the content of " + content + " (listed above). Nothing was written.", e.getMessage());
        List<String> errors = log.at("ERROR");
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("indicators/school-readiness.csv:3:2: `forty-two`"), errors.toString());
        assertTrue(errors.get(1).startsWith("indicators/school-readiness.csv:4:2: `lots`"), errors.toString());
        assertNothingWritten();
    }

    @Test
    void aMissingContentFolderNamesTheParameter() {
        CheckMojo mojo = mojo();
        mojo.contentDirectory = project.resolve("no-such-folder").toFile();
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("<contentDirectory> (-Dimpactsite.contentDirectory): the content folder "
                + project.resolve("no-such-folder") + " does not exist."), e.getMessage());
    }

    @Test
    void aRuntimeExceptionIsABugAndAnExecutionException() {
        RuntimeException bug = new UnsupportedOperationException("not yet");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> mojo().run("check", () -> {
            throw bug;
        }));
        assertEquals(bug, e.getCause());
        assertTrue(e.getMessage().startsWith("impactsite:check failed: this is a bug in Impact Site"), e.getMessage());
    }
}
