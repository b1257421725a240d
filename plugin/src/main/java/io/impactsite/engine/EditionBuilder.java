package io.impactsite.engine;

import io.impactsite.edition.BuiltEditions;
import io.impactsite.edition.Digest;
import io.impactsite.edition.Snapshot;
import io.impactsite.pages.Address;
import io.impactsite.pages.Editions;
import io.impactsite.pages.EditionsPage;
import io.impactsite.render.SiteRenderer;
import io.impactsite.render.Theme;
import io.impactsite.problem.SiteException;
import io.impactsite.write.MemoryOutput;
import io.impactsite.write.SiteOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the current site's past editions under {@code <year>/}: each built by the same stages from
 * its snapshot, with the current theme and a banner that links to the current site; or, when
 * nothing it is made from changed (its content, the theme, the plugin, the addresses it links to),
 * copied from the output kept in the cache by the last build.
 */
final class EditionBuilder {
    /** Changes whenever what an edition's key covers changes meaning. */
    private static final String FORMAT = "impactsite-edition 1";

    private final Pipeline pipeline;
    private final Reporter reporter;

    EditionBuilder(Pipeline pipeline, Reporter reporter) {
        this.pipeline = pipeline;
        this.reporter = reporter;
    }

    /** What writing the editions did: how many were built, and how many copied from the cache. */
    record Written(int built, int reused, int files) {}

    Written write(Checked current, Path content, Path cache, SiteOutput out) throws SiteException {
        if (current.snapshots().isEmpty()) return new Written(0, 0, 0);
        BuiltEditions kept = new BuiltEditions(cache);
        String engine = new Digest().addLocation(SiteBuilder.class.getProtectionDomain().getCodeSource().getLocation())
                .addLocation(theme())
                .addFolder(content.resolve("templates")).hex();
        String base = current.analysis().site().initiative().settings().baseUrl();
        String home = "../" + current.tree().href(Address.HOME);
        String list = "../" + current.tree().href(EditionsPage.AT);
        int built = 0;
        int reused = 0;
        int files = 0;
        for (Snapshot snapshot : current.snapshots()) {
            int year = snapshot.edition().year();
            String baseUrl = base.isEmpty() ? "" : base + year + "/";
            Editions.Past role = new Editions.Past(year, home, list);
            String key = new Digest().add(FORMAT).add(snapshot.id()).add(Integer.toString(year)).add(engine)
                    .add(baseUrl).add(home).add(list).hex();
            Optional<Map<String, Path>> cached = kept.get(year, key);
            if (cached.isPresent()) {
                for (Map.Entry<String, Path> f : cached.get().entrySet()) {   // written, not copied: its pages count as pages
                    out.write(year + "/" + f.getKey(), read(f.getValue()));
                }
                files += cached.get().size();
                reused++;
                reporter.info("The " + year + " edition is unchanged: copied from " + cache + ".");
                continue;
            }
            Map<String, byte[]> edition = build(snapshot, baseUrl, role, current.theme());
            kept.put(year, key, edition);
            edition.forEach((path, bytes) -> out.write(year + "/" + path, bytes));
            files += edition.size();
            built++;
        }
        return new Written(built, reused, files);
    }

    /** Where the theme is: its folder on the class path, or the jar that holds it. */
    /** Where the theme is: its folder (hashed file by file) or, inside a jar, the jar. */
    static java.net.URL theme() {
        ClassLoader loader = Theme.class.getClassLoader();
        java.net.URL folder = loader.getResource(Theme.ROOT);
        return folder != null ? folder : loader.getResource(Theme.ROOT + "strings.properties");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, byte[]> build(Snapshot snapshot, String baseUrl, Editions.Past role, Theme theme)
            throws SiteException {
        long start = System.nanoTime();
        Checked checked = pipeline.checkEdition(snapshot, baseUrl, role, theme);
        MemoryOutput memory = new MemoryOutput();
        new SiteRenderer(checked.theme(), checked.strings(), false)
                .render(checked.analysis(), checked.tree(), checked.texts(), checked.tree().pages(), snapshot.folder(), memory);
        checked.themeFiles().forEach(memory::write);
        Map<String, byte[]> files = new TreeMap<>();
        memory.paths().forEach(p -> files.put(p, memory.get(p).orElseThrow()));
        String warnings = checked.warnings().isEmpty() ? ""
                : " It has " + checked.warnings().size() + " warnings, which a past edition keeps as it was (the first: "
                + checked.warnings().get(0) + ").";
        reporter.info("Built the " + snapshot.edition().label() + " edition: " + files.size() + " files in "
                + SiteBuilder.seconds(System.nanoTime() - start) + " s." + warnings);
        return files;
    }
}
