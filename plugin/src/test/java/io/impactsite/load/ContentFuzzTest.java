package io.impactsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.impactsite.model.Site;
import io.impactsite.problem.Problem;
import io.impactsite.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded fuzz run of the YAML and CSV readers: a file of the minimal site is changed at random
 * (characters that mean something to YAML or CSV, line breaks, tabs, bytes that are not UTF-8) and
 * the whole site is loaded. Whatever the change, loading ends with a site or with content problems
 * that name a file of the site; no other exception ever escapes. Each run is seeded by its number,
 * so a failure names the seed that reproduces it. At least {@value #LEAST} runs are made, then more
 * until a few seconds have passed: a busy machine tests less, never fails for being busy.
 */
class ContentFuzzTest {
    /** How long to go on after the least runs; -Dimpactsite.fuzz.millis=60000 for a longer hunt. */
    private static final long MILLIS = Long.getLong("impactsite.fuzz.millis", 3_000);
    private static final int LEAST = 40;
    private static final int MOST = Integer.getInteger("impactsite.fuzz.most", 5_000);
    private static final String YAML_CHARS = ":- \"'[]{}&*!|>#%@`,?\t\n\r  abcXYZ019.é\\";
    private static final String CSV_CHARS = ",;\"\n\r\t .-eE019aNA#/Q\\";

    @Test
    void yamlFilesChangedAtRandomLoadOrGiveContentProblems(@TempDir Path temp) throws IOException {
        fuzz(temp, List.of("initiative.yml", "indicators/school-readiness.yml", "partners/lakeside-library.yml"),
                YAML_CHARS, 1_000_000L);
    }

    @Test
    void csvFilesChangedAtRandomLoadOrGiveContentProblems(@TempDir Path temp) throws IOException {
        fuzz(temp, List.of("indicators/school-readiness.csv"), CSV_CHARS, 2_000_000L);
    }

    private static void fuzz(Path temp, List<String> files, String alphabet, long firstSeed) throws IOException {
        Path site = TestContent.copy(TestContent.resource("fixtures/minimal"), temp.resolve("site"));
        long end = System.currentTimeMillis() + MILLIS;
        int run = 0;
        int refused = 0;
        for (; run < LEAST || run < MOST && System.currentTimeMillis() < end; run++) {
            long seed = firstSeed + run;
            Random random = new Random(seed);
            String file = files.get(random.nextInt(files.size()));
            byte[] original = Files.readAllBytes(site.resolve(file));
            byte[] changed = change(original, alphabet, random);
            Files.write(site.resolve(file), changed);
            String shown = "seed " + seed + ", " + file + ":\n" + new String(changed, StandardCharsets.UTF_8);
            Problems problems = new Problems();
            Optional<Site> loaded;
            try {
                loaded = new ContentLoader().load(site, problems);
            } catch (RuntimeException e) {
                throw new AssertionError("an exception escaped for " + shown, e);
            }
            List<Problem> errors = problems.errors();
            // a site comes back whenever initiative.yml could be read, so that later stages report in the same run
            if (errors.isEmpty()) assertTrue(loaded.isPresent(), shown);
            if (file.equals("initiative.yml") && loaded.isEmpty()) assertFalse(errors.isEmpty(), shown);
            for (Problem p : errors) {
                assertFalse(p.file().isBlank(), p + " names no file; " + shown);
                assertTrue(Files.exists(site.resolve(p.file())) || p.file().equals("initiative.yml"),
                        p + " names a file the site does not have; " + shown);
                if (p.message().contains("Exception") || p.message().contains("snakeyaml") || p.message().contains("jackson")) {
                    fail("a library's words reached a message: " + p + "; " + shown);
                }
            }
            if (!errors.isEmpty()) refused++;
            Files.write(site.resolve(file), original);
        }
        assertTrue(refused > 0 && refused < run, refused + " of " + run + " changed sites were refused");
    }

    /** One to three characters replaced, removed or added; now and then a byte that is not UTF-8. */
    private static byte[] change(byte[] bytes, String alphabet, Random random) {
        StringBuilder text = new StringBuilder(new String(bytes, StandardCharsets.UTF_8));
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (text.length() == 0 ? 2 : random.nextInt(3)) {
                case 0 -> text.setCharAt(at, c);
                case 1 -> text.deleteCharAt(at);
                default -> text.insert(at, c);
            }
        }
        byte[] out = text.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(20) == 0 && out.length > 0) out[random.nextInt(out.length)] = (byte) 0xC3;
        return out;
    }
}
