package io.impactsite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Folder helpers for tests that change content without touching the original. */
public final class Folders {
    private Folders() {}

    /** A copy of a folder tree at {@code to}. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The warning that {@link #addStrayCsv} gives. */
    public static final String STRAY = "indicators/stray.csv: no indicator reads this file. Add indicators/stray.yml, "
            + "or name it with `data:` in an indicator's YAML.";

    /** Adds a CSV that no indicator reads: a site with one warning. */
    public static void addStrayCsv(Path content) {
        try {
            Files.writeString(content.resolve("indicators/stray.csv"), "period,value\n2020,1\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
