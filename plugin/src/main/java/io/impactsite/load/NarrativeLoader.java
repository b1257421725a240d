package io.impactsite.load;

import io.impactsite.problem.Problems;
import io.impactsite.load.Documents.PageFrontMatter;
import io.impactsite.load.Documents.UpdateFrontMatter;
import io.impactsite.model.Markdown;
import io.impactsite.model.Narrative;
import io.impactsite.model.Update;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** updates/<date>-<slug>.md and pages/<slug>.md: Markdown with YAML front matter. */
final class NarrativeLoader {
    private static final Pattern UPDATE_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)\\.md");

    private final YamlReader yaml;

    NarrativeLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /**
     * What an update's references are checked against: the goal ids (none when initiative.yml could
     * not be read: not checked then) and the indicator ids, from the files' names; and the day of
     * publication: an update dated after it is a draft.
     */
    record Known(Optional<List<String>> goals, List<String> indicators, java.time.LocalDate today) {}

    Optional<Update> update(ContentFolder folder, Path path, Known known, Problems problems) {
        String file = folder.relative(path);
        Matcher m = UPDATE_NAME.matcher(path.getFileName().toString());
        if (!m.matches()) {
            problems.error(file, 0, "update files are named by date and slug, such as "
                    + "updates/2024-05-02-reading-fair.md. Rename this one.");
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            problems.error(file, 0, "`" + m.group(1) + "` in the file name is not a date. Write it YYYY-MM-DD.");
            return Optional.empty();
        }
        String slug = m.group(2);
        if (!Fields.SLUG.matcher(slug).matches()) {
            problems.error(file, 0, "the slug `" + slug + "` in the file name must be lowercase letters, digits and "
                    + "hyphens, such as `" + Fields.slugify(slug) + "`.");
        }
        return parse(folder, path, file, UpdateFrontMatter.class, problems).map(parsed -> {
            UpdateFrontMatter fm = parsed.frontMatter();
            Fields f = new Fields(problems, file, parsed.lines());
            var tags = Fields.list(fm.tags());
            tags.stream().filter(t -> !Fields.SLUG.matcher(t.id()).matches()).forEach(t -> f.error(t.line(),
                    "the tag `" + t.id() + "` must be lowercase letters, digits and hyphens, such as `"
                            + Fields.slugify(t.id()) + "`."));
            var goals = Fields.list(fm.goals());
            var indicators = Fields.list(fm.indicators());
            known.goals().ifPresent(ids -> goals.forEach(g -> f.reference(g.id(), g.line(), "goal", ids)));
            indicators.forEach(i -> f.reference(i.id(), i.line(), "indicator", known.indicators()));
            return new Update(slug, date,
                    f.required(fm.title(), parsed.line(), "title", "Give the update a title in its front matter."),
                    Fields.optional(fm.summary()), Fields.optional(fm.author()), Fields.ids(tags), Fields.ids(goals),
                    Fields.ids(indicators), parsed.body(), Boolean.TRUE.equals(fm.draft()) || date.isAfter(known.today()));
        });
    }

    Optional<Narrative> page(ContentFolder folder, Path path, Problems problems) {
        String file = folder.relative(path);
        String slug = ContentLoader.idOf(path, file, problems);
        return parse(folder, path, file, PageFrontMatter.class, problems).map(parsed -> {
            PageFrontMatter fm = parsed.frontMatter();
            Fields f = new Fields(problems, file, parsed.lines());
            return new Narrative(slug, f.required(fm.title(), parsed.line(), "title", "Give the page a title in its front matter."),
                    Fields.optional(fm.description()), fm.menu() == null ? 0 : fm.menu(), parsed.body());
        });
    }

    private record Parsed<T>(T frontMatter, int line, YamlReader.Lines lines, Markdown body) {}

    private <T> Optional<Parsed<T>> parse(ContentFolder folder, Path path, String file, Class<T> type, Problems problems) {
        Optional<String> read = folder.read(path, file, problems);
        if (read.isEmpty()) return Optional.empty();
        String text = read.get();
        Optional<FrontMatter> split = FrontMatter.split(text);
        if (split.isEmpty()) {
            if (text.replace("\uFEFF", "").matches("(?s)---[ \\t]*\\r?\\n.*")) {
                problems.error(file, 1, "the front matter that starts here is never closed. Add a line `---` after "
                        + "its last field, before the text.");
            } else {
                problems.error(file, 1, "the file must start with front matter: a line `---`, fields such as "
                        + "`title: ...`, and a closing `---`.");
            }
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        // Front matter with no fields is read as no fields, so that the missing title is what is reported.
        String yamlText = fm.yaml().lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#")) ? "{}" : fm.yaml();
        YamlReader.Result<T> yamlRead = yaml.read(yamlText, file, fm.yamlLine(), yaml.type(type), problems);
        return yamlRead.value().map(value -> new Parsed<>(value, Math.max(2, yamlRead.lines().of(value)),
                yamlRead.lines(), new Markdown(fm.body(), file, fm.bodyLine())));
    }
}
