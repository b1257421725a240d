package io.impactsite.engine;

import io.impactsite.analyse.SiteAnalyser;
import io.impactsite.analyse.SiteAnalysis;
import io.impactsite.load.ContentLoader;
import io.impactsite.markdown.MarkdownIndex;
import io.impactsite.model.Initiative;
import io.impactsite.model.Settings;
import io.impactsite.model.Site;
import io.impactsite.pages.PageTree;
import io.impactsite.pages.Strings;
import io.impactsite.pages.TreeBuilder;
import io.impactsite.problem.ContentException;
import io.impactsite.problem.ParameterException;
import io.impactsite.problem.Problems;
import io.impactsite.problem.SiteException;
import io.impactsite.render.SiteRenderer;
import io.impactsite.render.Theme;
import io.impactsite.validate.Validator;
import io.impactsite.write.StagingDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's one entry point: content folder in, static site out, one stage after the other:
 * load -> analyse -> pages -> validate -> render -> write. Knows nothing of Maven; a test, a plain
 * main or another build tool can call it. Keeps no state between builds, so one instance (or
 * many) can serve builds on several threads.
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
        Checked checked = prepare(content, request.options());
        long checkedAt = System.nanoTime();
        try (StagingDirectory staging = new StagingDirectory(output)) {
            SiteRenderer renderer = new SiteRenderer(checked.theme(), checked.strings());
            renderer.render(checked.analysis(), checked.tree(), checked.texts(), checked.tree().pages(), content, staging);
            checked.themeFiles().forEach(staging::write);
            long rendered = System.nanoTime();
            staging.publish();
            long end = System.nanoTime();
            reporter.info("Wrote " + staging.pagesWritten() + " pages (" + staging.filesWritten() + " files) to " + output
                    + " in " + seconds(end - start) + " s (load, analyse and check " + seconds(checkedAt - start)
                    + " s, render and write " + seconds(rendered - checkedAt) + " s, replace the previous site "
                    + seconds(end - rendered) + " s)");
            return new BuildReport(staging.pagesWritten(), staging.filesWritten(), (end - start) / 1_000_000);
        }
    }

    /** Checks the content as a build would (load, analyse, page tree, validate) without rendering or writing anything. */
    public void check(Path contentDirectory, Options options) throws SiteException {
        long start = System.nanoTime();
        Checked checked = prepare(contentDirectory.toAbsolutePath().normalize(), options);
        Site site = checked.analysis().site();
        reporter.info("The content is valid: " + site.indicators().size() + " indicators, " + site.partners().size()
                + " partners, " + site.updates().size() + " updates, " + checked.tree().pages().size() + " pages ("
                + seconds(System.nanoTime() - start) + " s).");
    }

    /** Everything rendering needs, every content problem found. */
    private record Checked(SiteAnalysis analysis, PageTree tree, MarkdownIndex texts, Theme theme, Strings strings,
                           Map<String, byte[]> themeFiles) {}

    private Checked prepare(Path content, Options options) throws SiteException {
        if (!Files.isDirectory(content)) {
            throw new ParameterException("contentDirectory", "the content folder " + content + " does not exist. Set it to "
                    + "the folder that holds initiative.yml.");
        }
        Problems problems = new Problems();
        Site site = loader.load(content, problems).orElse(null);
        if (site == null) {
            report(problems.warnings());
            throw new ContentException(problems.errors());
        }
        if (options.baseUrl() != null && !options.baseUrl().isBlank()) site = withBaseUrl(site, options.baseUrl());
        // A site read with errors still gets its page tree, so that every problem shows in one run;
        // its links are checked only once every page it may link to could be read.
        SiteAnalysis analysis = SiteAnalyser.analyse(site);
        PageTree tree = TreeBuilder.build(analysis, problems);
        if (problems.hasErrors()) {
            report(problems.warnings());
            throw new ContentException(problems.errors());
        }
        Theme theme = new Theme(content.resolve("templates"));
        Map<String, byte[]> themeFiles = SiteRenderer.themeFiles(theme);
        MarkdownIndex texts = Validator.validate(analysis, tree, themeFiles.keySet(), problems);
        if (problems.hasErrors()) {
            report(problems.warnings());
            throw new ContentException(problems.errors());
        }
        if (options.strict() && !problems.warnings().isEmpty()) throw new ContentException(problems.warnings());
        report(problems.warnings());
        Strings strings = new Strings(theme.strings(), site.initiative().settings().locale());
        return new Checked(analysis, tree, texts, theme, strings, themeFiles);
    }

    private void report(List<io.impactsite.problem.Problem> warnings) {
        warnings.forEach(reporter::problem);
    }

    private static String seconds(long nanos) {
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
        for (String kept : List.of("assets", "indicators", "partners", "networks", "updates", "pages", "templates")) {
            if (output.startsWith(content.resolve(kept))) {
                throw new ParameterException("outputDirectory", "the output folder " + output + " is inside the content's "
                        + kept + "/ folder. Write the site to a folder of its own, such as target/site.");
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
}
