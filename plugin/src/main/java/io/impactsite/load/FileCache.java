package io.impactsite.load;

import io.impactsite.problem.Problem;
import io.impactsite.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What each content file gave the last time it was read, with the problems it had: a preview
 * reads again only the files that changed since (by modification time and size), and a file's
 * problems are reported again as long as they stand. Thread-safe; one per preview.
 */
final class FileCache {
    /** A cache that remembers nothing: every read reads the file. */
    static final FileCache NONE = new FileCache(false);

    private record Stamp(long modified, long size) {}

    private record Entry(Map<Path, Stamp> inputs, Object context, Object value, List<Problem> problems) {}

    private final boolean remember;
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

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
        if (entry != null && Objects.equals(entry.context(), context)
                && entry.inputs().entrySet().stream().allMatch(e -> e.getValue().equals(stamp(e.getKey())))) {
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

    private static Stamp stamp(Path file) {
        try {
            return new Stamp(Files.getLastModifiedTime(file).to(TimeUnit.MICROSECONDS), Files.size(file));
        } catch (IOException e) {
            return new Stamp(-1, -1);   // gone: a new file there is read again
        }
    }
}
