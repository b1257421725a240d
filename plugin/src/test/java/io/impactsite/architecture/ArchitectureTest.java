package io.impactsite.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The flow goes one way, a stage a package: load -> model -> (edition) -> analyse -> pages -> validate ->
 * render -> write, with the engine on top and Maven only in the maven package. These tests read the sources, so a
 * wrong-way import fails the build rather than waiting for a reviewer.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/io/impactsite");
    private static final Path THEME = Path.of("../site-template/src/main/resources/impactsite/theme");
    /** A use of another package: in an import, or written out in the code ({@code io.impactsite.engine.Options x}). */
    private static final Pattern USE = Pattern.compile("\\bio\\.impactsite\\.(\\w+)\\.");

    /**
     * The stages in the order content flows through them; each may use only those before it. The
     * problem log is the bottom layer; chart and markdown are components the views use.
     */
    private static final List<String> ORDER = List.of("problem", "model", "load", "edition", "analyse", "chart", "markdown",
            "pages", "validate", "write", "render", "engine", "serve", "maven");

    @Test
    void stagesOnlyUseEarlierStages() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : javaFiles(SOURCES)) {
            String stage = SOURCES.relativize(file).getName(0).toString();
            assertTrue(ORDER.contains(stage), "a package that is not a stage: " + stage);
            for (String used : uses(file)) {
                if (ORDER.indexOf(used) > ORDER.indexOf(stage)) wrong.add(file + " (" + stage + ") uses " + used);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** After loading, stages see the content only as the model: no page, check or renderer reads files itself. */
    @Test
    void onlyTheEngineCallsTheLoader() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : javaFiles(SOURCES)) {
            String stage = SOURCES.relativize(file).getName(0).toString();
            if (!stage.equals("load") && !stage.equals("engine") && uses(file).contains("load")) {
                wrong.add(file.toString());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void onlyTheMavenPackageKnowsMaven() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : javaFiles(SOURCES)) {
            boolean maven = SOURCES.relativize(file).getName(0).toString().equals("maven");
            if (!maven && Files.readString(file).contains("org.apache.maven.")) wrong.add(file.toString());
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyStageHasCode() throws IOException {
        for (String stage : ORDER) {
            assertTrue(Files.isDirectory(SOURCES.resolve(stage)) && !javaFiles(SOURCES.resolve(stage)).isEmpty(), stage);
        }
    }

    /**
     * {@code Map.of} and {@code Set.of} with several entries iterate in an order that changes from
     * one JVM run to the next; output built from them would differ between two builds of the same
     * content (a test that builds twice in one JVM cannot see it).
     */
    @Test
    void noUnorderedLiteralMapsInOutput() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : javaFiles(SOURCES)) {
            String text = Files.readString(file);
            for (int i = text.indexOf("Map.of("); i >= 0; i = text.indexOf("Map.of(", i + 1)) {
                if (topLevelCommas(text, i + "Map.of(".length()) >= 2) wrong.add(file + ": " + lineOf(text, i));
            }
        }
        assertEquals(List.of(), wrong, "use a LinkedHashMap (chart.Ordered.map) where the order reaches the output");
    }

    /** The packages of io.impactsite a source file uses. */
    private static Set<String> uses(Path file) throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher m = USE.matcher(Files.readString(file));
        while (m.find()) used.add(m.group(1));
        return used;
    }

    private static int topLevelCommas(String text, int from) {
        int depth = 0;
        int commas = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && depth-- == 0) return commas;
            else if (c == ',' && depth == 0) commas++;
        }
        return commas;
    }

    private static int lineOf(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Escaping is never switched off in a template: Markdown arrives as markup values instead. */
    @Test
    void templatesNeverTurnEscapingOff() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> s = Files.walk(THEME)) {
            for (Path t : s.filter(p -> p.toString().endsWith(".ftlh") || p.toString().endsWith(".ftlx")).toList()) {
                String text = Files.readString(t);
                if (text.contains("?no_esc") || text.contains("noautoesc")) wrong.add(t.toString());
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
