package io.impactsite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file the generator writes reads back, with Jackson, into the very records it was written from. */
class RoundTripTest {

    @Test
    void everyFileReadsBackIntoItsRecords(@TempDir Path dir) throws IOException {
        List<ContentFile> files = Generate.files(Size.SMALL, 11);
        Generate.generate(Size.SMALL, dir, 11);
        assertEquals(files.stream().map(ContentFile::path).sorted().toList(), GenerateTest.tree(dir));

        for (ContentFile f : files) {
            String text = Files.readString(dir.resolve(f.path()), StandardCharsets.UTF_8);
            if (f instanceof ContentFile.Yaml y) {
                assertEquals(y.document(), ContentWriter.YAML.readValue(text, typeOf(y.document())), f.path());
            } else if (f instanceof ContentFile.Markdown m) {
                assertEquals(true, text.startsWith("---\n"), f.path());
                int end = text.indexOf("\n---\n", 3);
                assertEquals(m.frontMatter(), ContentWriter.YAML.readValue(text.substring(4, end + 1),
                        m.frontMatter().getClass()), f.path());
                assertEquals(m.body(), text.substring(end + 5), f.path());
            } else if (f instanceof ContentFile.Csv c) {
                List<Object> rows = ContentWriter.CSV
                        .readerFor(c.columns())
                        .with(ContentWriter.CSV.schemaFor(c.columns()).withHeader())
                        .readValues(text).readAll();
                assertEquals(c.rows(), rows, f.path());
            } else if (f instanceof ContentFile.Json j) {
                assertEquals(j.document(), ContentWriter.JSON.readValue(text, j.document().getClass()), f.path());
            } else {
                assertEquals(((ContentFile.Text) f).text(), text, f.path());
            }
        }
    }

    /** A record's class, or a list of the class of its first element (changes.yml). */
    private static JavaType typeOf(Object document) {
        var types = ContentWriter.YAML.getTypeFactory();
        if (document instanceof List<?> list) {
            return types.constructCollectionType(List.class, list.get(0).getClass());
        }
        return types.constructType(document.getClass());
    }
}
