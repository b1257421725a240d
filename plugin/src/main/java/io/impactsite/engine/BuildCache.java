package io.impactsite.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.impactsite.edition.Digest;
import io.impactsite.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A build whose inputs are those of the last build, into an output nobody has touched since,
 * writes nothing: the key covers every content file (path, size, modification time; templates/
 * included), the git references (past editions read from git), the options, the day of
 * publication, and the bytes of the code and theme that render; the manifest covers every file of
 * the output. Anything else rebuilds the whole site, so a stale page is never served.
 */
final class BuildCache {
    private static final String FORMAT = "impactsite-build-1";
    private static final String KEY = "build.key";
    private static final String MANIFEST = "output.manifest";
    private static final String WARNINGS = "warnings.json";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private BuildCache() {}

    /** What the build's output depends on. */
    static String key(Path content, Path output, Path cache, Options options) {
        Digest d = new Digest().add(FORMAT)
                .addLocation(BuildCache.class.getProtectionDomain().getCodeSource().getLocation())
                .addLocation(EditionBuilder.theme())   // the theme's jar, or every file of its folder
                .add(String.valueOf(options.baseUrl())).add(String.valueOf(options.strict()))
                .add(String.valueOf(options.drafts())).add(String.valueOf(options.today()));
        stamps(content, List.of(output, cache, content.resolve("target"), content.resolve(".git"))).forEach(d::add);
        gitRoot(content).ifPresent(git -> {
            d.addFolder(git.resolve("refs"));   // small files: their bytes, so a tag moved within a millisecond counts
            for (String file : List.of("HEAD", "packed-refs")) {
                try {
                    d.add(Files.isRegularFile(git.resolve(file)) ? Files.readString(git.resolve(file)) : "none");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return d.hex();
    }

    /** Whether the last build had this key and its output is as it left it. */
    static boolean unchanged(String key, Path output, Path cache) {
        try {
            Path k = cache.resolve(KEY);
            Path m = cache.resolve(MANIFEST);
            if (!Files.isRegularFile(k) || !Files.isRegularFile(m) || !Files.isDirectory(output)) return false;
            return Files.readString(k).equals(key) && Files.readString(m).equals(manifest(output));
        } catch (IOException e) {
            return false;
        }
    }

    /** The warnings the last build gave: they stand as long as the content does. */
    static List<Problem> warnings(Path cache) {
        try {
            return List.of(JSON.readValue(cache.resolve(WARNINGS).toFile(), Problem[].class));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Notes the key, the warnings and the output of a build that has just been published. */
    static void remember(String key, List<Problem> warnings, Path output, Path cache) {
        try {
            Files.createDirectories(cache);
            JSON.writeValue(cache.resolve(WARNINGS).toFile(), warnings);
            Files.writeString(cache.resolve(MANIFEST), manifest(output), StandardCharsets.UTF_8);
            Files.writeString(cache.resolve(KEY), key, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the build cache in " + cache, e);
        }
    }

    /** Forgets the last build (before one that may fail halfway is published). */
    static void forget(Path cache) {
        try {
            Files.deleteIfExists(cache.resolve(KEY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String manifest(Path output) {
        return String.join("\n", stamps(output, List.of()));
    }

    /** "path size modified" of every file under a folder, in path order; none when it is absent. */
    private static List<String> stamps(Path root, List<Path> skipped) {
        if (!Files.exists(root)) return List.of();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> skipped.stream().noneMatch(p::startsWith)).filter(Files::isRegularFile).sorted()
                    .map(p -> {
                        try {
                            // to the nanosecond where the file system keeps it: two saves within one millisecond differ
                            return root.relativize(p).toString().replace('\\', '/') + " " + Files.size(p) + " "
                                    + Files.getLastModifiedTime(p).to(java.util.concurrent.TimeUnit.NANOSECONDS);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> gitRoot(Path content) {
        for (Path p = content; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(".git"))) return Optional.of(p.resolve(".git"));
        }
        return Optional.empty();
    }
}
