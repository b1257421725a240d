package io.impactsite.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeQualityReportTest {
    @Test
    void anErrorIsABlockerAndAWarningMinorEachAtItsLine() {
        List<Problem> problems = List.of(
                Problem.error("content/indicators/readiness.csv", 3, 2, "`forty-two` in column `value` is not a number."),
                Problem.warning("content/initiative.yml", 0, 0, "`site.baseUrl` is not set."));
        // Fingerprints: the first 32 hex digits of SHA-256 of "ERROR\ncontent/indicators/readiness.csv\n3\n2\n<message>"
        // (and of the warning's), as `printf ... | sha256sum` gives them.
        assertEquals("""
                [ {
                  "description" : "`forty-two` in column `value` is not a number.",
                  "check_name" : "impactsite/error",
                  "fingerprint" : "3e00de6d2f915a0efe2a9762f1d5b8bd",
                  "severity" : "blocker",
                  "location" : {
                    "path" : "content/indicators/readiness.csv",
                    "lines" : {
                      "begin" : 3
                    }
                  }
                }, {
                  "description" : "`site.baseUrl` is not set.",
                  "check_name" : "impactsite/warning",
                  "fingerprint" : "27418000697db186b27cc7ddb562d6ce",
                  "severity" : "minor",
                  "location" : {
                    "path" : "content/initiative.yml",
                    "lines" : {
                      "begin" : 1
                    }
                  }
                } ]
                """, CodeQualityReport.json(problems));
    }

    @Test
    void noProblemsIsAnEmptyReport() {
        assertEquals("[ ]\n", CodeQualityReport.json(List.of()));
    }

    @Test
    void theMessageIsEscapedAsJson() {
        String json = CodeQualityReport.json(List.of(Problem.error("a.md", 1, 0, "say \"hi\"\n\\ </script>")));
        assertEquals("  \"description\" : \"say \\\"hi\\\"\\n\\\\ </script>\",", json.lines().toList().get(1));
    }

    @Test
    void theSameMessageOnTwoLinesHasTwoFingerprintsAndARerunTheSameOnes() {
        Problem first = Problem.error("a.csv", 2, 2, "not a number");
        Problem second = Problem.error("a.csv", 5, 2, "not a number");
        assertNotEquals(CodeQualityReport.fingerprint(first), CodeQualityReport.fingerprint(second));
        assertEquals(CodeQualityReport.fingerprint(first), CodeQualityReport.fingerprint(Problem.error("a.csv", 2, 2, "not a number")));
    }
}
