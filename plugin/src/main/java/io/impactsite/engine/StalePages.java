package io.impactsite.engine;

import io.impactsite.pages.Page;
import io.impactsite.pages.ViewContext;
import io.impactsite.problem.ThemeException;
import io.impactsite.render.SiteRenderer;
import io.impactsite.write.MemoryOutput;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The preview's pages whose bytes are out of date after a rebuild, and what renders them: each is
 * rendered when it is asked for, before it is served, and meanwhile one by one on a background
 * thread. A rebuild renders at once only the pages a reader is likely to look at (those made from
 * the edited file, those open in a tab lately); the rest follow, as Hugo's fast render mode does.
 * No page is ever served out of date. Thread-safe: the rebuild, the server's threads and the
 * background thread share one lock.
 */
final class StalePages {
    /** What renders the pages of one rebuild. */
    record Render(Checked checked, SiteRenderer renderer, ViewContext.Shared shared, Path content) {
        void render(Collection<Page> pages, MemoryOutput out) throws ThemeException {
            renderer.render(checked.analysis(), checked.tree(), checked.texts(), pages, content, out, shared);
        }

        /** The same, for a page rendered later: a theme error was already shown by the rebuild's own pages. */
        void later(Page page, MemoryOutput out) {
            try {
                render(List.of(page), out);
            } catch (ThemeException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    private final MemoryOutput site;
    private final Map<String, Page> stale = new LinkedHashMap<>();
    private final ThreadPoolExecutor background = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "impactsite-stale-pages");
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });
    private Render render;
    private long generation;

    StalePages(MemoryOutput site) {
        this.site = site;
    }

    /**
     * Before a rebuild renders pages: the background stops, and those pages are no longer stale
     * (an older render of them must not land after theirs).
     */
    synchronized void hold(Collection<Page> pages) {
        generation++;
        pages.forEach(p -> stale.remove(p.address().file()));
    }

    /**
     * After a rebuild: {@code swap} puts its pages in the site, and these pages are out of date, to
     * be rendered as {@code render} says; those of earlier rebuilds are rendered the same way if
     * still in the site, or forgotten.
     */
    synchronized void replace(Render render, List<Page> pages, Runnable swap) {
        swap.run();
        this.render = render;
        if (!stale.isEmpty()) {
            Map<String, Page> byFile = new HashMap<>();
            render.checked().tree().pages().forEach(p -> byFile.put(p.address().file(), p));
            Map<String, Page> before = new LinkedHashMap<>(stale);
            stale.clear();
            before.keySet().forEach(file -> {
                Page now = byFile.get(file);
                if (now != null) stale.put(file, now);
            });
        }
        pages.forEach(p -> stale.put(p.address().file(), p));
        long mine = ++generation;
        if (!stale.isEmpty()) background.execute(() -> drain(mine));
    }

    /** The file at a path, rendered first if it is out of date. */
    Optional<byte[]> file(String path) {
        synchronized (this) {
            Page page = stale.remove(path);
            if (page != null) {
                try {
                    render.later(page, site);
                } catch (RuntimeException e) {
                    stale.put(path, page);   // still out of date: never served as if it were not
                    throw e;
                }
            }
        }
        return site.get(path);
    }

    /** The paths of the pages waiting to be rendered. */
    synchronized Set<String> paths() {
        return Set.copyOf(stale.keySet());
    }

    /** How many pages wait to be rendered. */
    synchronized int size() {
        return stale.size();
    }

    /** Renders the stale pages one at a time, letting requests and the next rebuild in between. */
    private void drain(long mine) {
        Set<String> failed = new HashSet<>();
        while (true) {
            synchronized (this) {
                if (generation != mine) return;
                var next = stale.entrySet().stream().filter(e -> !failed.contains(e.getKey())).findFirst().orElse(null);
                if (next == null) return;
                String file = next.getKey();
                Page page = next.getValue();
                stale.remove(file);
                try {
                    render.later(page, site);
                } catch (RuntimeException e) {
                    stale.put(file, page);   // left stale: asked for, it fails again where the server reports it
                    failed.add(file);
                }
            }
        }
    }
}
