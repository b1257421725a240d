package io.impactsite.engine;

import java.nio.file.Path;

/**
 * What to build: the content folder, where the site goes, and how.
 *
 * @param contentDirectory the site project's folder (holds initiative.yml)
 * @param outputDirectory  the folder the site is written to; replaced as a whole on success
 */
public record BuildRequest(Path contentDirectory, Path outputDirectory, Options options) {

    public static BuildRequest of(Path contentDirectory, Path outputDirectory) {
        return new BuildRequest(contentDirectory, outputDirectory, Options.DEFAULT);
    }
}
