package io.impactsite.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the content folder (templates/ included) with directory-watcher, which uses each
 * system's own notifications (inotify, FSEvents, Windows' ReadDirectoryChangesW), and hands the
 * changed files over in batches: several quick saves (an editor writes a file in two steps, a
 * `git pull` writes many) make one batch, once the folder has been quiet for {@link #QUIET_MILLIS}.
 */
final class ContentWatcher implements AutoCloseable {
    static final long QUIET_MILLIS = 10;

    private final Path root;
    private final List<Path> ignored;
    private final Consumer<Set<String>> onChange;
    private final DirectoryWatcher watcher;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "impactsite-changes");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> pending = new LinkedHashSet<>();
    private ScheduledFuture<?> due;

    /**
     * @param ignored  folders inside the content whose changes are not content (the output, target/, .git/)
     * @param onChange called on one thread, one batch at a time, with paths relative to the content folder
     */
    ContentWatcher(Path root, List<Path> ignored, Consumer<Set<String>> onChange) {
        this.root = root;
        this.ignored = ignored;
        this.onChange = onChange;
        try {
            this.watcher = DirectoryWatcher.builder().path(root).fileHashing(false).listener(this::changed).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        watcher.watchAsync();
    }

    private void changed(DirectoryChangeEvent event) {
        Path path = event.path();
        if (path == null || event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            add(""); // lost track: rebuild everything
            return;
        }
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(root) || ignored.stream().anyMatch(absolute::startsWith)) return;
        if (event.isDirectory()) {
            // a folder moved in or out names none of its files: look at everything again
            if (event.eventType() != DirectoryChangeEvent.EventType.MODIFY) add("");
            return;
        }
        String name = absolute.getFileName().toString();
        if (name.startsWith(".#") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) return;
        add(root.relativize(absolute).toString().replace('\\', '/'));
    }

    private synchronized void add(String file) {
        pending.add(file);
        if (due != null) due.cancel(false);
        due = timer.schedule(this::flush, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void flush() {
        Set<String> batch;
        synchronized (this) {
            batch = new LinkedHashSet<>(pending);
            pending.clear();
        }
        if (batch.contains("")) batch = Set.of();
        onChange.accept(batch);
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        timer.shutdownNow();
    }
}
