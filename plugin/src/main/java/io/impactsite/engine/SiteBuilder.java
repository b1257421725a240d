package io.impactsite.engine;

import io.impactsite.model.Site;
import io.impactsite.problem.ContentException;
import io.impactsite.problem.ParameterException;
import io.impactsite.problem.SiteException;
import io.impactsite.render.SiteRenderer;
import io.impactsite.write.StagingDirectory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The engine's one entry point: content folder in, static site out, one stage after the other:
 * load -> analyse -> pages -> validate -> render -> write. Knows nothing of Maven; a test, a plain
 * main or another build tool can call it. Keeps no state between builds, so one instance (or
 * many) can serve builds on several threads.
 */
public final class SiteBuilder {
    /** Said once a run when the site has no address of its own. */
    public static final String NO_BASE_URL = "No site address: sitemap.xml is left out and the feeds' links are relative. "
            + "For the published site, set `site.baseUrl` in initiative.yml or the build's baseUrl (the CI workflows "
            + "of a new project pass the address GitHub or GitLab Pages gives the site).";

    private final Reporter reporter;
    private final Pipeline pipeline = new Pipeline(false);
    private final EditionBuilder editions;

    public SiteBuilder(Reporter reporter) {
        this.reporter = reporter;
        this.editions = new EditionBuilder(pipeline, reporter);
    }

    /** Builds the site; on any error nothing is written and the previous site stays as it was. */
    public BuildReport build(BuildRequest request) throws SiteException {
        long start = System.nanoTime();
        Path content = request.contentDirectory().toAbsolutePath().normalize();
        Path output = request.outputDirectory().toAbsolutePath().normalize();
        Path cache = request.cacheDirectory().toAbsolutePath().normalize();
        checkFolders(content, output);
        if (cache.startsWith(output)) {
            throw new ParameterException("outputDirectory", "the output folder " + output + " contains the cache of past "
                    + "editions " + cache + ", and it is replaced on every build. Keep the cache beside it, in target/.");
        }
        String key = BuildCache.key(content, output, cache, request.options());
        if (BuildCache.unchanged(key, output, cache)) {
            BuildCache.warnings(cache).forEach(reporter::problem);
            long end = System.nanoTime();
            reporter.info("Nothing changed since the last build: " + output + " is up to date (" + seconds(end - start)
                    + " s).");
            return new BuildReport(0, 0, (end - start) / 1_000_000);
        }
        BuildCache.forget(cache);
        Checked checked = checked(content, request.options(), cache);
        long checkedAt = System.nanoTime();
        try (StagingDirectory staging = new StagingDirectory(output)) {
            SiteRenderer renderer = new SiteRenderer(checked.theme(), checked.strings(), false);
            renderer.render(checked.analysis(), checked.tree(), checked.texts(), checked.tree().pages(), content, staging);
            checked.themeFiles().forEach(staging::write);
            editions.write(checked, content, cache, staging);
            long rendered = System.nanoTime();
            staging.publish();
            BuildCache.remember(key, checked.warnings(), output, cache);
            long end = System.nanoTime();
            reporter.info("Wrote " + staging.pagesWritten() + " pages (" + staging.filesWritten() + " files) to " + output
                    + " in " + seconds(end - start) + " s (" + checked.timings() + ", render and write "
                    + seconds(rendered - checkedAt) + " s, replace the previous site " + seconds(end - rendered) + " s)");
            return new BuildReport(staging.pagesWritten(), staging.filesWritten(), (end - start) / 1_000_000);
        }
    }

    /** Checks the content as a build would, with past editions' snapshots kept in the content's target/. */
    public void check(Path contentDirectory, Options options) throws SiteException {
        Path content = contentDirectory.toAbsolutePath().normalize();
        check(content, options, content.resolve("target/impactsite-editions"));
    }

    /**
     * Checks the content as a build would (load, analyse, page tree, validate) without rendering or
     * writing anything: past editions are found (a git revision is extracted into the cache, the one
     * thing written) and the newest is compared with the current content.
     */
    public void check(Path contentDirectory, Options options, Path cacheDirectory) throws SiteException {
        long start = System.nanoTime();
        Checked checked = checked(contentDirectory.toAbsolutePath().normalize(), options,
                cacheDirectory.toAbsolutePath().normalize());
        Site site = checked.analysis().site();
        reporter.info("The content is valid: " + site.indicators().size() + " indicators, " + site.partners().size()
                + " partners, " + site.updates().size() + " updates, " + site.initiative().editions().size()
                + " past editions, " + pages(checked.tree()) + " pages in the current site ("
                + seconds(System.nanoTime() - start) + " s: " + checked.timings() + ").");
    }

    /** The HTML pages a build would write, as its "Wrote N pages" counts them (not data files, feeds or assets). */
    private static long pages(io.impactsite.pages.PageTree tree) {
        return tree.pages().stream().filter(p -> p.kind().output() == io.impactsite.pages.Kind.Output.HTML).count();
    }

    /** The checks; every warning reported, with errors or without. */
    private Checked checked(Path content, Options options, Path cache) throws SiteException {
        try {
            Checked checked = pipeline.check(content, options, null, null, cache);
            checked.warnings().forEach(reporter::problem);
            if (checked.analysis().site().initiative().settings().baseUrl().isEmpty()) {
                // Not a warning: a site without its address is whole (links are relative), and a new
                // project, a local build and a pull request's build have none; the CI workflows pass it.
                reporter.info(NO_BASE_URL);
            }
            return checked;
        } catch (ContentException e) {
            e.warnings().forEach(reporter::problem);
            throw e;
        }
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    /**
     * The output folder is replaced as a whole, so it must not hold the content: building into the
     * content folder itself, or into a folder that contains it, would delete the content.
     */
    private static void checkFolders(Path content, Path output) throws ParameterException {
        if (content.startsWith(output)) {
            throw new ParameterException("outputDirectory", "the output folder " + output + " contains the content folder "
                    + content + "; it is replaced on every build. Write the site to a folder of its own, such as target/site.");
        }
        for (Path up = output; up != null; up = up.getParent()) {
            if (java.nio.file.Files.isRegularFile(up)) {
                throw new ParameterException("outputDirectory", "the output folder " + output + " cannot be made: " + up
                        + " is a file. Write the site to a folder of its own, such as target/site.");
            }
        }
        for (String kept : List.of("assets", "indicators", "partners", "networks", "updates", "pages", "templates")) {
            if (output.startsWith(content.resolve(kept))) {
                throw new ParameterException("outputDirectory", "the output folder " + output + " is inside the content's "
                        + kept + "/ folder. Write the site to a folder of its own, such as target/site.");
            }
        }
    }
}
