package io.impactsite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.engine.BuildReport;
import io.impactsite.engine.BuildRequest;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteBuilder;
import io.impactsite.load.ContentLoader;
import io.impactsite.model.Site;
import io.impactsite.problem.Problems;
import io.impactsite.problem.SiteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin itself reads what the generator writes, without a single error or warning. */
class EngineAcceptsTest {

    @Test
    void theLoaderReadsEveryFileWithoutAProblem(@TempDir Path dir) throws IOException {
        List<ContentFile> files = Generate.files(Size.SMALL, 3);
        Generate.generate(Size.SMALL, dir, 3);
        Census census = Census.of(files);

        Problems problems = new Problems();
        Site site = new ContentLoader().load(dir, problems).orElse(null);

        assertEquals(List.of(), problems.errors());
        assertEquals(List.of(), problems.warnings());
        assertNotNull(site);
        assertEquals(census.indicators(), site.indicators().size());
        assertEquals(census.partners(), site.partners().size());
        assertEquals(census.contributions(), site.partners().stream().mapToInt(p -> p.contributions().size()).sum());
        assertEquals(census.networks(), site.networks().size());
        assertEquals(census.changes(), site.changes().size());
        assertEquals(census.updates(), site.updates().size());
        assertEquals(census.pages() + 2, site.pages().size()); // with the about and methodology intros
    }

    @Test
    void theEngineBuildsItWithoutAWarning(@TempDir Path dir) throws IOException, SiteException {
        Path content = dir.resolve("content");
        Path output = dir.resolve("site");
        Generate.generate(Size.TINY, content, Generate.DEFAULT_SEED);
        List<String> warnings = new ArrayList<>();
        Reporter reporter = new Reporter() {
            @Override public void info(String message) {}

            @Override public void warn(String message) {
                warnings.add(message);
            }
        };

        BuildReport report = new SiteBuilder(reporter).build(BuildRequest.of(content, output));

        assertEquals(List.of(), warnings);
        assertTrue(report.pagesWritten() > 20, "pages written: " + report.pagesWritten());
        assertTrue(Files.isRegularFile(output.resolve("index.html")));
    }
}
