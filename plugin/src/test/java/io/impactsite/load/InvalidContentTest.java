package io.impactsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.impactsite.model.Indicator;
import io.impactsite.model.Observation;
import io.impactsite.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus: every folder under src/test/resources/invalid/ is a small site project with
 * one defect, and its expected.txt lists the errors the loader must report, one per line, as
 * {@code Problem.toString()} prints them ({@code file:line[:column]: message}). A line ending in
 * {@code ...} matches any message that starts with what comes before. An empty expected.txt marks
 * content that must load without errors. Its warnings.txt, in the same form, lists the warnings it must
 * give; without one, it must give none.
 */
class InvalidContentTest {
    private static final Path CORPUS = TestContent.resource("invalid");

    @TestFactory
    Stream<DynamicTest> everyCaseReportsExactlyTheExpectedErrors() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CORPUS)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no cases under " + CORPUS);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        List<String> expected = lines(dir.resolve("expected.txt"));
        // every stage's errors in one run, as impactsite:check reports them; with errors nothing is built
        assertEquals(expected, matched(expected, TestContent.checkErrors(dir)), "errors of " + dir.getFileName());
        TestContent.Loaded loaded = TestContent.load(dir);
        List<String> warnings = lines(dir.resolve("warnings.txt"));
        assertEquals(warnings, matched(warnings, loaded.problems().warnings().stream().map(Problem::toString).toList()),
                "warnings of " + dir.getFileName() + " (as the loader gives them)");
        if (expected.isEmpty()) assertNotNull(loaded.site(), "content without errors gives a site");
    }

    private static List<String> lines(Path file) throws IOException {
        if (!Files.exists(file)) return List.of();
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    /** The actual errors, with each one that matches an expected `prefix...` line replaced by that line. */
    private static List<String> matched(List<String> expected, List<String> actual) {
        List<String> result = new ArrayList<>(actual);
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            String e = expected.get(i);
            if (e.endsWith("...") && actual.get(i).startsWith(e.substring(0, e.length() - 3))) result.set(i, e);
        }
        return result;
    }

    @Test
    void missingValueMarkersLoadAsMissingValuesNotZero() {
        TestContent.Loaded loaded = TestContent.load(CORPUS.resolve("missing-value-markers-are-fine"));
        Indicator indicator = loaded.site().indicators().get(0);
        List<Observation> rows = indicator.series().get(0).observations();
        // 2020 to 2022 are NA, N/A, #N/A, null, empty and nan
        List<Observation> missing = rows.stream().filter(o -> o.period().year() >= 2020 && o.period().year() <= 2022).toList();
        assertEquals(6, missing.size());
        assertTrue(missing.stream().noneMatch(Observation::hasValue), missing.toString());
    }

    @Test
    void missingValueMarkersKeepTheValuesAroundThem() {
        TestContent.Loaded loaded = TestContent.load(CORPUS.resolve("missing-value-markers-are-fine"));
        List<Observation> headline = loaded.site().indicators().get(0).series().get(0).headline();
        assertEquals(List.of("40.0", "-", "-", "-", "44.0"),
                headline.stream().map(o -> o.hasValue() ? o.value().toPlainString() : "-").toList());
    }

    @Test
    void anAssetThatLinksOutsideTheContentFolderIsAnError(@TempDir Path temp) throws IOException {
        Path secret = TestContent.write(temp.resolve("outside/secret.svg"), "<svg/>");
        Path site = TestContent.copy(TestContent.resource("fixtures/minimal"), temp.resolve("site"));
        Files.createDirectories(site.resolve("assets"));
        try {
            Files.createSymbolicLink(site.resolve("assets/logo.svg"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }
        TestContent.Loaded loaded = TestContent.load(site);
        assertEquals(List.of("assets/logo.svg: links to a file outside the content folder, which is never copied into "
                + "the site. Copy the file itself into assets/."), loaded.errors());
        assertNull(loaded.site());
    }

    @Test
    void aContentFileThatLinksOutsideTheContentFolderIsNotRead(@TempDir Path temp) throws IOException {
        Path site = TestContent.copy(TestContent.resource("fixtures/minimal"), temp.resolve("site"));
        Path outside = TestContent.write(temp.resolve("outside/partner.yml"), "name: Somewhere else\nsector: education\n");
        try {
            Files.createSymbolicLink(site.resolve("partners/elsewhere.yml"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }
        assertEquals(List.of("partners/elsewhere.yml: links to a file outside the content folder, which is never "
                + "read. Copy the file itself here."), TestContent.load(site).errors());
    }
}
