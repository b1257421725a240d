package io.impactsite.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateTest {

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes(@TempDir Path a, @TempDir Path b, @TempDir Path c)
            throws IOException {
        Generate.generate(Size.TINY, a, 7);
        Generate.generate(Size.TINY, b, 7);
        Generate.generate(Size.TINY, c, 8);

        List<String> files = tree(a);
        assertEquals(files, tree(b));
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        assertNotEquals(snapshot(a), snapshot(c));
    }

    @Test
    void tinyHasItsCountsOnDisk(@TempDir Path dir) throws IOException {
        Generate.generate(Size.TINY, dir, Generate.DEFAULT_SEED);
        List<String> files = tree(dir);

        assertEquals(3, count(files, "indicators/", ".yml"));
        assertEquals(3, count(files, "indicators/", ".csv"));
        assertEquals(3, count(files, "partners/", ".yml"));
        assertEquals(1, count(files, "networks/", ".yml"));
        assertEquals(3, count(files, "updates/", ".md"));
        assertEquals(1 + 2, count(files, "pages/", ".md")); // and the about and methodology intros
        for (String f : List.of("pom.xml", "initiative.yml", "changes.yml", "assets/logo.svg",
                "assets/districts.geojson", "pages/about.md", "pages/methodology.md")) {
            assertEquals(true, files.contains(f), f);
        }
        // A header, then a headline row and 4 race and 2 income rows a year for 10 years; the first
        // of every four indicators also a row for each of 8 districts in the last 5 years.
        List<List<String>> csvs = new ArrayList<>();
        for (String f : files) {
            if (f.endsWith(".csv")) {
                csvs.add(Files.readAllLines(dir.resolve(f)));
            }
        }
        List<List<String>> byPlace = csvs.stream().filter(l -> l.get(0).endsWith(",district")).toList();
        assertEquals(1, byPlace.size());
        assertEquals("period,value,race,income,district", byPlace.get(0).get(0));
        assertEquals(1 + 10 * 7 + 5 * 8, byPlace.get(0).size());
        for (List<String> lines : csvs) {
            if (!byPlace.contains(lines)) {
                assertEquals("period,value,race,income", lines.get(0));
                assertEquals(1 + 10 * 7, lines.size());
            }
        }
    }

    /** The counts bench/README.md's table gives for the default seed. */
    @Test
    void documentedCountsForTheDefaultSeed() {
        assertEquals(new Census(3, 250, 3, 7, 1, 3, 3, 1), Census.of(Generate.files(Size.TINY, Generate.DEFAULT_SEED)));
        assertEquals(new Census(20, 1_600, 40, 105, 3, 24, 50, 3),
                Census.of(Generate.files(Size.SMALL, Generate.DEFAULT_SEED)));
        assertEquals(new Census(100, 8_000, 300, 762, 6, 36, 500, 5),
                Census.of(Generate.files(Size.MEDIUM, Generate.DEFAULT_SEED)));
    }

    /** xlarge measures how the engine's cost grows: twice large in every count, over the same years. */
    @Test
    void xlargeIsTwiceLarge() {
        Size l = Size.LARGE;
        Size x = Size.XLARGE;
        assertEquals(List.of(2 * l.indicators, 2 * l.partners, 2 * l.updates, 2 * l.pages, 2 * l.networks,
                2 * l.changes, l.years), List.of(x.indicators, x.partners, x.updates, x.pages, x.networks, x.changes,
                x.years));
        assertEquals(Size.XLARGE, Size.parse("XLarge"));
        assertThrows(IllegalArgumentException.class, () -> Size.parse("huge"));
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> Generate.generate(Size.TINY, dir, 1));
        assertEquals(dir + " is not empty; remove it first", e.getMessage());
        assertEquals(List.of("notes.txt"), tree(dir));
    }

    private static long count(List<String> files, String folder, String extension) {
        return files.stream().filter(f -> f.startsWith(folder) && f.endsWith(extension)).count();
    }

    static List<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static String snapshot(Path root) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String f : tree(root)) {
            b.append("== ").append(f).append('\n').append(Files.readString(root.resolve(f)));
        }
        return b.toString();
    }
}
