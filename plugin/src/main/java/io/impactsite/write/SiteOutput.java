package io.impactsite.write;

import java.nio.file.Path;

/** Where rendering puts the site's files, by path relative to the site root. Thread-safe. */
public interface SiteOutput {
    void write(String path, byte[] bytes);

    /** Copies a file as it is (assets, data files: byte for byte). */
    void copy(String path, Path source);
}
