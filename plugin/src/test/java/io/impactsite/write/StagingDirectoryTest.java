package io.impactsite.write;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer: a new site goes to a staging folder beside the output and replaces the output only when
 * published; whatever happens, nothing but the output and this build's staging folder is touched.
 */
class StagingDirectoryTest {
    @TempDir Path parent;
    private Path output;

    /** A previous site in {@code parent/site}, and things beside it that belong to someone else. */
    @BeforeEach
    void previousSiteWithNeighbours() throws IOException {
        output = parent.resolve("site");
        write(output.resolve("index.html"), "old home");
        write(output.resolve("goals/old/index.html"), "old goal");
        write(parent.resolve("notes.txt"), "a sibling file");
        write(parent.resolve("content/initiative.yml"), "name: a sibling folder");
        write(parent.resolve(".site.staging-another-build/index.html"), "another build's staging folder");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Every file under a folder, relative path to text. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }

    private List<String> children() throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The folders beside the output that this build made: its staging folder, an old site moved aside. */
    private List<Path> ours() throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(p -> p.getFileName().toString().matches("\\.site\\.(staging|old)-\\d+"))
                    .sorted().toList();
        }
    }

    private static final List<String> NEIGHBOURS = List.of(".site.staging-another-build", "content", "notes.txt", "site");

    private Map<String, String> neighbours() throws IOException {
        Map<String, String> all = new TreeMap<>(files(parent));
        all.keySet().removeIf(k -> k.startsWith("site/"));
        return all;
    }

    @Test
    void theStagingFolderIsAHiddenFolderBesideTheOutputAndTheOutputIsUntouchedUntilPublished() throws IOException {
        try (StagingDirectory staging = new StagingDirectory(output)) {
            List<Path> made = ours();
            assertEquals(1, made.size(), "one staging folder beside the output: " + children());
            assertTrue(made.get(0).getFileName().toString().startsWith(".site.staging-"), made.toString());
            assertTrue(Files.isDirectory(made.get(0)));

            staging.write("index.html", "new home".getBytes(UTF_8));
            staging.write("goals/new/index.html", "new goal".getBytes(UTF_8));
            assertEquals(Map.of("goals/new/index.html", "new goal", "index.html", "new home"), files(made.get(0)));
            assertEquals(Map.of("goals/old/index.html", "old goal", "index.html", "old home"), files(output),
                    "the previous site stays as it was while the new one is written");
        }
    }

    @Test
    void aMissingOutputAndItsParentsAreMadeOnPublish() throws IOException {
        Path deep = parent.resolve("target/nested/site");
        try (StagingDirectory staging = new StagingDirectory(deep)) {
            staging.write("index.html", "home".getBytes(UTF_8));
            staging.publish();
        }
        assertEquals(Map.of("index.html", "home"), files(deep));
        try (Stream<Path> s = Files.list(deep.getParent())) {
            assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList(), "nothing left beside it");
        }
    }

    @Test
    void publishReplacesTheOutputAsAWholeAndLeavesNothingBesideIt() throws IOException {
        Map<String, String> before = neighbours();
        try (StagingDirectory staging = new StagingDirectory(output)) {
            staging.write("index.html", "new home".getBytes(UTF_8));
            staging.write("goals/new/index.html", "new goal".getBytes(UTF_8));
            staging.publish();
        }
        assertEquals(Map.of("goals/new/index.html", "new goal", "index.html", "new home"), files(output),
                "the new site, and nothing of the old one (goals/old is gone)");
        assertEquals(NEIGHBOURS, children(), "no staging or old folder left behind");
        assertEquals(before, neighbours(), "the files beside the output are as they were");
    }

    @Test
    void closeWithoutPublishRemovesOnlyItsOwnStagingFolder() throws IOException {
        Map<String, String> site = files(output);
        Map<String, String> before = neighbours();
        try (StagingDirectory staging = new StagingDirectory(output)) {
            staging.write("index.html", "half a new site".getBytes(UTF_8));
            staging.copy("assets/notes.txt", parent.resolve("notes.txt"));
        }
        assertEquals(NEIGHBOURS, children(), "only this build's staging folder is gone");
        assertEquals(site, files(output), "the previous site is as it was");
        assertEquals(before, neighbours(), "the files beside the output are as they were");
    }

    @Test
    void closeAfterPublishKeepsThePublishedSite() throws IOException {
        StagingDirectory staging = new StagingDirectory(output);
        staging.write("index.html", "new home".getBytes(UTF_8));
        staging.publish();
        staging.close();
        assertEquals(Map.of("index.html", "new home"), files(output));
    }

    @Test
    void nothingIsWrittenOnceClosed() throws IOException {
        StagingDirectory staging = new StagingDirectory(output);
        staging.close();
        assertThrows(IllegalStateException.class, () -> staging.write("late.html", new byte[0]));
        assertThrows(IllegalStateException.class, () -> staging.copy("late.txt", parent.resolve("notes.txt")));
        assertEquals(NEIGHBOURS, children());
    }

    @Test
    void aSecondWriteToOnePathIsRefusedAndTheFirstKept() throws IOException {
        try (StagingDirectory staging = new StagingDirectory(output)) {
            staging.write("goals/a/index.html", "first".getBytes(UTF_8));
            IllegalStateException twice = assertThrows(IllegalStateException.class,
                    () -> staging.write("goals/a/index.html", "second".getBytes(UTF_8)));
            assertEquals("Two files would be written to goals/a/index.html", twice.getMessage());
            assertThrows(IllegalStateException.class, () -> staging.copy("goals/a/index.html", parent.resolve("notes.txt")),
                    "a copy to a path written already");
            staging.copy("notes.txt", parent.resolve("notes.txt"));
            assertThrows(IllegalStateException.class, () -> staging.write("notes.txt", new byte[0]),
                    "a write to a path copied already");
            staging.publish();
        }
        assertEquals(Map.of("goals/a/index.html", "first", "notes.txt", "a sibling file"), files(output));
    }

    /** "a/b.html" and "a/./b.html" are one file: the second would silently replace the first. */
    @Test
    void oneFileUnderTwoSpellingsIsRefusedToo() throws IOException {
        try (StagingDirectory staging = new StagingDirectory(output)) {
            staging.write("goals/a/index.html", "first".getBytes(UTF_8));
            assertThrows(IllegalStateException.class, () -> staging.write("goals/./a/index.html", "second".getBytes(UTF_8)));
            assertThrows(IllegalStateException.class, () -> staging.write("goals/b/../a/index.html", "third".getBytes(UTF_8)));
        }
    }

    @Test
    void aPathThatLeavesTheSiteIsRefusedAndNothingIsWrittenOutside() throws IOException {
        Map<String, String> before = neighbours();
        try (StagingDirectory staging = new StagingDirectory(output)) {
            for (String path : List.of("../notes.txt", "../escaped.html", "goals/../../escaped.html",
                    parent.resolve("escaped.html").toString())) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> staging.write(path, "outside".getBytes(UTF_8)), path);
                assertEquals("Path leaves the site: " + path, e.getMessage());
            }
            assertThrows(IllegalArgumentException.class, () -> staging.copy("../copied.txt", parent.resolve("notes.txt")));
            assertEquals(0, staging.pagesWritten());
        }
        assertEquals(before, neighbours(), "nothing beside the output was written or replaced");
        assertEquals(NEIGHBOURS, children());
    }

    /** A refused path was not written: it is not counted, and a second try gets the same answer. */
    @Test
    void aRefusedPathIsNotCounted() {
        try (StagingDirectory staging = new StagingDirectory(output)) {
            assertThrows(IllegalArgumentException.class, () -> staging.write("../escaped.html", new byte[0]));
            assertEquals(0, staging.filesWritten());
            assertThrows(IllegalArgumentException.class, () -> staging.write("../escaped.html", new byte[0]));
        }
    }

    @Test
    void pagesAreTheHtmlFilesWrittenAndFilesEverythingWrittenOrCopied() throws IOException {
        Path css = Files.writeString(parent.resolve("site.css"), "body {}");
        try (StagingDirectory staging = new StagingDirectory(output)) {
            assertEquals(0, staging.pagesWritten());
            assertEquals(0, staging.filesWritten());
            staging.write("index.html", "home".getBytes(UTF_8));
            staging.write("goals/a/index.html", "goal".getBytes(UTF_8));
            staging.write("404.html", "not found".getBytes(UTF_8));
            staging.write("feed.xml", "<feed/>".getBytes(UTF_8));
            staging.write("data/a.json", "{}".getBytes(UTF_8));
            staging.copy("theme/site.css", css);
            staging.copy("assets/a.svg", css);
            assertEquals(3, staging.pagesWritten());
            assertEquals(7, staging.filesWritten());
            staging.publish();
            assertEquals(3, staging.pagesWritten(), "the counts stay after publishing, for the build's report");
            assertEquals(7, staging.filesWritten());
        }
        assertEquals(7, files(output).size());
    }

    @Test
    void aCopyIsTheSourceByteForByte() throws IOException {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) i;
        Path source = Files.write(parent.resolve("logo.png"), bytes);
        try (StagingDirectory staging = new StagingDirectory(output)) {
            staging.copy("assets/logo.png", source);
            staging.publish();
        }
        assertArrayEquals(bytes, Files.readAllBytes(output.resolve("assets/logo.png")));
        assertTrue(Files.exists(source), "the source stays");
    }
}
