package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.engine.BuildRequest;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteBuilder;
import io.impactsite.problem.ContentException;
import io.impactsite.problem.Problem;
import io.impactsite.testing.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live figures in narrative: a figure that cannot be shown fails the build (file, line, what to
 * write), before anything is written; on the example, the report-card update says what the report card says.
 */
class LiveFiguresSiteTest {
    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
    private static final Reporter QUIET = new Reporter() {
        @Override public void info(String message) {}

        @Override public void warn(String message) {}
    };

    @TempDir
    Path dir;

    @Test
    void aFigureThatCannotBeShownFailsTheBuildWithItsLineAndWhatToWrite() throws Exception {
        Path content = Folders.copy(MINIMAL, dir.resolve("content"));
        Files.createDirectories(content.resolve("updates"));
        Files.writeString(content.resolve("updates/2024-06-01-figures.md"), """
                ---
                title: Figures
                ---
                Readiness is {% figure school-readines latest %}.

                Its goal is {% figure school-readiness goal %}, and {% figure school-readiness target %}.
                {% chart school-readiness %} {% headline now %}
                """);
        Path site = dir.resolve("site");
        ContentException e = assertThrows(ContentException.class,
                () -> new SiteBuilder(QUIET).build(BuildRequest.of(content, site)));
        List<String> said = e.problems().stream().map(Problem::toString).toList();
        String file = "updates/2024-06-01-figures.md";
        assertTrue(said.contains(file + ":4: `{% figure school-readines latest %}`: there is no indicator `school-readines`."
                + " Did you mean `school-readiness`? The ids are the names of the files in indicators/."), said.toString());
        assertTrue(said.stream().anyMatch(s -> s.startsWith(file + ":6: `{% figure school-readiness goal %}`: `goal` is not a field")
                && s.contains("latest, latest-period")), said.toString());
        assertTrue(said.stream().anyMatch(s -> s.startsWith(file + ":7: `{% chart school-readiness %}` is not a tag")), said.toString());
        assertTrue(said.stream().anyMatch(s -> s.startsWith(file + ":7: `{% headline now %}`: the headline takes no words")),
                said.toString());
        assertFalse(Files.exists(site), "nothing was written");
    }

    @Test
    void theExamplesReportCardUpdateSaysWhatTheReportCardSays() throws Exception {
        var update = ExampleSite.page("updates/2025-report-card/index.html");
        var card = ExampleSite.page("indicators/index.html");
        String headline = card.selectFirst(".headline").text();
        String body = update.selectFirst("main").text();
        assertTrue(body.contains("2025 report card: " + headline + "."), body);
        for (var row : card.select(".report__row")) {
            String title = row.selectFirst(".report__title a").text();
            String status = row.selectFirst(".report__status .status").text().replaceAll("^\\W+", "").toLowerCase();
            if (title.equals("Chronic absenteeism")) assertTrue(body.contains("status is \"" + status + "\""), body);
            if (title.equals("Child care capacity")) {
                assertTrue(body.contains("Child care capacity: " + status + ", "
                        + row.selectFirst(".report__latest .figure__value").text() + " places per 100 children under 5."), body);
            }
        }
        assertFalse(body.contains("{%"), body);
        assertEquals(List.of(), ExampleSite.warnings());
    }
}
