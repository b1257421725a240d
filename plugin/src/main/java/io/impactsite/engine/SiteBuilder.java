package io.impactsite.engine;

import io.impactsite.problem.ContentException;
import io.impactsite.problem.ParameterException;
import io.impactsite.problem.SiteException;
import io.impactsite.analyse.Analyser;
import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.load.ContentLoader;
import io.impactsite.problem.Problems;
import io.impactsite.model.Initiative;
import io.impactsite.model.Settings;
import io.impactsite.model.Site;
import io.impactsite.render.SiteRenderer;
import io.impactsite.render.Theme;
import io.impactsite.write.SiteOutput;
import io.impactsite.write.StagingDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The engine's one entry point: content folder in, static site out. Knows nothing of Maven; a
 * test, a plain main or another build tool can call it. Keeps no state between builds, so one
 * instance (or many) can serve builds on several threads.
 */
public final class SiteBuilder {
    private final Reporter reporter;
    private final ContentLoader loader = new ContentLoader();

    public SiteBuilder(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Builds the site; on any error nothing is written and the previous site stays as it was. */
    public BuildReport build(BuildRequest request) throws SiteException {
        long start = System.nanoTime();
        Path content = request.contentDirectory().toAbsolutePath().normalize();
        Path output = request.outputDirectory().toAbsolutePath().normalize();
        checkFolders(content, output);
        Prepared prepared = prepare(request.options(), content);
        long loaded = System.nanoTime();
        try (StagingDirectory staging = new StagingDirectory(output)) {
            new SiteRenderer(prepared.theme()).render(prepared.site(), prepared.analyses(), content, prepared.problems(),
                    staging);
            finish(prepared.problems(), request.options().strict());
            long rendered = System.nanoTime();
            staging.publish();
            long end = System.nanoTime();
            long millis = (end - start) / 1_000_000;
            reporter.info("Wrote " + staging.pagesWritten() + " pages (" + staging.filesWritten() + " files) to " + output
                    + " in " + seconds(end - start) + " s (load and analyse " + seconds(loaded - start) + " s, render and write "
                    + seconds(rendered - loaded) + " s, replace the previous site " + seconds(end - rendered) + " s)");
            return new BuildReport(staging.pagesWritten(), staging.filesWritten(), millis);
        }
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e9);
    }

    /** Checks the content as a build would (loading, analysing and rendering it) without writing anything. */
    public void check(Path contentDirectory, Options options) throws SiteException {
        Path content = contentDirectory.toAbsolutePath().normalize();
        Prepared prepared = prepare(options, content);
        new SiteRenderer(prepared.theme()).render(prepared.site(), prepared.analyses(), content, prepared.problems(),
                DISCARD);
        finish(prepared.problems(), options.strict());
        reporter.info("The content is valid: " + prepared.site().indicators().size() + " indicators, "
                + prepared.site().partners().size() + " partners, " + prepared.site().updates().size() + " updates.");
    }

    private record Prepared(Site site, List<IndicatorAnalysis> analyses, Theme theme, Problems problems) {}

    private Prepared prepare(Options options, Path content) throws SiteException {
        if (!Files.isDirectory(content)) {
            throw new ParameterException("contentDirectory", "the content folder " + content + " does not exist. Set it to "
                    + "the folder that holds initiative.yml.");
        }
        Problems problems = new Problems();
        Site site = loader.load(content, problems).orElse(null);
        if (site == null) {
            problems.warnings().forEach(w -> reporter.warn(w.toString()));
            throw new ContentException(problems.errors());
        }
        if (options.baseUrl() != null && !options.baseUrl().isBlank()) site = withBaseUrl(site, options.baseUrl());
        List<IndicatorAnalysis> analyses = site.indicators().stream()
                .map(i -> Analyser.analyse(i, i.thresholds())).toList();
        return new Prepared(site, analyses, new Theme(content.resolve("templates")), problems);
    }

    private void finish(Problems problems, boolean strict) throws ContentException {
        if (problems.hasErrors()) throw new ContentException(problems.errors());
        if (strict && !problems.warnings().isEmpty()) throw new ContentException(problems.warnings());
        problems.warnings().forEach(w -> reporter.warn(w.toString()));
    }

    /**
     * The output folder is replaced as a whole, so it must not hold the content: building into the
     * content folder itself, or into a folder that contains it, would delete the content.
     */
    private static void checkFolders(Path content, Path output) throws ParameterException {
        if (content.startsWith(output)) {
            throw new ParameterException("outputDirectory", "the output folder " + output + " contains the content folder " + content
                    + "; it is replaced on every build. Write the site to a folder of its own, such as target/site.");
        }
        for (String kept : List.of("assets", "indicators", "partners", "networks", "updates", "pages", "templates")) {
            if (output.startsWith(content.resolve(kept))) {
                throw new ParameterException("outputDirectory", "the output folder " + output + " is inside the content's " + kept
                        + "/ folder. Write the site to a folder of its own, such as target/site.");
            }
        }
    }

    private static Site withBaseUrl(Site site, String baseUrl) {
        Initiative in = site.initiative();
        Settings s = in.settings();
        String url = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        Settings settings = new Settings(url, s.language(), s.locale(), s.logo(), s.prettyLinks(), s.updatesPerPage(),
                s.rawHtml(), s.thresholds());
        return new Site(new Initiative(in.name(), in.shortName(), in.tagline(), in.started(), settings, in.agenda(),
                in.sectors(), in.backbone(), in.communication()), site.indicators(), site.partners(), site.networks(),
                site.changes(), site.updates(), site.pages(), site.assets());
    }

    private static final SiteOutput DISCARD = new SiteOutput() {
        @Override public void write(String path, byte[] bytes) {}

        @Override public void copy(String path, Path source) {}
    };
}
