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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The stages before rendering, in order: load -> analyse -> pages -> validate. Every content
 * problem is found here; with errors, a {@link ContentException} lists them all.
 */
final class Pipeline {
    private final ContentLoader loader = new ContentLoader();

    /**
     * @param theme    the theme to use (a preview keeps one across rebuilds); null for a new one
     * @param previous the last check's Markdown, whose unchanged texts are not parsed again; or null
     */
    Checked check(Path content, Options options, Theme theme, MarkdownIndex previous) throws SiteException {
        if (!Files.isDirectory(content)) {
            throw new ParameterException("contentDirectory", "the content folder " + content + " does not exist. Set it to "
                    + "the folder that holds initiative.yml.");
        }
        Problems problems = new Problems();
        Site site = loader.load(content, problems).orElse(null);
        if (site == null) throw new ContentException(problems.errors(), problems.warnings());
        if (options.baseUrl() != null && !options.baseUrl().isBlank()) site = withBaseUrl(site, options.baseUrl());
        // A site read with errors still gets its page tree, so that every problem shows in one run;
        // its links are checked only once every page it may link to could be read.
        SiteAnalysis analysis = SiteAnalyser.analyse(site);
        PageTree tree = TreeBuilder.build(analysis, problems);
        if (problems.hasErrors()) throw new ContentException(problems.errors(), problems.warnings());
        Theme usedTheme = theme != null ? theme : new Theme(content.resolve("templates"));
        Map<String, byte[]> themeFiles = SiteRenderer.themeFiles(usedTheme);
        MarkdownIndex texts = Validator.validate(analysis, tree, themeFiles.keySet(), previous, problems);
        if (problems.hasErrors()) throw new ContentException(problems.errors(), problems.warnings());
        if (options.strict() && !problems.warnings().isEmpty()) throw new ContentException(problems.warnings(), java.util.List.of());
        Strings strings = new Strings(usedTheme.strings(), site.initiative().settings().locale());
        return new Checked(analysis, tree, texts, usedTheme, strings, themeFiles, problems.warnings());
    }

    private static Site withBaseUrl(Site site, String baseUrl) {
        Initiative in = site.initiative();
        Settings s = in.settings();
        String url = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        Settings settings = new Settings(url, s.language(), s.locale(), s.logo(), s.prettyLinks(), s.updatesPerPage(),
                s.rawHtml(), s.thresholds(), s.colours());
        return new Site(new Initiative(in.name(), in.shortName(), in.tagline(), in.started(), settings, in.agenda(),
                in.sectors(), in.backbone(), in.communication()), site.indicators(), site.partners(), site.networks(),
                site.changes(), site.updates(), site.pages(), site.assets());
    }
}
