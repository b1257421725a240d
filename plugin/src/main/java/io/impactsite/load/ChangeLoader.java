package io.impactsite.load;

import io.impactsite.load.Documents.ChangeDoc;
import io.impactsite.load.Documents.Ref;
import io.impactsite.model.SystemsChange;
import io.impactsite.problem.Problems;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** changes.yml: the systems-change timeline. */
final class ChangeLoader {
    static final String FILE = "changes.yml";
    private static final List<String> KINDS = Arrays.stream(SystemsChange.Kind.values()).map(SystemsChange.Kind::id).toList();

    private final YamlReader yaml;

    ChangeLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /**
     * A change (none when its date or kind is missing or wrong: reported, never made up) and its
     * references, with the lines they are on, checked either way.
     */
    record Loaded(Optional<SystemsChange> change, List<Ref> goals, List<Ref> partners) {}

    List<Loaded> load(ContentFolder folder, Problems problems) {
        var path = folder.root().resolve(FILE);
        if (!Files.isRegularFile(path)) return List.of();
        return folder.read(path, FILE, problems).map(text -> {
            YamlReader.Result<List<ChangeDoc>> read = yaml.read(text, FILE, 0, yaml.listOf(ChangeDoc.class), problems);
            Fields f = new Fields(problems, FILE, read.lines());
            return read.value().map(docs -> Fields.list(docs).stream()
                    .map(c -> change(c, read.lines(), f)).toList()).orElse(List.of());
        }).orElse(List.of());
    }

    private static Loaded change(ChangeDoc c, YamlReader.Lines lines, Fields f) {
        int at = lines.of(c);
        String dateText = f.required(c.date(), at, "date", "Give the date of the change: `date: 2019-08-15`.");
        Optional<LocalDate> date = Optional.empty();
        try {
            if (!dateText.isEmpty()) date = Optional.of(LocalDate.parse(dateText));
        } catch (DateTimeParseException e) {
            f.error(lines.of(c, "date"), "`date` is `" + dateText + "`, but dates are written YYYY-MM-DD, such as 2019-08-15.");
        }
        String kindText = f.required(c.kind(), at, "kind", "Say what kind of change it is: one of " + String.join(", ", KINDS) + ".");
        Optional<SystemsChange.Kind> kind = kindText.isEmpty() ? Optional.empty()
                : f.choice(kindText, lines.of(c, "kind"), "kind", KINDS)
                .flatMap(k -> Arrays.stream(SystemsChange.Kind.values()).filter(x -> x.id().equals(k)).findFirst());
        String title = f.required(c.title(), at, "title", "Say what changed, in a sentence.");
        List<Ref> goals = Fields.list(c.goals());
        List<Ref> partners = Fields.list(c.partners());
        Optional<SystemsChange> change = date.isEmpty() || kind.isEmpty() ? Optional.empty()
                : Optional.of(new SystemsChange(date.get(), kind.get(), title, Fields.optional(c.description()),
                Fields.ids(goals), Fields.ids(partners)));
        return new Loaded(change, goals, partners);
    }
}
