package io.impactsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.model.Observation;
import io.impactsite.problem.Problem;
import io.impactsite.problem.Problems;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of the CSV reader over many random files, each from a fixed seed (a failure names its
 * seed, and the same seed gives the same file): a valid file reads back exactly as written, cell
 * for cell and row for row; a file with random bytes damaged either reads or fails with problems
 * that name the file and a line, and never with any other exception.
 */
class CsvPropertiesTest {
    private static final String FILE = "indicators/x.csv";
    private static final int FILES = 200;

    /** A generated file: its text and what each data row must read as. */
    private record Generated(String csv, List<Expected> rows) {}

    private record Expected(int line, String period, BigDecimal value, Map<String, String> groups) {}

    @TestFactory
    Stream<DynamicTest> validFilesReadBackExactly() {
        return Stream.iterate(1L, s -> s + 1).limit(FILES).map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Generated g = generate(new Random(seed));
            Problems problems = new Problems();
            Optional<ObservationReader.Data> data = new ObservationReader().read(g.csv(), FILE,
                    ObservationReader.Reading.of("%"), problems);
            assertEquals(List.of(), problems.errors().stream().map(Problem::toString).toList(), g.csv());
            assertEquals(List.of(), problems.warnings(), g.csv());
            List<Observation> read = data.orElseThrow().series().get(0).observations();
            List<Expected> actual = read.stream().map(o -> new Expected(o.row(), o.period().label(), o.value(),
                    o.dimensions())).toList();
            assertEquals(g.rows(), actual, g.csv());
        }));
    }

    @TestFactory
    Stream<DynamicTest> damagedFilesReadOrFailWithProblemsThatNameAFileAndALine(@TempDir Path temp) {
        return Stream.iterate(1L, s -> s + 1).limit(FILES).map(seed -> DynamicTest.dynamicTest("seed " + seed,
                () -> readDamaged(seed, temp)));
    }

    /** The damage is real: some damaged files still read, and some are refused. */
    @Test
    void damageGivesBothOutcomes(@TempDir Path temp) throws IOException {
        int read = 0;
        for (long seed = 1; seed <= FILES; seed++) read += readDamaged(seed, temp) ? 1 : 0;
        assertTrue(read > FILES / 10 && read < FILES - FILES / 10, read + " of " + FILES + " damaged files read");
    }

    /** Whether the damaged file of this seed reads; either way, what it reports is checked. */
    private static boolean readDamaged(long seed, Path temp) throws IOException {
        Random random = new Random(seed);
        byte[] bytes = damage(generate(random).csv().getBytes(StandardCharsets.UTF_8), random);
        Path dir = Files.createDirectories(temp.resolve("s" + seed + "/indicators"));
        Files.write(dir.resolve("x.csv"), bytes);
        ContentFolder folder = new ContentFolder(dir.getParent());
        Problems problems = new Problems();
        Optional<ObservationReader.Data> data = folder.read(dir.resolve("x.csv"), FILE, problems)
                .flatMap(text -> new ObservationReader().read(text, FILE, ObservationReader.Reading.of("%"), problems));
        String shown = new String(bytes, StandardCharsets.UTF_8);
        if (data.isPresent()) {
            assertEquals(List.of(), problems.errors(), shown);
            return true;
        }
        assertFalse(problems.errors().isEmpty(), "no data and no error: " + shown);
        for (Problem p : problems.errors()) {
            assertEquals(FILE, p.file(), shown);
            assertTrue(p.line() >= 1 || p.message().startsWith("the file is empty"), p + "\n" + shown);
        }
        return false;
    }

    /** A valid file in our layout: periods of one kind, groups of every sort of text, exact numbers. */
    static Generated generate(Random random) {
        int dimensions = random.nextInt(4);
        List<String> names = new ArrayList<>();
        while (names.size() < dimensions) {
            String n = text(random, 1 + random.nextInt(8)).strip();
            if (!n.isEmpty() && !names.contains(n) && !List.of("period", "value", "note", "status").contains(n.toLowerCase())
                    && !CsvLayout.isAttribute(n, List.of())) names.add(n);
        }
        List<List<String>> groups = new ArrayList<>();
        for (int d = 0; d < dimensions; d++) {
            List<String> values = new ArrayList<>();
            for (int i = 1 + random.nextInt(3); i > 0; i--) values.add(group(random));
            groups.add(values);
        }
        boolean quarters = random.nextBoolean();
        String newline = random.nextBoolean() ? "\n" : "\r\n";
        StringBuilder csv = new StringBuilder(random.nextInt(5) == 0 ? "\uFEFF" : "");
        List<String> header = new ArrayList<>(List.of("period", "value"));
        header.addAll(names);
        csv.append(String.join(",", header.stream().map(CsvPropertiesTest::cell).toList())).append(newline);
        int line = 2 + (int) String.join("", names).chars().filter(x -> x == '\n').count();
        List<Expected> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = random.nextInt(30) + 1; r > 0; r--) {
            int year = 1990 + random.nextInt(40);
            String period = quarters ? year + (random.nextBoolean() ? "-Q" : " Q") + (1 + random.nextInt(4))
                    : String.valueOf(year);
            Map<String, String> row = new LinkedHashMap<>();
            List<String> cells = new ArrayList<>();
            for (int d = 0; d < dimensions; d++) {
                String g = random.nextInt(3) == 0 ? "" : groups.get(d).get(random.nextInt(groups.get(d).size()));
                if (!g.isEmpty()) row.put(names.get(d), g);
                cells.add(g);
            }
            if (!seen.add(period.replace(" ", "-") + row)) continue;
            String value = number(random);
            csv.append(cell(period)).append(',').append(value.isEmpty() ? (random.nextBoolean() ? "" : "NA") : value);
            for (String c : cells) csv.append(',').append(cell(c));
            csv.append(newline);
            rows.add(new Expected(line, period, value.isEmpty() ? null : new BigDecimal(value), row));
            line += 1 + (int) cells.stream().filter(c -> c.contains("\n")).mapToLong(c -> c.chars().filter(x -> x == '\n').count()).sum();
            if (random.nextInt(8) == 0) {
                csv.append(newline);
                line++;
            }
        }
        if (rows.isEmpty()) return generate(random);
        return new Generated(csv.toString(), rows);
    }

    /** A cell as a careful writer writes it: quoted when it holds a comma, a quote or a line break. */
    private static String cell(String s) {
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || random(s);
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Some writers quote every text cell: either way reads the same. */
    private static boolean random(String s) {
        return !s.isEmpty() && (s.hashCode() & 3) == 0;
    }

    private static String group(Random random) {
        while (true) {
            String g = text(random, 1 + random.nextInt(12)).strip();
            if (!g.isEmpty() && !List.of("na", "n/a", "nan", "null", "#n/a").contains(g.toLowerCase())) return g;
        }
    }

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ 0123456789,;\"'-/()%&é中\n";

    private static String text(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) s.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
                random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        return s.toString();
    }

    /** A number as people and programs write it, or "" for a missing value. */
    private static String number(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> String.valueOf(random.nextInt(1000) - 500);
            case 2 -> (random.nextBoolean() ? "-" : "") + random.nextInt(100000) + "." + String.format(java.util.Locale.ROOT, "%03d", random.nextInt(1000));
            case 3 -> random.nextInt(10) + "." + random.nextInt(100) + "E" + (random.nextInt(60) - 30);
            case 4 -> "0." + "0".repeat(random.nextInt(5)) + (1 + random.nextInt(9));
            default -> String.valueOf(random.nextDouble() * 100);
        };
    }

    private static final byte[] DAMAGE = ",;\"\n\r\t 0123456789.-eE\u0000abc".getBytes(StandardCharsets.UTF_8);

    /** A few bytes replaced, removed or added: separators, quotes, line breaks, and bytes that are not UTF-8. */
    private static byte[] damage(byte[] bytes, Random random) {
        List<Byte> out = new ArrayList<>();
        for (byte b : bytes) out.add(b);
        for (int n = 1 + random.nextInt(4); n > 0 && !out.isEmpty(); n--) {
            int at = random.nextInt(out.size());
            byte b = random.nextInt(6) == 0 ? (byte) (0x80 + random.nextInt(0x80)) : DAMAGE[random.nextInt(DAMAGE.length)];
            switch (random.nextInt(3)) {
                case 0 -> out.set(at, b);
                case 1 -> out.remove(at);
                default -> out.add(at, b);
            }
        }
        byte[] result = new byte[out.size()];
        for (int i = 0; i < result.length; i++) result[i] = out.get(i);
        return result;
    }

    static byte[] damaged(String csv, Random random) {
        return damage(csv.getBytes(StandardCharsets.UTF_8), random);
    }
}
