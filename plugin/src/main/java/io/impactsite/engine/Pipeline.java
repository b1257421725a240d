package io.impactsite.engine;

import io.impactsite.analyse.SiteAnalyser;
import io.impactsite.analyse.SiteAnalysis;
import io.impactsite.load.ContentLoader;
import io.impactsite.load.Loading;
import io.impactsite.markdown.MarkdownIndex;
import io.impactsite.model.Site;
import io.impactsite.pages.PageTree;
import io.impactsite.pages.Strings;
import io.impactsite.pages.TreeBuilder;
import io.impactsite.problem.ContentException;
import io.impactsite.problem.ParameterException;
import io.impactsite.problem.Problems;
import io.impactsite.problem.SiteException;
import io.impactsite.render.Theme;
import io.impactsite.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The stages before rendering, in order: load -> analyse -> pages -> validate. Every content
 * problem is found here; with errors, a {@link ContentException} lists them all.
 */
final class Pipeline {
    private final ContentLoader loader;

    /** @param remember keep what each content file gave and read only changed files again (a preview) */
    Pipeline(boolean remember) {
        this.loader = new ContentLoader(remember);
    }

    /**
     * @param theme    the theme to use (a preview keeps one across rebuilds); null for a new one
     * @param previous the last check's Markdown, whose unchanged texts are not parsed again; or null
     */
    Checked check(Path content, Options options, Theme theme, MarkdownIndex previous) throws SiteException {
        if (!Files.isDirectory(content)) {
            throw new ParameterException("contentDirectory", "the content folder " + content + " does not exist. Set it to "
                    + "the folder that holds initiative.yml.");
        }
        if (options.baseUrl() != null && !options.baseUrl().isBlank()
                && !options.baseUrl().strip().matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new ParameterException("baseUrl", "`" + options.baseUrl() + "` is not an absolute address. Give the "
                    + "address the site is published at, such as https://example.org/impact/.");
        }
        long start = System.nanoTime();
        Problems problems = new Problems();
        Site site = loader.load(content, new Loading(options.baseUrl(), options.drafts(), options.today()), problems)
                .orElse(null);
        if (site == null) throw new ContentException(problems.errors(), problems.warnings());
        // A site read with errors still gets its page tree, so that every problem shows in one run;
        // its links are checked only once every page it may link to could be read.
        long loaded = System.nanoTime();
        SiteAnalysis analysis = SiteAnalyser.analyse(site);
        long analysed = System.nanoTime();
        PageTree tree = TreeBuilder.build(analysis, problems);
        long paged = System.nanoTime();
        if (problems.hasErrors()) throw new ContentException(problems.errors(), problems.warnings());
        Theme usedTheme = theme != null ? theme : new Theme(content.resolve("templates"));
        Map<String, byte[]> themeFiles = usedTheme.publishedFiles();
        MarkdownIndex texts = Validator.validate(analysis, tree, themeFiles.keySet(), previous, problems);
        if (problems.hasErrors()) throw new ContentException(problems.errors(), problems.warnings());
        if (options.strict() && !problems.warnings().isEmpty()) throw new ContentException(problems.warnings(), java.util.List.of());
        Strings strings = new Strings(usedTheme.strings(site.initiative().settings().language()),
                site.initiative().settings().locale());
        Checked.Timings timings = new Checked.Timings(loaded - start, analysed - loaded, paged - analysed,
                System.nanoTime() - paged);
        return new Checked(analysis, tree, texts, usedTheme, strings, themeFiles, problems.warnings(), timings);
    }
}
