package io.impactsite.site;

import io.impactsite.engine.BuildReport;
import io.impactsite.engine.BuildRequest;
import io.impactsite.problem.SiteException;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The example initiative in content/, built once per test run by the real engine into target/example-site. */
public final class ExampleSite {
    public static final Path CONTENT = Path.of(System.getProperty("impactsite.example", "../content")).toAbsolutePath().normalize();
    public static final Path OUTPUT = Path.of("target/example-site").toAbsolutePath();
    private static BuildReport report;
    private static final List<String> WARNINGS = new ArrayList<>();

    private ExampleSite() {}

    /** Builds the example (once) and returns where it is. */
    public static synchronized Path build() throws SiteException {
        if (report == null) {
            report = new SiteBuilder(new Reporter() {
                @Override public void info(String message) {}

                @Override public void warn(String message) {
                    WARNINGS.add(message);
                }
            }).build(BuildRequest.of(CONTENT, OUTPUT));
        }
        return OUTPUT;
    }

    /** A page of the example site ("indicators/index.html"), parsed; the site is built first if need be. */
    public static org.jsoup.nodes.Document page(String path) throws SiteException, java.io.IOException {
        return org.jsoup.Jsoup.parse(build().resolve(path).toFile(), "UTF-8");
    }

    public static synchronized BuildReport report() throws SiteException {
        build();
        return report;
    }

    /** How many indicators the example has: one YAML file each. */
    public static int indicatorCount() {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(CONTENT.resolve("indicators"))) {
            return (int) files.filter(f -> f.toString().endsWith(".yml")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static synchronized List<String> warnings() throws SiteException {
        build();
        return List.copyOf(WARNINGS);
    }
}
