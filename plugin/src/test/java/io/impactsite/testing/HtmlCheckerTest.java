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
        assertEquals(checker.check(base), checker.checkFile(base.resolve("sub/bad.html"), base));
        assertEquals(List.of(), checker.checkFile(base.resolve("index.html"), base));
    }
}
