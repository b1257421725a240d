package io.impactsite.load;

import io.impactsite.problem.Suggestions;
import io.impactsite.problem.Problems;
import io.impactsite.model.Markdown;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks of single fields of one file, each problem worded so that a person can fix it. */
final class Fields {
    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Problems problems;
    private final String file;
    private final YamlReader.Lines lines;

    Fields(Problems problems, String file) {
        this(problems, file, null);
    }

    /** With the file's lines, a field whose value was already reported as wrong is not also reported as missing. */
    Fields(Problems problems, String file, YamlReader.Lines lines) {
        this.problems = problems;
        this.file = file;
        this.lines = lines;
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    void error(int line, String message) {
        problems.error(file, line, message);
    }

    /** The value, or "" after reporting that it is missing. */
    String required(String value, int line, String field, String hint) {
        if (value == null || value.isBlank()) {
            missing(line, field, hint);
            return "";
        }
        return value.strip();
    }

    Markdown required(Markdown value, int line, String field, String hint) {
        if (value == null || value.isBlank()) {
            missing(line, field, hint);
            return Markdown.EMPTY;
        }
        return value;
    }

    /** A required field is absent, unless it is there with a value already reported as wrong. */
    void missing(int line, String field, String hint) {
        if (lines != null && lines.reported(line, field.substring(field.lastIndexOf('.') + 1))) return;
        error(line, "`" + field + "` is missing. " + hint);
    }

    static String optional(String value) {
        return value == null ? "" : value.strip();
    }

    static Markdown optional(Markdown value) {
        return value == null ? Markdown.EMPTY : value;
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : value.stream().filter(v -> v != null).toList();
    }

    /** The ids of references, as the model keeps them. */
    static List<String> ids(List<Documents.Ref> refs) {
        return refs.stream().map(Documents.Ref::id).toList();
    }

    /** A required id: present and a lowercase slug. */
    String id(String value, int line, String field) {
        String id = required(value, line, field, "Give it a lowercase id such as `early-learning`.");
        if (!id.isEmpty() && !SLUG.matcher(id).matches()) {
            error(line, "`" + field + "` is `" + id + "`, but ids are lowercase letters, digits and hyphens, "
                    + "such as `" + slugify(id) + "`.");
        }
        return id;
    }

    /** One of the allowed values, or the fallback when it is absent or after reporting what is allowed. */
    String choice(String value, int line, String field, List<String> allowed, String fallback) {
        if (value == null || value.isBlank()) return fallback;
        return choice(value, line, field, allowed).orElse(fallback);
    }

    /** One of the allowed values; none when it is absent, or after reporting what is allowed. */
    Optional<String> choice(String value, int line, String field, List<String> allowed) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (allowed.contains(v)) return Optional.of(v);
        error(line, "`" + field + "` is `" + value.strip() + "`, but it must be one of: " + String.join(", ", allowed)
                + "." + Suggestions.didYouMean(v, allowed));
        return Optional.empty();
    }

    /** A link that a page may carry: http(s) or mailto. */
    String url(String value, int line, String field) {
        String url = optional(value);
        if (!url.isEmpty() && !url.matches("(?i)(https?://|mailto:)\\S+")) {
            error(line, "`" + field + "` is `" + url + "`, but links must start with https://, http:// or mailto:.");
            return "";
        }
        return url;
    }

    /** A reference to something of another kind that must exist. */
    void reference(String id, int line, String what, Collection<String> known) {
        reference(id, line, what, known, "");
    }

    /** A reference, with a last hint for when it is not a typo. */
    void reference(String id, int line, String what, Collection<String> known, String otherwise) {
        if (id == null || id.isBlank() || known.contains(id)) return;
        List<String> sorted = known.stream().sorted().toList();
        String hint = Suggestions.nearest(id, known).map(n -> " Did you mean `" + n + "`?")
                .orElse(sorted.isEmpty() ? " There are no " + what + "s yet." + otherwise
                        : " Use one of: " + String.join(", ", sorted.stream().limit(12).toList())
                        + (sorted.size() > 12 ? ", ..." : "") + "." + otherwise);
        error(line, "refers to " + what + " `" + id + "`, which does not exist." + hint);
    }

    static String slugify(String s) {
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
