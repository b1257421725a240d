package io.impactsite.engine;

import java.nio.file.Path;

/**
 * What to build: the content folder, where the site goes, and how.
 *
 * @param contentDirectory the site project's folder (holds initiative.yml)
 * @param outputDirectory  the folder the site is written to; replaced as a whole on success
 * @param cacheDirectory   where past editions' snapshots and built output are kept between builds
 *                         (target/impactsite-editions): never inside the output, which is replaced
 */
public record BuildRequest(Path contentDirectory, Path outputDirectory, Options options, Path cacheDirectory) {

    public BuildRequest(Path contentDirectory, Path outputDirectory, Options options) {
        this(contentDirectory, outputDirectory, options, defaultCache(outputDirectory));
    }

    public static BuildRequest of(Path contentDirectory, Path outputDirectory) {
        return new BuildRequest(contentDirectory, outputDirectory, Options.DEFAULT);
    }

    /** Beside the output, named after it: two outputs never share a cache. */
    static Path defaultCache(Path outputDirectory) {
        Path output = outputDirectory.toAbsolutePath().normalize();
        return output.resolveSibling(output.getFileName() + "-editions");
    }
}
