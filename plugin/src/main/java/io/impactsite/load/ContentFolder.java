package io.impactsite.load;

import io.impactsite.problem.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
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
    private final FileCache cache;

    public ContentFolder(Path root) {
        this(root, null);
    }

    /** @param cache a preview's cache, which keeps folder listings that the watcher saw no change in; or null */
    ContentFolder(Path root, FileCache cache) {
        this.cache = cache;
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
        List<Path> files = cache == null ? files(dir) : cache.listing(dir, ContentFolder::files);
        return files.stream().filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
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

    /** A file's text, or none after reporting (as {@code name}) that it cannot be read or is not UTF-8. */
    public Optional<String> read(Path file, String name, Problems problems) {
        if (!staysInside(file)) {
            problems.error(name, 0, "links to a file outside the content folder, which is never read. Copy the file "
                    + "itself here.");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(name, 0, "cannot be read (" + e.getMessage() + "). Check that it is a file you may read.");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (decoder.decode(in, out, true).isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = 1 + new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length();
            problems.error(name, line, column, "the file is not saved as UTF-8, and the character here cannot be "
                    + "read. Open the file in a text editor and save it with the encoding UTF-8.");
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString());
    }
}
