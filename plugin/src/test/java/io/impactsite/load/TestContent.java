package io.impactsite.load;

import io.impactsite.problem.Problems;
import io.impactsite.testing.Folders;
import io.impactsite.problem.Problem;
import io.impactsite.model.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The content the load tests read: test resources, the example site, and copies made at run time. */
final class TestContent {
    static final Path EXAMPLE = Path.of(System.getProperty("impactsite.example", "../content")).toAbsolutePath().normalize();

    private TestContent() {}

    /** A folder under src/test/resources, such as {@code fixtures/minimal} or {@code invalid}. */
    static Path resource(String relative) {
        URL url = TestContent.class.getResource("/" + relative);
        if (url == null) throw new IllegalArgumentException("No test resource " + relative);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** What one load gives: the site (null when there are errors) and every problem. */
    record Loaded(Site site, Problems problems) {
        List<String> errors() {
            return problems.errors().stream().map(Problem::toString).toList();
        }
    }

    static Loaded load(Path content) {
        Problems problems = new Problems();
        Site site = new ContentLoader().load(content, problems).orElse(null);
        return new Loaded(site, problems);
    }

    /** A copy of a folder, to change without touching the original. */
    static Path copy(Path from, Path to) {
        return Folders.copy(from, to);
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
