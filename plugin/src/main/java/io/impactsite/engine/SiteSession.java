package io.impactsite.engine;

import io.impactsite.chart.SocialCard;
import io.impactsite.pages.Kind;
import io.impactsite.markdown.LiveFigure;
import io.impactsite.markdown.ParsedText;
import io.impactsite.pages.LiveFigures;
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
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A site kept in memory and rebuilt as its files change: what the preview serves. Each rebuild
 * checks the whole content again (reading only the files the watcher named, reusing what did not
 * change: parsed Markdown, analyses, the theme) and renders the pages whose inputs changed: those
 * a reader is likely to look at before it returns, the rest when asked for or in the background
 * ({@link StalePages}). With errors the last good site stays, and {@link Rebuilt#problems()} says
 * what to fix. Past editions are served too: built (or copied from the cache the build keeps) when
 * everything is rendered, and again when a file of an edition's folder changes. One rebuild at a
 * time; {@link #file} may be called from any thread.
 */
public final class SiteSession {
    private final Path content;
    private final Options options;
    private final Pipeline pipeline = new Pipeline(true);
    private final EditionBuilder editions;
    private final Path cache;
    private final MemoryOutput site = new MemoryOutput();
    private final StalePages stale = new StalePages(site);
    /** The pages served lately, oldest first: those a reader has open. */
    private final Set<String> recent = new LinkedHashSet<>();
    private static final int RECENT = 20;
    /** The changes of the rebuilds that failed since the last good one (empty: everything); null when none failed. */
    private Set<String> owed;
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

    /**
     * The file at a path of the last good site ("goals/x/index.html"), rendered first if it is out of
     * date. The pages asked for are remembered: the next rebuild renders them before it returns.
     */
    public Optional<byte[]> file(String path) {
        if (path.endsWith(".html")) {
            synchronized (recent) {
                recent.remove(path);
                recent.add(path);
                if (recent.size() > RECENT) recent.remove(recent.iterator().next());
            }
        }
        return stale.file(path);
    }

    /** Every path of the last good site. */
    public Set<String> paths() {
        Set<String> paths = new TreeSet<>(site.paths());
        paths.addAll(stale.paths());
        return paths;
    }

    /** How many pages of the last rebuild are still to be rendered (in the background, or when asked for). */
    public int pending() {
        return stale.size();
    }

    /**
     * A page to render before the rebuild returns: one open lately, or the page of a changed file
     * (one that names the file itself, not only its folder: an update's page, an indicator's and its
     * charts' pages, not every list that shows them).
     */
    private boolean urgent(Page page, Set<String> changedFiles) {
        if (page.kind().output() == Kind.Output.HTML && changedFiles.stream().anyMatch(page.sources()::contains)) return true;
        synchronized (recent) {
            return recent.contains(page.address().file());
        }
    }

    /**
     * Rebuilds after the given content files changed (relative to the content folder, with "/");
     * with none, or before a first good build, everything is built.
     */
    public Rebuilt rebuild(Set<String> changes) throws SiteException {
        long start = System.nanoTime();
        // a rebuild that failed still owes its changes to the next: they count as changed until one succeeds
        Set<String> changedFiles = owed == null ? changes
                : owed.isEmpty() || changes.isEmpty() ? Set.of() : union(owed, changes);   // empty: everything
        owed = changedFiles;
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
                || !menu(last.tree()).equals(menu(checked.tree())) || inEdition(checked, changedFiles)
                || quoted(checked, changedFiles);
        Set<String> changed = new LinkedHashSet<>();
        List<Page> pages = all ? checked.tree().pages() : Changes.pagesToRender(last.tree(), checked.tree(), changedFiles);
        // now: what a reader is likely to look at; the rest when asked for or in the background. The first
        // build and a template's change render everything, so that a template's error shows at once.
        boolean everything = last == null || themeChanged;
        Map<Boolean, List<Page>> byUrgency = pages.stream()
                .collect(Collectors.partitioningBy(p -> everything || urgent(p, changedFiles)));
        List<Page> now = byUrgency.get(true);
        List<Page> later = byUrgency.get(false);
        SiteRenderer renderer = new SiteRenderer(checked.theme(), checked.strings(), true, memory);
        // every page rendered: keep only the cards it has; some: add theirs to those kept
        Map<SocialCard, byte[]> cardsNow = all ? new ConcurrentHashMap<>() : cards;
        StalePages.Render render = new StalePages.Render(checked, renderer, new ViewContext.Shared(cards, cardsNow), content);
        cards = cardsNow;
        stale.hold(now);
        MemoryOutput out = all ? new MemoryOutput() : site;
        render.render(now, out);
        pages.forEach(p -> changed.add(p.address().file()));
        if (all) {
            checked.themeFiles().forEach(out::write);
            editions.write(checked, content, cache, out);
            stale.replace(render, later, () -> site.replaceWith(out));
        } else {
            List<String> removed = Changes.removed(last.tree(), checked.tree());
            stale.replace(render, later, () -> removed.forEach(site::remove));
            changed.addAll(removed);
        }
        last = checked;
        owed = null;
        long end = System.nanoTime();
        return new Rebuilt(Set.copyOf(changed), all, checked.warnings(), false, (end - start) / 1_000_000,
                checked.timings() + ", render " + SiteBuilder.seconds(end - checkedAt) + " s");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new LinkedHashSet<>(a);
        both.addAll(b);
        return both;
    }

    /** Whether a file of a past edition's frozen folder changed. */
    private static boolean inEdition(Checked checked, Set<String> changedFiles) {
        return checked.snapshots().stream().filter(s -> !s.edition().inGit())
                .anyMatch(s -> changedFiles.stream().anyMatch(f -> f.startsWith(s.edition().folder() + "/")));
    }

    /**
     * Whether a text quotes a live figure of a changed file. Any page may show a text (an update's
     * body on its page, its feed, its goal's feed): all of them are rendered again, as for initiative.yml.
     */
    private static boolean quoted(Checked checked, Set<String> changedFiles) {
        for (ParsedText text : checked.texts().texts()) {
            for (LiveFigure f : text.figures()) {
                if (Changes.readsAny(LiveFigures.sources(checked.analysis(), f), changedFiles)) return true;
            }
        }
        return false;
    }

    private static List<String> menu(PageTree tree) {
        return tree.menu().stream().map(p -> p.address() + " " + p.title()).toList();
    }
}
