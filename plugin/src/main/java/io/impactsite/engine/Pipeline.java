package io.impactsite.engine;

import io.impactsite.analyse.SiteAnalyser;
import io.impactsite.analyse.SiteAnalysis;
import io.impactsite.edition.Snapshot;
import io.impactsite.load.ContentLoader;
import io.impactsite.load.Loading;
import io.impactsite.markdown.MarkdownIndex;
import io.impactsite.model.Site;
import io.impactsite.pages.Editions;
import io.impactsite.pages.PageTree;
import io.impactsite.pages.Strings;
import io.impactsite.pages.TreeBuilder;
import io.impactsite.problem.ContentException;
import io.impactsite.problem.ParameterException;
import io.impactsite.problem.Problem;
import io.impactsite.problem.Problems;
import io.impactsite.problem.SiteException;
import io.impactsite.render.Theme;
import io.impactsite.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stages before rendering, in order: load -> analyse -> pages -> validate. Every content
 * problem is found here; with errors, a {@link ContentException} lists them all. The current site's
 * past editions are found and the newest compared with it here too ({@link PastEditions}); a past
 * edition itself goes through the same stages from its snapshot.
 */
final class Pipeline {
    private final ContentLoader loader;

    /** @param remember keep what each content file gave and read only changed files again (a preview) */
    Pipeline(boolean remember) {
        this.loader = new ContentLoader(remember);
    }

    /** The files that changed since the last check, as a preview's watcher saw them: the next check reads only those. */
    void onlyChanged(Path content, Set<String> files) {
        loader.onlyChanged(content, files);
    }

    /**
     * @param theme    the theme to use (a preview keeps one across rebuilds); null for a new one
     * @param previous the last good check (a preview's), whose unchanged texts are not parsed again and
     *                 unchanged indicators not analysed again; or null
     * @param cache    where past editions' snapshots are kept (the build's target/)
     */
    Checked check(Path content, Options options, Theme theme, Checked previous, Path cache) throws SiteException {
        if (!Files.isDirectory(content)) {
            throw new ParameterException("contentDirectory", "the content folder " + content + " does not exist. Set it to "
                    + "the folder that holds initiative.yml.");
        }
        String baseUrl = options.baseUrl() == null || options.baseUrl().isBlank() ? null : options.baseUrl().strip();
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new ParameterException("baseUrl", "`" + baseUrl + "` is not an absolute address. Give the "
                    + "address the site is published at, such as https://example.org/impact/.");
        }
        long start = System.nanoTime();
        Problems problems = new Problems();
        Site site = loader.load(content, new Loading(baseUrl, options.drafts(), options.today()), problems).orElse(null);
        if (site == null) throw new ContentException(problems.errors(), problems.warnings());
        long loaded = System.nanoTime();
        SiteAnalysis analysis = SiteAnalyser.analyse(site, previous == null ? null : previous.analysis());
        PastEditions past = PastEditions.find(this, content, analysis, cache, problems);
        long analysed = System.nanoTime();
        return checked(content, site, analysis, past.editions(), past.snapshots(), theme,
                previous == null ? null : previous.texts(), options, problems,
                new long[] {start, loaded, analysed});
    }

    /** A past edition from its snapshot, with the current site's theme; its problems name the edition's files. */
    Checked checkEdition(Snapshot snapshot, String baseUrl, Editions.Past role, Theme theme) throws SiteException {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Site site = load(snapshot, new Loading(baseUrl, false, Options.DEFAULT.today()), problems)
                .orElseThrow(() -> new ContentException(problems.errors(), problems.warnings()));
        long loaded = System.nanoTime();
        SiteAnalysis analysis = SiteAnalyser.analyse(site);
        return checked(snapshot.folder(), site, analysis, role, List.of(), theme, null, Options.DEFAULT, problems,
                new long[] {start, loaded, System.nanoTime()});
    }

    /** A snapshot's site, its problems renamed to name the edition's files; empty when initiative.yml could not be read. */
    Optional<Site> load(Snapshot snapshot, Problems problems) {
        return load(snapshot, new Loading(null, false, Options.DEFAULT.today()), problems);
    }

    private Optional<Site> load(Snapshot snapshot, Loading loading, Problems problems) {
        Problems own = new Problems();
        Optional<Site> site = loader.load(snapshot.folder(), loading, own);
        own.errors().forEach(p -> problems.add(renamed(p, snapshot)));
        own.warnings().forEach(p -> problems.add(renamed(p, snapshot)));
        return site;
    }

    private static Problem renamed(Problem p, Snapshot snapshot) {
        return new Problem(p.severity(), snapshot.file(p.file()), p.line(), p.column(), p.message());
    }

    /** @param times when the check started, loading ended, and analysis ended (nanoseconds) */
    private Checked checked(Path content, Site site, SiteAnalysis analysis, Editions editions, List<Snapshot> snapshots,
                            Theme theme, MarkdownIndex previous, Options options, Problems problems, long[] times)
            throws SiteException {
        // A site read with errors still gets its page tree, so that every problem shows in one run;
        // its links are checked only once every page it may link to could be read.
        PageTree tree = TreeBuilder.build(analysis, editions, problems);
        long paged = System.nanoTime();
        if (problems.hasErrors()) throw new ContentException(problems.errors(), problems.warnings());
        Theme usedTheme = theme != null ? theme : new Theme(content.resolve("templates"));
        Map<String, byte[]> themeFiles = usedTheme.publishedFiles();
        MarkdownIndex texts = Validator.validate(analysis, tree, themeFiles.keySet(), previous, problems);
        if (problems.hasErrors()) throw new ContentException(problems.errors(), problems.warnings());
        if (options.strict() && !problems.warnings().isEmpty()) throw new ContentException(problems.warnings(), List.of());
        Strings strings = new Strings(usedTheme.strings(site.initiative().settings().language()),
                site.initiative().settings().locale());
        Checked.Timings timings = new Checked.Timings(times[1] - times[0], times[2] - times[1], paged - times[2],
                System.nanoTime() - paged);
        return new Checked(analysis, tree, texts, usedTheme, strings, themeFiles, problems.warnings(), snapshots, timings);
    }
}
