package io.impactsite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.testing.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second build with nothing changed writes no page again; a change of any kind of input
 * (a content file, a template, an option, the day of publication, the output itself) builds again.
 */
class BuildCacheTest {
    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    @TempDir
    Path dir;
    private Path content;
    private Path output;
    private final List<String> said = new ArrayList<>();
    private final Reporter reporter = new Reporter() {
        @Override public void info(String message) {
            said.add(message);
        }

        @Override public void warn(String message) {
            said.add("WARN " + message);
        }
    };

    @BeforeEach
    void firstBuild() throws Exception {
        content = Folders.copy(MINIMAL, dir.resolve("content"));
        Folders.addStrayCsv(content);   // a warning to say again
        output = dir.resolve("site");
        assertTrue(build(options()).pagesWritten() > 10);
    }

    private static Options options() {
        return new Options(null, false, false, DAY);
    }

    private BuildReport build(Options options) throws Exception {
        return new SiteBuilder(reporter).build(new BuildRequest(content, output, options));
    }

    private void touch(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
    }

    @Test
    void nothingChangedWritesNothingAndSaysTheWarningsAgain() throws Exception {
        FileTime before = Files.getLastModifiedTime(output.resolve("index.html"));
        said.clear();
        BuildReport second = build(options());
        assertEquals(0, second.pagesWritten());
        assertEquals(0, second.filesWritten());
        assertEquals(before, Files.getLastModifiedTime(output.resolve("index.html")), "the page was written again");
        assertTrue(said.stream().anyMatch(s -> s.startsWith("WARN indicators/stray.csv: no indicator reads this file")), said.toString());
        assertTrue(said.stream().anyMatch(s -> s.startsWith("Nothing changed since the last build")), said.toString());
    }

    @Test
    void aChangedContentFileBuildsAgain() throws Exception {
        Path yml = content.resolve("indicators/school-readiness.yml");
        Files.writeString(yml, Files.readString(yml).replace("School readiness", "Ready for school"));
        assertTrue(build(options()).pagesWritten() > 10);
        assertTrue(Files.readString(output.resolve("indicators/school-readiness/index.html")).contains("Ready for school"));
        assertEquals(0, build(options()).pagesWritten(), "and then it is up to date again");
    }

    @Test
    void aFileTouchedWithoutChangeBuildsAgainToo() throws Exception {
        touch(content.resolve("partners/lakeside-library.yml"));
        assertTrue(build(options()).pagesWritten() > 10, "the modification time is part of the key: never stale");
    }

    @Test
    void aNewTemplateBuildsAgain() throws Exception {
        Files.createDirectories(content.resolve("templates"));
        Files.writeString(content.resolve("templates/page.ftlh"), "<#import \"layout.ftlh\" as l><@l.page>x</@l.page>\n");
        assertTrue(build(options()).pagesWritten() > 10);
    }

    @Test
    void otherOptionsBuildAgain() throws Exception {
        assertTrue(build(new Options("https://example.org/x/", false, false, DAY)).pagesWritten() > 10);
        assertTrue(build(new Options("https://example.org/x/", false, true, DAY)).pagesWritten() > 10, "drafts");
        assertTrue(build(new Options("https://example.org/x/", false, true, DAY.plusDays(1))).pagesWritten() > 10,
                "a new day may publish an update that was dated in the future");
    }

    @Test
    void anOutputChangedSinceBuildsAgain() throws Exception {
        Files.delete(output.resolve("about/index.html"));
        assertTrue(build(options()).pagesWritten() > 10);
        assertTrue(Files.exists(output.resolve("about/index.html")));
        Files.writeString(output.resolve("index.html"), "edited by hand");
        assertTrue(build(options()).pagesWritten() > 10);
        assertTrue(Files.readString(output.resolve("index.html")).contains("<!DOCTYPE html>"));
    }
}
