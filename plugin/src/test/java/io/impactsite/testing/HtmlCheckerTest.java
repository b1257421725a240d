package io.impactsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlCheckerTest {

    private static HtmlChecker checker;

    @BeforeAll
    static void setUp() {
        checker = new HtmlChecker();
    }

    @Test
    void validPagesHaveNoErrors() {
        assertEquals(List.of(), checker.check(Fixtures.path("nu/valid")));
    }

    @Test
    void unknownElementIsReportedWithFileLineAndColumn() {
        List<String> errors = checker.check(Fixtures.path("nu/invalid"));
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().allMatch(e -> e.startsWith("sub/bad.html:9:5: ")), String.join("\n", errors));
        assertTrue(errors.stream().anyMatch(e -> e.contains("“foo”")), String.join("\n", errors));
    }

    @Test
    void checkFileNamesThePageRelativeToTheBase() {
        Path base = Fixtures.path("nu/invalid");
        List<String> errors = checker.checkFile(base.resolve("sub/bad.html"), base);
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().allMatch(e -> e.startsWith("sub/bad.html:9:5: ")), String.join("\n", errors));
        assertEquals(List.of("bad.html:9:5: "), checker.checkFile(base.resolve("sub/bad.html"), base.resolve("sub")).stream()
                .map(e -> e.substring(0, "bad.html:9:5: ".length())).distinct().toList(), "named from the base given");
        assertEquals(checker.check(base), errors, "check names them the same way");
        assertEquals(List.of(), checker.checkFile(base.resolve("index.html"), base));
    }
}
