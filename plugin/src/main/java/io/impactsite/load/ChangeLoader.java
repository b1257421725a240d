package io.impactsite.load;

import io.impactsite.problem.Problems;
import io.impactsite.load.Documents.ChangeDoc;
import io.impactsite.model.SystemsChange;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** changes.yml: the systems-change timeline. */
final class ChangeLoader {
    static final String FILE = "changes.yml";

    private final YamlReader yaml;

    ChangeLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** A change and the lines its references are on. */
    record Loaded(SystemsChange change, int goalsLine, int partnersLine) {}

    List<Loaded> load(ContentFolder folder, Problems problems) {
        var path = folder.root().resolve(FILE);
        if (!Files.isRegularFile(path)) return List.of();
        String text = folder.read(path, FILE, problems);
        if (text == null) return List.of();
        YamlReader.Result<List<ChangeDoc>> read = yaml.read(text, FILE, 0, yaml.listOf(ChangeDoc.class), problems);
        if (read.value() == null) return List.of();
        YamlReader.Lines lines = read.lines();
        Fields f = new Fields(problems, FILE, lines);
        List<String> kinds = Arrays.stream(SystemsChange.Kind.values()).map(SystemsChange.Kind::id).toList();
        return Fields.list(read.value()).stream().map(c -> {
            int at = read.lines().of(c);
            String dateText = f.required(c.date(), at, "date", "Give the date of the change: `date: 2019-08-15`.");
            LocalDate date = LocalDate.of(1970, 1, 1);
            try {
                if (!dateText.isEmpty()) date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                f.error(lines.of(c, "date"), "`date` is `" + dateText + "`, but dates are written YYYY-MM-DD, such as 2019-08-15.");
            }
            String kind = f.required(c.kind(), at, "kind", "Say what kind of change it is: one of " + String.join(", ", kinds) + ".");
            kind = f.choice(kind, lines.of(c, "kind"), "kind", kinds, kinds.get(0));
            String k = kind;
            return new Loaded(new SystemsChange(date,
                    Arrays.stream(SystemsChange.Kind.values()).filter(x -> x.id().equals(k)).findFirst().orElseThrow(),
                    f.required(c.title(), at, "title", "Say what changed, in a sentence."),
                    Fields.optional(c.description()), Fields.list(c.goals()), Fields.list(c.partners())),
                    lines.of(c, "goals"), lines.of(c, "partners"));
        }).toList();
    }
}
