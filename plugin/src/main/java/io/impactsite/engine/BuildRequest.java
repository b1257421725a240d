package io.impactsite.engine;

import java.nio.file.Path;

/**
 * What to build: the content folder, where the site goes, and overrides of the content's settings.
 *
 * @param contentDirectory the site project's folder (holds initiative.yml)
 * @param outputDirectory  the folder the site is written to; replaced as a whole on success
 * @param baseUrl          overrides {@code site.baseUrl} (a preview deployment, say); null keeps it
 * @param strict           warnings fail the build
 */
public record BuildRequest(Path contentDirectory, Path outputDirectory, String baseUrl, boolean strict) {

    public static BuildRequest of(Path contentDirectory, Path outputDirectory) {
        return new BuildRequest(contentDirectory, outputDirectory, null, false);
    }
}
