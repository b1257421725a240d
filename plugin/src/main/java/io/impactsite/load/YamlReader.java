package io.impactsite.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.impactsite.problem.Problems;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds YAML to the {@link Documents} shapes with Jackson, collecting every problem of a file
 * (unknown fields, wrong types) instead of stopping at the first, and remembering where each object
 * and field is so that later checks (a missing field, a reference that does not resolve) can name
 * the line. Every location is one the parser gave as it read the file once ({@link LocatingParser});
 * syntax errors are described from SnakeYAML's exception types and marks ({@link YamlSyntax}).
 * One instance serves every file and thread: per-read state travels in a reader attribute.
 */
final class YamlReader {
    static final String LINES = "impactsite.lines";

    private final ObjectMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .addHandler(new YamlProblems())
            .addModule(YamlValues.module())
            .build();

    /** What a read gave: the value (none when the file could not be bound at all) and where things are. */
    record Result<T>(Optional<T> value, Lines lines) {}

    <T> Result<T> read(String text, String file, int lineOffset, JavaType type, Problems problems) {
        Lines lines = new Lines(file, lineOffset, text, problems);
        LocatingParser parser = null;
        try (LocatingParser p = new LocatingParser(mapper.createParser(text), lines)) {
            parser = p;
            if (p.nextToken() == null) {
                lines.empty();
                return new Result<>(Optional.empty(), lines);
            }
            T value = mapper.readerFor(type).withAttribute(LINES, lines).readValue(p);
            JsonToken more = p.nextToken();
            if (more != null) {
                lines.error(p.currentTokenLocation(), "this is not valid here: a line `---` above starts a second "
                        + "document, and a content file holds one. Remove that `---` line.");
            }
            if (value == null && lines.problems == 0) lines.empty();
            lines.fieldsTakenAsText();
            return new Result<>(Optional.ofNullable(value), lines);
        } catch (IOException e) {
            YamlSyntax.report(e, text, parser == null ? null : parser.lastValue(), lines);
            return new Result<>(Optional.empty(), lines);
        }
    }

    JavaType type(Class<?> c) {
        return mapper.getTypeFactory().constructType(c);
    }

    JavaType listOf(Class<?> c) {
        return mapper.getTypeFactory().constructCollectionType(java.util.List.class, c);
    }

    /** The read a deserializer is part of. */
    static Lines lines(DeserializationContext ctxt) {
        return (Lines) ctxt.getAttribute(LINES);
    }

    /**
     * One read of one file: where its problems go, and where things are in it. The first line of
     * each bound object and the location of each of its fields, by identity: Jackson buffers the
     * fields of records and forgets where they were, so the parser notes every field as it passes,
     * keyed by where its object starts.
     */
    static final class Lines {
        private static final Pattern BLOCK = Pattern.compile(".*:\\s*[|>][+-]?[0-9]?[+-]?\\s*(#.*)?");
        private static final Pattern KEY = Pattern.compile("(\\s*)([a-z][A-Za-z0-9]*)\\s*:(\\s.*)?");

        private final String file;
        private final int offset;
        private final List<String> text;
        private final Problems sink;
        /** The text values read, where a field written too far right may hide. */
        private final List<Text> texts = new ArrayList<>();
        private final Map<Object, Integer> byObject = new IdentityHashMap<>();
        private final Map<Object, Long> startOf = new IdentityHashMap<>();
        private final Map<Long, Map<String, JsonLocation>> fields = new HashMap<>();
        /** The objects being bound, innermost first. */
        final Deque<Frame> open = new ArrayDeque<>();
        /** "line/field" of fields whose value was already reported as wrong, so not also as missing. */
        private final Set<String> reported = new HashSet<>();
        /** How many problems binding reported. */
        int problems;

        Lines(String file, int offset, String text, Problems problems) {
            this.file = file;
            this.offset = offset;
            this.text = text.lines().toList();
            this.sink = problems;
        }

        /** A text value of a field of the object that starts at {@code object}; from its start to where it ends. */
        void text(long object, String field, JsonLocation start, JsonLocation end) {
            if (start.getLineNr() > 0 && end.getLineNr() > start.getLineNr()) {
                texts.add(new Text(object, field, start.getLineNr(), end.getLineNr()));
            }
        }

