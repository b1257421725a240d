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

    Update update(ContentFolder folder, Path path, Problems problems) {
        String file = folder.relative(path);
        Matcher m = UPDATE_NAME.matcher(path.getFileName().toString());
        if (!m.matches()) {
            problems.error(file, 0, "update files are named by date and slug, such as "
                    + "updates/2024-05-02-reading-fair.md. Rename this one.");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            problems.error(file, 0, "`" + m.group(1) + "` in the file name is not a date. Write it YYYY-MM-DD.");
            return null;
        }
        String slug = m.group(2);
        if (!Fields.SLUG.matcher(slug).matches()) {
            problems.error(file, 0, "the slug `" + slug + "` in the file name must be lowercase letters, digits and "
                    + "hyphens, such as `" + Fields.slugify(slug) + "`.");
        }
        Optional<Parsed<UpdateFrontMatter>> parsed = parse(folder, path, file, UpdateFrontMatter.class, problems);
        if (parsed.isEmpty()) return null;
        UpdateFrontMatter fm = parsed.get().frontMatter();
        Fields f = new Fields(problems, file, parsed.get().lines());
        var tags = Fields.list(fm.tags()).stream().map(String::strip).toList();
        int tagsLine = parsed.get().lines().of(fm, "tags");
        tags.stream().filter(t -> !Fields.SLUG.matcher(t).matches()).forEach(t -> f.error(tagsLine,
                "the tag `" + t + "` must be lowercase letters, digits and hyphens, such as `" + Fields.slugify(t) + "`."));
        return new Update(slug, date,
                f.required(fm.title(), parsed.get().line(), "title", "Give the update a title in its front matter."),
                Fields.optional(fm.summary()), Fields.optional(fm.author()), tags, parsed.get().body());
    }

    Narrative page(ContentFolder folder, Path path, Problems problems) {
        String file = folder.relative(path);
        String slug = ContentLoader.idOf(path, file, problems);
        Optional<Parsed<PageFrontMatter>> parsed = parse(folder, path, file, PageFrontMatter.class, problems);
        if (parsed.isEmpty()) return null;
        PageFrontMatter fm = parsed.get().frontMatter();
        Fields f = new Fields(problems, file, parsed.get().lines());
        return new Narrative(slug, f.required(fm.title(), parsed.get().line(), "title", "Give the page a title in its front matter."),
                Fields.optional(fm.description()), fm.menu() == null ? 0 : fm.menu(), parsed.get().body());
    }

    private record Parsed<T>(T frontMatter, int line, YamlReader.Lines lines, Markdown body) {}

    private <T> Optional<Parsed<T>> parse(ContentFolder folder, Path path, String file, Class<T> type, Problems problems) {
        String text = folder.read(path, file, problems);
        if (text == null) return Optional.empty();
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
        YamlReader.Result<T> read = yaml.read(yamlText, file, fm.yamlLine(), yaml.type(type), problems);
        if (read.value() == null) return Optional.empty();
        int line = Math.max(2, read.lines().of(read.value()));
        return Optional.of(new Parsed<>(read.value(), line, read.lines(), new Markdown(fm.body(), file, fm.bodyLine())));
    }
}
