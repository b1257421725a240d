package io.impactsite.load;

import io.impactsite.problem.Problem;
import io.impactsite.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What each content file gave the last time it was read, with the problems it had: a preview
 * reads again only the files that changed since (by modification time and size), and a file's
 * problems are reported again as long as they stand. When the preview's watcher says which files
 * changed ({@link #onlyChanged}), the next load trusts that and does not even look at the others:
 * on a large site, looking at every file's time and size costs more than the edit. It keeps each
 * folder's listing on the same terms. Thread-safe; one per preview.
 */
final class FileCache {
    /** A cache that remembers nothing: every read reads the file. */
    static final FileCache NONE = new FileCache(false);

    private record Stamp(long modified, long size) {}

    private record Entry(Map<Path, Stamp> inputs, Object context, Object value, List<Problem> problems) {}

    private final boolean remember;
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Path, List<Path>> listings = new ConcurrentHashMap<>();
    private final Map<Class<?>, Object> contexts = new ConcurrentHashMap<>();
    /** The files that changed since the last load (absolute), as the watcher says; null: any may have. */
    private volatile Set<Path> changed;

    FileCache(boolean remember) {
        this.remember = remember;
    }

    /**
     * What {@code read} gives for a file, or what it gave last time if the file, the other files
     * it read ({@code inputs}) and the {@code context} it was read in are all as they were.
     *
     * @param context what else the reading depended on (the goals to check references against, say)
     * @param inputs  the other files the value was read from (an indicator's data file)
     */
    @SuppressWarnings("unchecked")
    <T> T get(Path file, Object context, Problems problems, Function<Problems, T> read, Function<T, List<Path>> inputs) {
        if (!remember) return read.apply(problems);
        Entry entry = entries.get(file);
        Set<Path> trusted = changed;
        if (entry != null && Objects.equals(entry.context(), context) && entry.inputs().entrySet().stream().allMatch(
                e -> trusted != null ? !trusted.contains(e.getKey()) : e.getValue().equals(stamp(e.getKey())))) {
            entry.problems().forEach(problems::add);
            return (T) entry.value();
        }
        Problems own = new Problems();
        T value = read.apply(own);
        Map<Path, Stamp> stamps = new LinkedHashMap<>();
        stamps.put(file, stamp(file));
        inputs.apply(value).forEach(p -> stamps.put(p, stamp(p)));
        entries.put(file, new Entry(stamps, context, value, own.all()));
        own.all().forEach(problems::add);
        return value;
    }

    /**
     * The context given, or an equal one given before: the same object, so that every file read in
     * it compares its context by identity (a list of 2,000 partner ids compared for each of 600
     * indicators was a tenth of a large site's edit).
     */
    @SuppressWarnings("unchecked")
    <C> C context(C context) {
        if (!remember) return context;
        Object known = contexts.get(context.getClass());
        if (context.equals(known)) return (C) known;
        contexts.put(context.getClass(), context);
        return context;
    }

    /**
     * Says which files (absolute, normalised) changed since the last load, for the next load only;
     * null when any may have. Only a preview, whose watcher saw every change, may say it.
     */
    void onlyChanged(Set<Path> files) {
        changed = files == null ? null : Set.copyOf(files);
    }

    /**
     * A folder's entries, sorted: read again unless the watcher said nothing in it changed (a file
     * added or removed is a change in it).
     */
    List<Path> listing(Path dir, Function<Path, List<Path>> read) {
        if (!remember) return read.apply(dir);
        Set<Path> trusted = changed;
        List<Path> known = listings.get(dir);
        if (known != null && trusted != null && trusted.stream().noneMatch(f -> dir.equals(f.getParent()))) return known;
        List<Path> listed = read.apply(dir);
        listings.put(dir, listed);
        return listed;
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.lastModifiedTime().to(TimeUnit.MICROSECONDS), a.size());
        } catch (IOException e) {
            return new Stamp(-1, -1);   // gone: a new file there is read again
        }
    }
}
