package io.impactsite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import io.impactsite.bench.format.ChangeDoc;
import io.impactsite.bench.format.IndicatorDoc;
import io.impactsite.bench.format.InitiativeDoc;
import io.impactsite.bench.format.NetworkDoc;
import io.impactsite.bench.format.ObservationRow;
import io.impactsite.bench.format.PageFrontMatter;
import io.impactsite.bench.format.PartnerDoc;
import io.impactsite.bench.format.PlaceMap;
import io.impactsite.bench.format.Thresholds;
import io.impactsite.bench.format.UpdateFrontMatter;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The format records and docs/content-reference.md say the same: each example of the reference
 * (every YAML or Markdown block of a file's section, its subsections' partial examples included)
 * reads into its record with no field the record lacks, and every field of every record appears
 * in an example. A field added to or removed from either side fails here.
 */
class FormatTest {
    private static final Path REFERENCE =
            Path.of(System.getProperty("basedir", ".")).resolve("../docs/content-reference.md").normalize();

    /** The file each example documents (its section's heading) and what it reads into. */
    private static final Map<String, Class<?>> SECTIONS = Map.of(
            "initiative.yml", InitiativeDoc.class,
            "indicators/<id>.yml", IndicatorDoc.class,
            "partners/<id>.yml", PartnerDoc.class,
            "networks/<id>.yml", NetworkDoc.class,
            "changes.yml", ChangeDoc.class,
            "updates/<YYYY-MM-DD>-<slug>.md", UpdateFrontMatter.class,
            "pages/<slug>.md", PageFrontMatter.class);

    @Test
    void everyExampleReadsIntoItsRecordAndSetsEveryField() throws IOException {
        Map<String, List<String>> examples = examples(Files.readString(REFERENCE));
        assertEquals(new TreeSet<>(SECTIONS.keySet()), new TreeSet<>(examples.keySet()));

        Map<Class<?>, Set<String>> seen = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
        for (var e : examples.entrySet()) {
            Class<?> type = SECTIONS.get(e.getKey());
            for (String example : e.getValue()) {
                String yaml = example;
                if (e.getKey().endsWith(".md")) {
                    yaml = yaml.substring(4, yaml.indexOf("\n---\n", 3) + 1); // the front matter
                }
                JavaType javaType = type == ChangeDoc.class
                        ? ContentWriter.YAML.getTypeFactory().constructCollectionType(List.class, type)
                        : ContentWriter.YAML.getTypeFactory().constructType(type);
                Object value = ContentWriter.YAML.readerFor(javaType)
                        .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(yaml);
                collect(value, seen);
            }
        }

        List<Class<?>> records = new ArrayList<>(SECTIONS.values());
        records.add(Thresholds.class);
        records.add(PlaceMap.class);
        for (Class<?> top : List.copyOf(records)) {
            records.addAll(Arrays.asList(top.getDeclaredClasses()));
        }
        for (Class<?> record : records) {
            for (RecordComponent c : record.getRecordComponents()) {
                assertTrue(seen.getOrDefault(record, Set.of()).contains(c.getName()),
                        record.getSimpleName() + "." + c.getName() + " is in no example of the reference");
            }
        }
    }

    @Test
    void theObservationsHaveTheReferencesColumns() throws IOException {
        String reference = Files.readString(REFERENCE);
        Matcher csv = Pattern.compile("## Indicator observations \\(CSV\\)[\\s\\S]*?```\\n([^\\n]*)\\n").matcher(reference);
        assertTrue(csv.find(), "the reference's CSV example");
        List<String> columns = new ArrayList<>();
        ContentWriter.CSV.schemaFor(ObservationRow.class).forEach(c -> columns.add(c.getName()));
        assertEquals(csv.group(1), String.join(",", columns));
    }

    /**
     * Every YAML or Markdown block of each "## `file`" section (up to the next "## " heading, its
     * "###" subsections included), by file.
     */
    private static Map<String, List<String>> examples(String reference) {
        Map<String, List<String>> out = new TreeMap<>();
        Matcher section = Pattern.compile("(?m)^## `([^`]+)`\\s*\\n([\\s\\S]*?)(?=^## |\\z)").matcher(reference);
        while (section.find()) {
            Matcher block = Pattern.compile("(?m)^```(?:yaml|markdown)\\n([\\s\\S]*?)^```").matcher(section.group(2));
            while (block.find()) {
                out.computeIfAbsent(section.group(1), k -> new ArrayList<>()).add(block.group(1));
            }
        }
        return out;
    }

    /** The fields set in every record reachable from {@code value}, by record class. */
    private static void collect(Object value, Map<Class<?>, Set<String>> seen) {
        if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, seen));
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                Object field;
                try {
                    field = c.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
                if (field != null) {
                    seen.computeIfAbsent(value.getClass(), k -> new TreeSet<>()).add(c.getName());
                    collect(field, seen);
                }
            }
        }
    }
}
