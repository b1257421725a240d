package io.impactsite.edition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The built output of each past edition, kept in the build's target/ between builds: one entry
 * per year, with the key it was built for. An edition whose key is unchanged (same content, theme,
 * plugin and settings) is copied from here rather than built again.
 */
public final class BuiltEditions {
    private final Path root;

    /** @param cache the editions' cache folder; "built/" in it holds the outputs */
    public BuiltEditions(Path cache) {
        this.root = cache.resolve("built");
    }

    /** The files of the year's edition, by path in the edition, if it was built for this key. */
    public Optional<Map<String, Path>> get(int year, String key) {
        Path entry = root.resolve(Integer.toString(year));
        Path keyFile = entry.resolve("key");
        try {
            if (!Files.isRegularFile(keyFile) || !Files.readString(keyFile, StandardCharsets.UTF_8).equals(key)) {
                return Optional.empty();
            }
            Path site = entry.resolve("site");
            Map<String, Path> files = new TreeMap<>();
            try (Stream<Path> s = Files.walk(site)) {
                s.filter(Files::isRegularFile).forEach(p -> files.put(site.relativize(p).toString().replace('\\', '/'), p));
            }
            return Optional.of(files);
        } catch (IOException e) {
            return Optional.empty();   // unreadable: build it again
        }
    }

    /** Keeps the year's edition for the key, in place of what was kept for it before. */
    public void put(int year, String key, Map<String, byte[]> files) {
        try {
            Files.createDirectories(root);
            Path partial = Files.createTempDirectory(root, year + ".partial-");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = partial.resolve("site").resolve(f.getKey()).normalize();
                if (!target.startsWith(partial)) throw new IllegalArgumentException("Path leaves the edition: " + f.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            }
            Files.writeString(partial.resolve("key"), key, StandardCharsets.UTF_8);
            Path entry = root.resolve(Integer.toString(year));
            Snapshots.deleteTree(entry);
            Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the " + year + " edition in " + root, e);
        }
    }
}
