package io.impactsite.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The site project's folder. Every path the content names is resolved here, and nothing outside
 * it is ever read: a path that leaves the folder, by {@code ../} or by a symbolic link, is refused.
 */
public final class ContentFolder {
    private final Path root;
    private final Path realRoot;

    public ContentFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            this.realRoot = this.root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("The content folder " + root + " cannot be read", e);
        }
    }

    public Path root() {
        return root;
    }

    /** The file a content-relative path names, if it stays inside the folder (symbolic links included). */
    public Optional<Path> resolve(String relative) {
        if (relative.isBlank() || relative.startsWith("/") || relative.contains("\\") || relative.contains(":")) {
            return Optional.empty();
        }
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root)) return Optional.empty();
        if (Files.exists(p)) {
            try {
                if (!p.toRealPath().startsWith(realRoot)) return Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(p);
    }

    /** Whether a file inside the folder really is inside it once symbolic links are followed. */
    public boolean staysInside(Path file) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /** The path relative to the folder, with forward slashes, as messages show it. */
    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The files directly in a sub-folder that end with the suffix, sorted by name; none if it is absent. */
    public List<Path> list(String folder, String suffix) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under a sub-folder, sorted; none if it is absent. */
    public List<Path> walk(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !Files.isDirectory(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
