package io.impactsite.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import io.impactsite.model.Markdown;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every Markdown text of the site, parsed once, in parallel. Found by walking the model's records,
 * so a Markdown field added to any content record is parsed, checked and rendered with no change
 * here. HTML is rendered from the parsed tree the first time a page asks for it, once per text.
 */
public final class MarkdownIndex {
    private final MarkdownProcessor processor;
    private final Map<Markdown, ParsedText> parsed;
    /** A text's HTML and plain text, made once: shared with the next index of a preview (a text is its key). */
    private final Map<Markdown, String> html;
    private final Map<Markdown, String> plain;
    /** The texts found in each item of the model's lists (an indicator, an update), by identity. */
    private final Map<Object, List<Markdown>> found;

    private MarkdownIndex(MarkdownProcessor processor, Map<Markdown, ParsedText> parsed, Map<Object, List<Markdown>> found,
                          Map<Markdown, String> html, Map<Markdown, String> plain) {
        this.processor = processor;
        this.parsed = parsed;
        this.found = found;
        this.html = html;
        this.plain = plain;
    }

    /** Parses every Markdown text reachable from {@code model} (records, lists and maps of them). */
    public static MarkdownIndex of(Object model, MarkdownProcessor processor) {
        return of(model, processor, null);
    }

    /**
     * The same, reusing what {@code previous} parsed (with the same processor) for every text that has
     * not changed: a preview re-parses only the texts of the files edited.
     */
    public static MarkdownIndex of(Object model, MarkdownProcessor processor, MarkdownIndex previous) {
        Map<Object, List<Markdown>> found = new IdentityHashMap<>();
        Set<Markdown> texts = items(model, previous == null ? Map.of() : previous.found, found);
        Map<Markdown, ParsedText> before = previous != null && previous.processor.equals(processor) ? previous.parsed : Map.of();
        Map<Markdown, ParsedText> parsed = texts.parallelStream().filter(t -> !t.isBlank())
                .collect(Collectors.toConcurrentMap(Function.identity(), t -> {
                    ParsedText p = before.get(t);
                    return p != null ? p : processor.parse(t);
                }));
        // The HTML of a text depends only on the text and the processor: a preview's indexes share it.
        // What an edit leaves behind (an old version's HTML) stays until the preview stops.
        boolean share = !before.isEmpty();
        return new MarkdownIndex(processor, Collections.unmodifiableMap(parsed), found,
                share ? previous.html : new ConcurrentHashMap<>(), share ? previous.plain : new ConcurrentHashMap<>());
    }

    /**
     * The texts of a record model: each item of a list it holds is walked on its own and remembered,
     * and an item that is the very same object as in {@code before} (a file the preview did not read
     * again) gives the texts it gave then, without walking it again.
     */
    private static Set<Markdown> items(Object model, Map<Object, List<Markdown>> before, Map<Object, List<Markdown>> found) {
        Set<Markdown> texts = Collections.newSetFromMap(new LinkedHashMap<>());
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (!(model instanceof Record)) {
            walk(model, texts, seen);
            return texts;
        }
        for (RecordComponent rc : model.getClass().getRecordComponents()) {
            Object value = read(rc, model);
            if (!(value instanceof Collection<?> items)) {
                walk(value, texts, seen);
                continue;
            }
            for (Object item : items) {
                List<Markdown> of = before.get(item);
                if (of == null) {
                    Set<Markdown> own = Collections.newSetFromMap(new LinkedHashMap<>());
                    walk(item, own, Collections.newSetFromMap(new IdentityHashMap<>()));
                    of = List.copyOf(own);
                }
                found.put(item, of);
                texts.addAll(of);
            }
        }
        return texts;
    }

    private static Object read(RecordComponent rc, Object record) {
        try {
            return rc.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + rc, e);
        }
    }

    private static void walk(Object o, Set<Markdown> into, Set<Object> seen) {
        if (o == null || o instanceof String || o instanceof Number || o instanceof Enum<?>) return;
        if (o instanceof Markdown m) {
            into.add(m);
            return;
        }
        if (!seen.add(o)) return;
        if (o instanceof Collection<?> c) c.forEach(x -> walk(x, into, seen));
        else if (o instanceof Map<?, ?> m) m.values().forEach(x -> walk(x, into, seen));
        else if (o.getClass().isRecord()) {
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                if (!holdsMarkdown(rc.getGenericType())) continue;   // observations: many, and never Markdown
                walk(read(rc, o), into, seen);
            }
        }
    }

    /** By declared type: a fact about the model's classes, the same for every build. */
    private static final Map<Type, Boolean> HOLDS = new ConcurrentHashMap<>();

    /** Whether a value of this declared type can hold Markdown, through records, lists and maps. */
    static boolean holdsMarkdown(Type type) {
        return HOLDS.computeIfAbsent(type, t -> holds(t, new java.util.HashSet<>()));
    }

    private static boolean holds(Type type, Set<Type> path) {
        if (!path.add(type)) return false;   // a record that holds itself: its other fields decide
        try {
            if (type instanceof ParameterizedType p) {
                return Arrays.stream(p.getActualTypeArguments()).anyMatch(t -> holds(t, path));
            }
            if (type instanceof Class<?> c) {
                return c == Markdown.class || c == Object.class
                        || c.isRecord() && Arrays.stream(c.getRecordComponents()).anyMatch(rc -> holds(rc.getGenericType(), path));
            }
            return true;   // a type variable or wildcard: look inside
        } finally {
            path.remove(type);
        }
    }

    /** Every text, parsed, for the checks of the validation stage. */
    public Collection<ParsedText> texts() {
        return parsed.values();
    }

    /** A text, parsed; null for a blank text. */
    public ParsedText get(Markdown text) {
        return parsed.get(text);
    }

    /**
     * The text as HTML for a page {@code root} away from the site root ("../../"), or "" when blank,
     * with each live figure as {@code figures} gives it (the validation stage made sure it has one).
     */
    public String html(Markdown text, String root, Function<LiveFigure, String> figures) {
        ParsedText p = text == null ? null : parsed.get(text);
        if (p == null) return "";
        String out = html.computeIfAbsent(text, t -> processor.html(p)).replace(ParsedText.ROOT, root);
        return LiveFigure.fill(out, figures, v -> Escaping.escapeHtml(v, false));
    }

    /** The text without markup, shortened to {@code max} characters for a meta description. */
    public String plainText(Markdown text, int max, Function<LiveFigure, String> figures) {
        ParsedText p = text == null ? null : parsed.get(text);
        if (p == null) return "";
        String s = LiveFigure.fill(plain.computeIfAbsent(text, t -> processor.plainText(p)), figures, Function.identity());
        return s.length() > max ? s.substring(0, max - 3) + "..." : s;
    }
}
