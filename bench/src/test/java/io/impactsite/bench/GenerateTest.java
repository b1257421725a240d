package io.impactsite.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateTest {

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes(@TempDir Path a, @TempDir Path b, @TempDir Path c)
            throws IOException {
        Generate.generate(Generate.Size.TINY, a, 7);
        Generate.generate(Generate.Size.TINY, b, 7);
        Generate.generate(Generate.Size.TINY, c, 8);

        List<String> files = tree(a);
        assertEquals(files, tree(b));
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        assertEquals(3, files.stream().filter(f -> f.startsWith("indicators/") && f.endsWith(".yml")).count());
        assertEquals(3, files.stream().filter(f -> f.startsWith("partners/")).count());
        assertEquals(3, files.stream().filter(f -> f.startsWith("updates/")).count());

        assertNotEquals(snapshot(a), snapshot(c));
    }

    private static List<String> tree(Path root) throws IOException {
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
