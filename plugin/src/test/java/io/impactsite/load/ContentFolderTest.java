package io.impactsite.load;

import io.impactsite.problem.Problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentFolderTest {
    @TempDir
    Path temp;
    private Path root;
    private ContentFolder folder;

    @BeforeEach
    void setUp() {
        root = temp.resolve("site");
        TestContent.write(root.resolve("assets/logo.svg"), "<svg/>");
        TestContent.write(temp.resolve("secret.txt"), "secret");
        folder = new ContentFolder(root);
    }

    @Test
    void aPathInsideResolvesToItsFile() {
        assertEquals(Optional.of(root.resolve("assets/logo.svg")), folder.resolve("assets/logo.svg"));
    }

    @Test
    void aDetourThatStaysInsideIsFine() {
        assertEquals(Optional.of(root.resolve("assets/logo.svg")), folder.resolve("assets/../assets/./logo.svg"));
    }

    @Test
    void aFileThatDoesNotExistYetStillResolves() {
        assertEquals(Optional.of(root.resolve("assets/new.svg")), folder.resolve("assets/new.svg"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"../secret.txt", "assets/../../secret.txt", "indicators/../../secret.txt", "..", ""})
    void pathsThatLeaveTheFolderAreRefused(String path) {
        assertEquals(Optional.empty(), folder.resolve(path));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"/etc/passwd", "C:/Windows/win.ini", "c:secret.txt"})
    void absolutePathsAreRefused(String path) {
        assertEquals(Optional.empty(), folder.resolve(path));
    }

    @Test
    void theAbsolutePathOfAFileInsideIsRefusedToo() {
        assertEquals(Optional.empty(), folder.resolve(root.resolve("assets/logo.svg").toString()));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"assets\\logo.svg", "..\\secret.txt"})
    void backslashesAreRefused(String path) {
        assertEquals(Optional.empty(), folder.resolve(path));
    }

    @Test
    void aSymbolicLinkToOutsideIsRefused() throws IOException {
        link(root.resolve("assets/secret.txt"), temp.resolve("secret.txt"));
        assertEquals(Optional.empty(), folder.resolve("assets/secret.txt"));
    }

    @Test
    void aSymbolicLinkToOutsideDoesNotStayInside() throws IOException {
        link(root.resolve("assets/secret.txt"), temp.resolve("secret.txt"));
        assertEquals(false, folder.staysInside(root.resolve("assets/secret.txt")));
    }

    @Test
    void relativeNamesUseForwardSlashes() {
        assertEquals("assets/logo.svg", folder.relative(root.resolve("assets").resolve("logo.svg")));
    }

    @Test
    void listIsSortedAndFilteredBySuffix() {
        TestContent.write(root.resolve("partners/b.yml"), "");
        TestContent.write(root.resolve("partners/a.yml"), "");
        TestContent.write(root.resolve("partners/notes.txt"), "");
        assertEquals(List.of(root.resolve("partners/a.yml"), root.resolve("partners/b.yml")), folder.list("partners", ".yml"));
    }

    @Test
    void anAbsentFolderListsNothing() {
        assertEquals(List.of(), folder.list("networks", ".yml"));
    }

    @Test
    void readGivesUtf8Text() {
        TestContent.write(root.resolve("partners/a.yml"), "name: Bibliothèque\n");
        assertEquals(Optional.of("name: Bibliothèque\n"), folder.read(root.resolve("partners/a.yml"), "partners/a.yml", new Problems()));
    }

    @Test
    void readReportsTextThatIsNotUtf8WithItsLineAndColumn() throws IOException {
        Files.createDirectories(root.resolve("partners"));
        Files.write(root.resolve("partners/a.yml"), "sector: x\nname: Biblioth\u00e8que\n".getBytes("ISO-8859-1"));
        Problems problems = new Problems();
        assertEquals(Optional.empty(), folder.read(root.resolve("partners/a.yml"), "partners/a.yml", problems));
        assertEquals("partners/a.yml:2:15", problems.errors().get(0).location());
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }
        assertTrue(Files.isSymbolicLink(link));
    }
}
