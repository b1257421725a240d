package io.impactsite.load;

import io.impactsite.load.Documents.ChangeDoc;
import io.impactsite.load.Documents.Ref;
import io.impactsite.model.SystemsChange;
import io.impactsite.problem.Problems;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    record Loaded(Optional<SystemsChange> change, List<Ref> goals, List<Ref> partners, List<Ref> indicators) {}

    List<Loaded> load(ContentFolder folder, Problems problems) {
        var path = folder.root().resolve(FILE);
        if (!Files.isRegularFile(path)) return List.of();
        return folder.read(path, FILE, problems).map(text -> {
            YamlReader.Result<List<ChangeDoc>> read = yaml.read(text, FILE, 0, yaml.listOf(ChangeDoc.class), problems);
            Fields f = new Fields(problems, FILE, read.lines());
            List<Loaded> loaded = read.value().map(docs -> Fields.list(docs).stream()
                    .map(c -> change(c, read.lines(), f)).toList()).orElse(List.of());
            return withIds(loaded, read.value().map(Fields::list).orElse(List.of()), read.lines(), f);
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
        List<Ref> indicators = Fields.list(c.indicators());
        String id = Fields.optional(c.id());
        if (!id.isEmpty()) id = f.id(id, lines.of(c, "id"), "id");
        else if (date.isPresent()) id = date.get() + "-" + words(title);
        Optional<SystemsChange> change = date.isEmpty() || kind.isEmpty() ? Optional.empty()
                : Optional.of(new SystemsChange(id, date.get(), kind.get(), title, Fields.optional(c.description()),
                Fields.ids(goals), Fields.ids(partners), Fields.ids(indicators)));
        return new Loaded(change, goals, partners, indicators);
    }

    /** The first words of a title as a slug: "County funds home visiting for all" -> "county-funds-home-visiting". */
    static String words(String title) {
        String slug = Fields.slugify(title);
        String[] words = slug.split("-");
        return String.join("-", Arrays.copyOf(words, Math.min(words.length, 4)));
    }

    /**
     * Ids are anchors and feed ids, so each is unique: a written id that another change has is an
     * error; a made-up one that repeats (same date, same first words) gets -2, -3, ...
     */
    private static List<Loaded> withIds(List<Loaded> loaded, List<ChangeDoc> docs, YamlReader.Lines lines, Fields f) {
        Map<String, Integer> written = new HashMap<>();
        for (ChangeDoc d : docs) {
            String id = Fields.optional(d.id());
            if (id.isEmpty()) continue;
            Integer earlier = written.putIfAbsent(id, lines.of(d, "id"));
            if (earlier != null) {
                f.error(lines.of(d, "id"), "the id `" + id + "` is already the id of the change on line " + earlier
                        + ". Give each change its own id.");
            }
        }
        Set<String> taken = new HashSet<>(written.keySet());
        List<Loaded> out = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            Loaded l = loaded.get(i);
            if (l.change().isEmpty() || !Fields.optional(docs.get(i).id()).isEmpty()) {
                out.add(l);
                continue;
            }
            SystemsChange c = l.change().get();
            String id = c.id();
            for (int n = 2; !taken.add(id); n++) id = c.id() + "-" + n;
            out.add(new Loaded(Optional.of(new SystemsChange(id, c.date(), c.kind(), c.title(), c.description(), c.goals(),
                    c.partners(), c.indicators())), l.goals(), l.partners(), l.indicators()));
        }
        return out;
    }
}
