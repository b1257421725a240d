package io.impactsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The new site is written beside the output folder and only takes its place once complete, so a
 * failed build leaves the previous site as it was and a reader never sees half a site. Nothing
 * outside the output folder and this build's own staging folder is ever written or removed.
 */
public final class StagingDirectory implements SiteOutput, AutoCloseable {
    private final Path output;
    private final Path staging;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** Folders made already: one mkdir each, not one a file; a writer waits until its folder is made. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private final AtomicInteger pages = new AtomicInteger();
    private boolean published;
    private volatile boolean closed;

    /** Creates an empty staging folder beside {@code output}. */
    public StagingDirectory(Path output) {
        this.output = output.toAbsolutePath().normalize();
        Path parent = this.output.getParent();
        try {
            Files.createDirectories(parent);
            this.staging = Files.createTempDirectory(parent, "." + this.output.getFileName() + ".staging-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a staging folder beside " + this.output, e);
        }
    }

    @Override
    public void write(String path, byte[] bytes) {
        Path target = target(path);
        try {
            folder(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (path.endsWith(".html")) pages.incrementAndGet();
    }

    @Override
    public void copy(String path, Path source) {
        Path target = target(path);
        try {
            folder(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void folder(Path dir) {
        // computeIfAbsent, not a set: with add-then-create, a second writer could find the folder
        // claimed but not yet made, and fail (seen on a busy machine)
        folders.computeIfAbsent(dir, d -> {
            try {
                Files.createDirectories(d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Boolean.TRUE;
        });
    }

    /** Two things written to one address would lose one of them: that is a bug, never silent. */
    private Path target(String path) {
        if (closed) throw new IllegalStateException("The staging folder is closed; nothing more is written to it: " + path);
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging)) throw new IllegalArgumentException("Path leaves the site: " + path);
        // by the file it is, not the spelling: goals/./a/index.html is goals/a/index.html
        if (!written.add(staging.relativize(target).toString())) {
            throw new IllegalStateException("Two files would be written to " + path);
        }
        return target;
    }

    public int pagesWritten() {
        return pages.get();
    }

    public int filesWritten() {
        return written.size();
    }

    /** Puts the new site in place of the old: the old one is moved aside, then removed. */
    public void publish() {
        try {
            Path old = null;
            if (Files.exists(output)) {
                old = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".old-");
                Files.delete(old);
                Files.move(output, old);
            }
            try {
                Files.move(staging, output);
            } catch (FileAlreadyExistsException e) {
                throw new IllegalStateException("Another build wrote " + output + " at the same time", e);
            }
            published = true;
            if (old != null) deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put the new site in place at " + output, e);
        }
    }

    /** Removes the staging folder unless it was published. */
    @Override
    public void close() {
        closed = true;
        if (!published) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
