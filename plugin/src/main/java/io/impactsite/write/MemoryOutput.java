package io.impactsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A site kept in memory, by path relative to the site root: what the preview serves. Thread-safe. */
public final class MemoryOutput implements SiteOutput {
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void write(String path, byte[] bytes) {
        files.put(path, bytes);
    }

    @Override
    public void copy(String path, Path source) {
        try {
            files.put(path, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<byte[]> get(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public void remove(String path) {
        files.remove(path);
    }

    public Set<String> paths() {
        return Set.copyOf(files.keySet());
    }

    /** Replaces every file with those of another output at once. */
    public void replaceWith(MemoryOutput other) {
        files.keySet().retainAll(other.files.keySet());
        files.putAll(other.files);
    }
}
