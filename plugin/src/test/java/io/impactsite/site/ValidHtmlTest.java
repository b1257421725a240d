package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.testing.HtmlChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page of the example site is valid HTML by the W3C Nu HTML Checker (the validator.w3.org/nu engine). */
class ValidHtmlTest {

    @Test
    void everyPageOfTheExampleSitePassesTheNuCheckerWithoutErrorsOrWarnings() throws Exception {
        Path site = ExampleSite.build();
        long pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).count();
        }
        assertTrue(pages > 60, "the example site has only " + pages + " pages");
        HtmlChecker checker = new HtmlChecker();
        List<String> errors = checker.check(site);
        assertTrue(errors.isEmpty(), errors.size() + " Nu errors:\n" + String.join("\n", errors));
        List<String> warnings = checker.warnings();
        assertTrue(warnings.isEmpty(), warnings.size() + " Nu warnings:\n" + String.join("\n", warnings));
    }
}