        /**
         * A line inside a {@code |} or {@code >} block that reads as a field of the block's object, which the
         * object does not have: written one indent too far right, it became text and the field is unset. An
         * error at that line, and the field is not also reported as missing.
         */
        void fieldsTakenAsText() {
            Map<Long, Object> objects = new HashMap<>();
            startOf.forEach((o, key) -> objects.put(key, o));
            for (Text t : texts) {
                Object o = objects.get(t.object());
                String keyLine = textLine(t.keyLine());
                if (o == null || !o.getClass().isRecord() || !BLOCK.matcher(keyLine).matches()) continue;
                Set<String> names = new HashSet<>();
                for (var c : o.getClass().getRecordComponents()) names.add(c.getName());
                int indent = keyLine.length() - keyLine.stripLeading().length();
                for (int n = t.keyLine() + 1; n <= t.lastLine(); n++) {
                    Matcher m = KEY.matcher(textLine(n));
                    if (!m.matches() || m.group(1).length() <= indent || !names.contains(m.group(2))
                            || field(t.object(), m.group(2)) != null) continue;
                    String block = keyLine.contains(">") && !keyLine.contains("|") ? ">" : "|";
                    errorInText(n, m.group(1).length() + 1, "`" + textLine(n).strip() + "` is read as a line of the text of `"
                            + t.field() + "` (the `" + block + "` block above it), because it is indented like that text, so `"
                            + m.group(2) + "` is not set. Move it left, to line up with `" + t.field() + ":`, to make it a field.");
                    markReported(of(o), m.group(2));
                }
            }
        }

        /** A line of the YAML text, 1-based; "" past its end. */
        private String textLine(int n) {
            return n >= 1 && n <= text.size() ? text.get(n - 1) : "";
        }

        String file() {
            return file;
        }

        int of(Object o) {
            return o == null ? 0 : byObject.getOrDefault(o, 0);
        }

        /** The line of a field of a bound object; the object's line when the field is absent. */
        int of(Object o, String field) {
            JsonLocation at = o == null || !startOf.containsKey(o) ? null : field(startOf.get(o), field);
            return at == null ? of(o) : line(at);
        }

        /** Whether the bound object has the field, even with no value (a bare {@code key:}). */
        boolean has(Object o, String field) {
            return o != null && startOf.containsKey(o) && field(startOf.get(o), field) != null;
        }

        /** Whether the field of the object starting on that line was already reported (a wrong type, a typo). */
        boolean reported(int objectLine, String field) {
            return reported.contains(objectLine + "/" + field);
        }

        void markReported(int objectLine, String field) {
            reported.add(objectLine + "/" + field);
        }

        /** The fields of the object that starts there, as the parser notes them. */
        Map<String, JsonLocation> fieldsAt(JsonLocation start) {
            return fields.computeIfAbsent(key(start), k -> new LinkedHashMap<>());
        }

        JsonLocation field(long object, String name) {
            Map<String, JsonLocation> of = fields.get(object);
            return of == null ? null : of.get(name);
        }

        /** Notes a bound object: the line it starts on, and where its fields are. */
        void bound(Object value, JsonLocation start) {
            byObject.put(value, line(start));
            startOf.put(value, key(start));
        }

        /** The file line of a location; 0 when the parser did not know it. */
        int line(JsonLocation at) {
            return at == null || at.getLineNr() <= 0 ? 0 : at.getLineNr() + offset;
        }

        void error(JsonLocation at, String message) {
            int line = line(at);
            error(line, line == 0 ? 0 : at.getColumnNr(), message);
        }

        /** A problem at a line and column of the YAML text (1-based; 0 when unknown). */
        void errorInText(int line, int column, String message) {
            error(line <= 0 ? 0 : line + offset, line <= 0 ? 0 : column, message);
        }

        void error(int line, int column, String message) {
            problems++;
            sink.error(file, line, Math.max(0, column), message);
        }

        void empty() {
            error(0, 0, "the file is empty. Write its fields (see docs/content-reference.md).");
        }

        static long key(JsonLocation at) {
            return ((long) at.getLineNr() << 32) | (at.getColumnNr() & 0xffffffffL);
        }
    }

    /** A text value: the object it is in, its field, its field's line and the last line it reaches (YAML lines). */
    record Text(long object, String field, int keyLine, int lastLine) {}

    /** An object being bound: where it starts and the file line of that. */
    record Frame(long start, int line) {}
}
