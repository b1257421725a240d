package io.impactsite.engine;

import io.impactsite.chart.SocialCard;
import io.impactsite.pages.Page;
import io.impactsite.pages.PageTree;
import io.impactsite.pages.ViewContext;
import io.impactsite.problem.ContentException;
import io.impactsite.problem.Problem;
import io.impactsite.problem.SiteException;
import io.impactsite.render.RenderMemory;
import io.impactsite.render.SiteRenderer;
import io.impactsite.render.Theme;
import io.impactsite.write.MemoryOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A site kept in memory and rebuilt as its files change: what the preview serves. Each rebuild
 * checks the whole content again (reusing what did not change: parsed Markdown, the theme) and
 * renders only the pages whose inputs changed. With errors the last good site stays, and
 * {@link Rebuilt#problems()} says what to fix. Past editions are served too: built (or copied from
 * the cache the build keeps) when everything is rendered, and again when a file of an edition's
 * folder changes. Not thread-safe: one rebuild at a time.
 */
public final class SiteSession {
    private final Path content;
    private final Options options;
    private final Pipeline pipeline = new Pipeline(true);
    private final EditionBuilder editions;
    private final Path cache;
    private final MemoryOutput site = new MemoryOutput();
    private Checked last;
    private Theme theme;
    private RenderMemory memory;
    /** The social cards' PNGs by what they show: encoding one costs more than rendering a page. */
    private Map<SocialCard, byte[]> cards = new ConcurrentHashMap<>();

    public SiteSession(Path content, Options options) {
        this(content, options, content.toAbsolutePath().normalize().resolve("target/impactsite-editions"), Reporter.SILENT);
    }

    /** @param cache where past editions' snapshots and output are kept, as a build keeps them */
    public SiteSession(Path content, Options options, Path cache, Reporter reporter) {
        this.content = content.toAbsolutePath().normalize();
        this.options = options;
        this.cache = cache.toAbsolutePath().normalize();
        this.editions = new EditionBuilder(pipeline, reporter);
    }

    /** The file at a path of the last good site ("goals/x/index.html"). */
    public Optional<byte[]> file(String path) {
        return site.get(path);
    }

    /** Every path of the last good site. */
    public java.util.Set<String> paths() {
        return site.paths();
    }

    /**
     * Rebuilds after the given content files changed (relative to the content folder, with "/");
     * with none, or before a first good build, everything is built.
     */
    public Rebuilt rebuild(Set<String> changedFiles) throws SiteException {
        long start = System.nanoTime();
        boolean themeChanged = theme == null || changedFiles.stream().anyMatch(f -> f.startsWith("templates/"));
        if (themeChanged) {
            theme = new Theme(content.resolve("templates"));
            memory = new RenderMemory();   // the same view gives other bytes with another template
        }
        // the watcher saw every change: files it did not name are not even looked at
        if (last != null && !changedFiles.isEmpty()) pipeline.onlyChanged(content, changedFiles);
        Checked checked;
        try {
            checked = pipeline.check(content, options, theme, last, cache);
        } catch (ContentException e) {
            List<Problem> problems = new ArrayList<>(e.problems());
            problems.addAll(e.warnings());
            return new Rebuilt(Set.of(), false, problems, true, (System.nanoTime() - start) / 1_000_000, "");
        }
        long checkedAt = System.nanoTime();
        boolean all = last == null || themeChanged || changedFiles.isEmpty() || changedFiles.contains("initiative.yml")
                || !menu(last.tree()).equals(menu(checked.tree())) || inEdition(checked, changedFiles);
        Set<String> changed = new LinkedHashSet<>();
        List<Page> pages = all ? checked.tree().pages() : Changes.pagesToRender(last.tree(), checked.tree(), changedFiles);
        SiteRenderer renderer = new SiteRenderer(checked.theme(), checked.strings(), true, memory);
        MemoryOutput out = all ? new MemoryOutput() : site;
        // every page rendered: keep only the cards it has; some: add theirs to those kept
        Map<SocialCard, byte[]> cardsNow = all ? new ConcurrentHashMap<>() : cards;
        renderer.render(checked.analysis(), checked.tree(), checked.texts(), pages, content, out,
                new ViewContext.Shared(cards, cardsNow));
        cards = cardsNow;
        pages.forEach(p -> changed.add(p.address().file()));
        if (all) {
            checked.themeFiles().forEach(out::write);
            editions.write(checked, content, cache, out);
            site.replaceWith(out);
        } else {
            for (String removed : Changes.removed(last.tree(), checked.tree())) {
                site.remove(removed);
                changed.add(removed);
            }
        }
        last = checked;
        long end = System.nanoTime();
        return new Rebuilt(Set.copyOf(changed), all, checked.warnings(), false, (end - start) / 1_000_000,
                checked.timings() + ", render " + SiteBuilder.seconds(end - checkedAt) + " s");
    }

    /** Whether a file of a past edition's frozen folder changed. */
    private static boolean inEdition(Checked checked, Set<String> changedFiles) {
        return checked.snapshots().stream().filter(s -> !s.edition().inGit())
                .anyMatch(s -> changedFiles.stream().anyMatch(f -> f.startsWith(s.edition().folder() + "/")));
    }

    private static List<String> menu(PageTree tree) {
        return tree.menu().stream().map(p -> p.address() + " " + p.title()).toList();
    }
}
