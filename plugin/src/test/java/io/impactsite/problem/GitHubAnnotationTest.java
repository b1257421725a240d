package io.impactsite.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GitHubAnnotationTest {
    @Test
    void anErrorNamesItsFileLineAndColumn() {
        Problem p = Problem.error("content/indicators/readiness.csv", 3, 2,
                "`forty-two` in column `value` is not a number.");
        assertEquals("::error file=content/indicators/readiness.csv,line=3,col=2::`forty-two` in column `value` is not a number.",
                GitHubAnnotation.of(p));
    }

    @Test
    void aWarningWithoutColumnHasNoCol() {
        Problem p = Problem.warning("pages/story.md", 7, 0, "The link `javascript:alert(1)` was replaced by `#`.");
        assertEquals("::warning file=pages/story.md,line=7::The link `javascript:alert(1)` was replaced by `#`.",
                GitHubAnnotation.of(p));
    }

    @Test
    void aProblemOfTheWholeFileHasNoLine() {
        Problem p = Problem.warning("initiative.yml", 0, 0, "`site.baseUrl` is not set.");
        assertEquals("::warning file=initiative.yml::`site.baseUrl` is not set.", GitHubAnnotation.of(p));
    }

    @Test
    void theMessageEscapesPercentAndLineBreaksButKeepsColonsAndCommas() {
        Problem p = Problem.error("a.yml", 1, 1, "50% done:\r\nfirst, second");
        assertEquals("::error file=a.yml,line=1,col=1::50%25 done:%0D%0Afirst, second", GitHubAnnotation.of(p));
    }

    @Test
    void theFileEscapesColonsAndCommasToo() {
        Problem p = Problem.error("sites/a,b:c%d.yml", 2, 0, "x");
        assertEquals("::error file=sites/a%2Cb%3Ac%25d.yml,line=2::x", GitHubAnnotation.of(p));
    }

    @Test
    void percentIsEscapedFirstSoEscapesAreNotEscapedTwice() {
        assertEquals("%250A%0A", GitHubAnnotation.escapeData("%0A\n"));
        assertEquals("%253A%3A%2C", GitHubAnnotation.escapeProperty("%3A:,"));
    }
}
