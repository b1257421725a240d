package io.impactsite.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@link ContentFile}s with Jackson: YAML as a person would write it (no document marker,
 * quotes only where YAML needs them, periods such as "2030" quoted so they stay text, multi-line
 * Markdown as literal blocks, one line per value), CSV with a header and quotes only where needed,
 * JSON indented. All use "\n" line endings and UTF-8 on every platform, and fields left null are not written.
 */
public final class ContentWriter {

    /** Also reads the files back (tests). */
    public static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    public static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    /** Also reads the files back (tests). Objects one field a line, arrays on one line, "\n" everywhere. */
    public static final JsonMapper JSON = JsonMapper.builder()
            .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ContentWriter() {}

    /** The file's text. */
    public static String text(ContentFile file) {
        try {
            if (file instanceof ContentFile.Yaml y) {
                return YAML.writeValueAsString(y.document());
            }
            if (file instanceof ContentFile.Markdown m) {
                return "---\n" + YAML.writeValueAsString(m.frontMatter()) + "---\n" + m.body();
            }
            if (file instanceof ContentFile.Csv c) {
                return CSV.writer(CSV.schemaFor(c.columns()).withHeader().withLineSeparator("\n"))
                        .writeValueAsString(c.rows());
            }
            if (file instanceof ContentFile.Json j) {
                return JSON.writeValueAsString(j.document()) + "\n";
            }
            return ((ContentFile.Text) file).text();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + file.path() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Writes the file under {@code root}, creating its folder. */
    public static void write(Path root, ContentFile file) {
        Path target = root.resolve(file.path());
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, text(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
