package io.impactsite.load;

import io.impactsite.problem.Suggestions;
import io.impactsite.problem.Problems;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.impactsite.model.Markdown;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Binds YAML to the {@link Documents} shapes with Jackson, collecting every problem of a file
 * (unknown fields, wrong types) instead of stopping at the first, and remembering the line each
 * object started on so that later checks (a missing field, a reference that does not resolve) can
 * name it. One instance serves every file and thread: per-read state travels in reader attributes.
 */
final class YamlReader {
    private static final String FILE = "impactsite.file";
    private static final String PROBLEMS = "impactsite.problems";
    private static final String LINES = "impactsite.lines";
    private static final String LINE_OFFSET = "impactsite.lineOffset";

    private final ObjectMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addHandler(new CollectingHandler())
            .addModule(new SimpleModule("impactsite")
                    .addDeserializer(Markdown.class, new MarkdownDeserializer())
                    .setDeserializerModifier(new LineRecorder()))
            .build();

    /** What a read gave: the value (null when the file could not be bound at all) and its lines. */
    record Result<T>(T value, Lines lines) {}

    /**
     * Where things are in a file: the first line of each bound object and the line of each of its
     * fields, by identity. Jackson buffers the fields of records and forgets where they were, so a
     * first pass over the text notes every field's location, keyed by where its object starts.
     */
    static final class Lines {
        private final int offset;
        private final Map<Object, Integer> byObject = new IdentityHashMap<>();
        private final Map<Object, String> startOf = new IdentityHashMap<>();
        private final Map<String, Map<String, JsonLocation>> fields = new HashMap<>();
        /** The objects being bound, innermost first. */
        private final Deque<Frame> open = new ArrayDeque<>();
        /** "line/field" of fields whose value was already reported as wrong, so not also as missing. */
        private final Set<String> reported = new HashSet<>();
        private int problems;

        private Lines(int offset) {
            this.offset = offset;
        }

        int of(Object o) {
            return o == null ? 0 : byObject.getOrDefault(o, 0);
        }

        /** The line of a field of a bound object; the object's line when the field is absent. */
        int of(Object o, String field) {
            JsonLocation at = o == null ? null : fields.getOrDefault(startOf.get(o), Map.of()).get(field);
            return at == null ? of(o) : at.getLineNr() + offset;
        }

        /** Whether the field of the object starting on that line was already reported (a wrong type, a typo). */
        boolean reported(int objectLine, String field) {
            return reported.contains(objectLine + "/" + field);
        }
    }

    private record Frame(String start, int line) {}

    <T> Result<T> read(String text, String file, int lineOffset, JavaType type, Problems problems) {
        Lines lines = new Lines(lineOffset);
        index(text, lines);
        try {
            T value = mapper.readerFor(type)
                    .withAttribute(FILE, file)
                    .withAttribute(PROBLEMS, problems)
                    .withAttribute(LINES, lines)
                    .withAttribute(LINE_OFFSET, lineOffset)
                    .readValue(text);
            if (value == null && lines.problems == 0) empty(file, problems);
            return new Result<>(value, lines);
        } catch (JsonProcessingException e) {
            // Jackson wraps what a nested value threw; the innermost says what happened.
            JsonProcessingException cause = e;
            while (cause.getCause() instanceof JsonProcessingException inner) cause = inner;
            JsonLocation at = cause.getLocation() == null ? e.getLocation() : cause.getLocation();
            int line = at == null || at.getLineNr() <= 0 ? 0 : at.getLineNr() + lineOffset;
            if (cause instanceof MismatchedInputException && cause.getOriginalMessage().startsWith("No content to map")) {
                empty(file, problems);
            } else if (cause instanceof InputCoercionException) {
                problems.error(file, line, 0, "a number here is too large. Check the value: years are written "
                        + "like 2014.");
            } else if (cause instanceof MismatchedInputException) {
                problems.error(file, line, 0, "cannot be read: " + cause.getOriginalMessage().lines().findFirst()
                        .orElse("") + ". Compare it with docs/content-reference.md.");
            } else {
                syntax(cause, at, file, lineOffset, problems);
            }
            return new Result<>(null, lines);
        }
    }

    private static void empty(String file, Problems problems) {
        problems.error(file, 0, "the file is empty. Write its fields (see docs/content-reference.md).");
    }

    /** A YAML syntax error, in words a person who has never read the YAML specification can act on. */
    private static void syntax(JsonProcessingException e, JsonLocation location, String file, int lineOffset,
                               Problems problems) {
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        String message = e.getOriginalMessage().lines().findFirst().orElse("");
        String what = message + ". Check the indentation and quote values that contain `: ` or start with a symbol.";
        if (message.startsWith("Duplicate field")) {
            String name = message.replaceAll("^Duplicate field '(.*)'$", "$1");
            what = "`" + name + "` is written twice in the same place. Keep one of them.";
            column = 0;
        } else if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
            String problem = y.getProblem() == null ? "" : y.getProblem();
            String context = y.getContext() == null ? "" : y.getContext();
            var mark = y.getProblemMark();
            var start = y.getContextMark() == null ? mark : y.getContextMark();
            line = mark.getLine() + 1;
            column = mark.getColumn() + 1;
            if (problem.contains("'\\t")) {
                what = "this line starts with a tab. YAML is indented with spaces only: replace the tab with spaces.";
            } else if (problem.startsWith("found character")) {
                String c = problem.replaceAll("^found character '(.*?)'.*$", "$1");
                what = "a value cannot start with `" + c + "`. Put the whole value in quotes: \"...\".";
            } else if (problem.startsWith("mapping values are not allowed")) {
                what = "a `: ` where YAML does not expect one. If it is part of the text, put the whole value in "
                        + "quotes: \"...\"; otherwise check the indentation of this line.";
            } else if (context.contains("quoted scalar")) {
                line = start.getLine() + 1;
                column = start.getColumn() + 1;
                what = "the quote that opens here is never closed. Add the closing quote.";
            } else if (context.contains("flow sequence")) {
                line = start.getLine() + 1;
                column = start.getColumn() + 1;
                what = "the `[` that opens here is never closed. Add the closing `]`.";
            } else if (context.contains("flow mapping")) {
                line = start.getLine() + 1;
                column = start.getColumn() + 1;
                what = "the `{` that opens here is never closed. Add the closing `}`.";
            } else if (problem.startsWith("expected <block end>") || problem.startsWith("could not find expected ':'")) {
                what = "this line is not indented like the lines around it. Fields of one group start in the "
                        + "same column; a list item starts with `- `.";
            } else {
                what = problem + ". Check the indentation and quote values that contain `: ` or start with a symbol.";
            }
        }
        problems.error(file, line <= 0 ? 0 : line + lineOffset, line <= 0 ? 0 : column, "this is not valid YAML: " + what);
    }

    /** The first pass: every field's location, by the location its object starts at. */
    private void index(String text, Lines lines) {
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            Deque<String> objects = new ArrayDeque<>();
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT) objects.push(key(p.currentTokenLocation()));
                else if (t == JsonToken.END_OBJECT) objects.pop();
                else if (t == JsonToken.FIELD_NAME && !objects.isEmpty()) {
                    lines.fields.computeIfAbsent(objects.peek(), k -> new HashMap<>())
                            .putIfAbsent(p.currentName(), p.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // the real read reports it
        }
    }

    private static String key(JsonLocation at) {
        return at.getLineNr() + ":" + at.getColumnNr();
    }

    JavaType type(Class<?> c) {
        return mapper.getTypeFactory().constructType(c);
    }

    JavaType listOf(Class<?> c) {
        return mapper.getTypeFactory().constructCollectionType(java.util.List.class, c);
    }

    private static int line(DeserializationContext ctxt, JsonLocation at) {
        return at.getLineNr() + (Integer) ctxt.getAttribute(LINE_OFFSET);
    }

    private static void report(DeserializationContext ctxt, JsonParser p, String message) {
        report(ctxt, p.currentTokenLocation(), message);
    }

    private static void report(DeserializationContext ctxt, JsonLocation at, String message) {
        lines(ctxt).problems++;
        boolean known = at != null && at.getLineNr() > 0;
        ((Problems) ctxt.getAttribute(PROBLEMS)).error((String) ctxt.getAttribute(FILE),
                known ? line(ctxt, at) : 0, known ? at.getColumnNr() : 0, message);
    }

    private static Lines lines(DeserializationContext ctxt) {
        return (Lines) ctxt.getAttribute(LINES);
    }

    /** Notes that a field of the object being bound has been reported, so that it is not also "missing". */
    private static void reported(DeserializationContext ctxt, String field) {
        Frame frame = lines(ctxt).open.peek();
        if (frame != null && field != null) lines(ctxt).reported.add(frame.line() + "/" + field);
    }

    /** The context the current value is in: for a list or group just opened, the one around it. */
    private static JsonStreamContext around(JsonParser p) {
        JsonStreamContext c = p.getParsingContext();
        return p.currentToken() != null && p.currentToken().isStructStart() && c.getParent() != null ? c.getParent() : c;
    }

    /** The name of the field whose value (or item) is current; null at the top of the file. */
    private static String name(JsonParser p) {
        JsonStreamContext c = around(p);
        if (c.inObject()) return c.getCurrentName();
        if (c.inArray() && c.getParent() != null) return c.getParent().getCurrentName();
        return null;
    }

    private static boolean inList(JsonParser p) {
        return around(p).inArray();
    }

    private static String field(JsonParser p) {
        String name = name(p);
        if (name != null) return (inList(p) ? "each item of `" : "`") + name + "`";
        if (inList(p)) return "each item of the list";
        return around(p).inRoot() ? "the file" : "this value";
    }

    private static String expected(JavaType type) {
        Class<?> c = type.getRawClass();
        if (c == Integer.class || c == int.class) return "a whole number";
        if (Number.class.isAssignableFrom(c)) return "a number";
        if (c == Boolean.class || c == boolean.class) return "true or false";
        if (c == String.class || c == Markdown.class) return "text";
        if (type.isCollectionLikeType()) return "a list";
        return "a group of fields (" + fieldsOf(c) + ")";
    }

    private static String fieldsOf(Class<?> c) {
        return c.isRecord() ? Arrays.stream(c.getRecordComponents()).map(r -> r.getName())
                .collect(Collectors.joining(", ")) : "a mapping";
    }

    private static String found(JsonToken t) {
        if (t == null) return "nothing";
        return switch (t) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a group of fields";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            default -> "text";
        };
    }

    /** What to write instead, for a value of the wrong shape. */
    private static String fix(JavaType type, JsonToken t, JsonParser p) {
        Class<?> c = type.getRawClass();
        String name = name(p);
        String after = name == null ? "" : " after `" + name + ":`";
        if (c == String.class || c == Markdown.class) {
            if (t == JsonToken.START_ARRAY) return " Write one value" + after + ".";
            if (t == JsonToken.START_OBJECT) return " If the text contains `: `, put it in quotes, or write `"
                    + (name == null ? "field" : name) + ": |` and the text indented on the lines below.";
            return "";
        }
        if (type.isCollectionLikeType()) return " Write the items as `[a, b]`, or one `- item` per line.";
        if (c.isRecord()) {
            String first = c.getRecordComponents()[0].getName();
            if (inList(p)) return " Write each item as `- " + first + ": ...`, with its other "
                    + "fields indented below it.";
            if (name == null) return " Write its fields one per line, such as `" + first + ": ...`.";
            return " Write its fields on the lines below `" + name + ":`, indented, such as `" + first + ": ...`.";
        }
        return "";
    }

    /** A number written wrongly: say what a right one looks like. */
    private static String digits(JavaType type, String field) {
        Class<?> c = type.getRawClass();
        if (c == Integer.class || c == int.class) {
            boolean year = Set.of("`started`", "`joined`", "`since`").contains(field);
            return "a whole number in digits, such as " + (year ? "2014" : "3");
        }
        if (Number.class.isAssignableFrom(c)) return "a number in digits, with `.` as the decimal point, such as 75.5";
        return expected(type);
    }

    /** Records problems and carries on, so that one run reports every problem of a file. */
    private static final class CollectingHandler extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            Collection<Object> known = deserializer.getKnownPropertyNames();
            TreeSet<String> names = new TreeSet<>();
            known.forEach(k -> names.add(k.toString()));
            var nearest = Suggestions.nearest(propertyName, names);
            String hint = nearest.map(n -> " Did you mean `" + n + "`?")
                    .orElse(" Valid fields here: " + String.join(", ", names) + ".");
            // Records' unknown fields come from a buffer that has forgotten where they were.
            JsonLocation at = p.currentTokenLocation();
            Frame frame = lines(ctxt).open.peek();
            if ((at == null || at.getLineNr() <= 0) && frame != null) {
                at = lines(ctxt).fields.getOrDefault(frame.start(), Map.of()).get(propertyName);
            }
            report(ctxt, at, "unknown field `" + propertyName + "`." + hint);
            nearest.ifPresent(n -> reported(ctxt, n));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                             String failureMsg) {
            return wrongValue(ctxt, targetType, value);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                                             String failureMsg) {
            return wrongValue(ctxt, targetType, value);
        }

        /** A value of the wrong kind ("twenty" for a year): reported, and the field left empty. */
        private static Object wrongValue(DeserializationContext ctxt, Class<?> targetType, Object value) {
            JsonParser p = ctxt.getParser();
            report(ctxt, p, field(p) + " should be " + digits(ctxt.constructType(targetType), field(p)) + ", not `"
                    + value + "`.");
            reported(ctxt, name(p));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) throws IOException {
            report(ctxt, p, field(p) + " should be " + expected(targetType) + ", not " + found(t) + "."
                    + fix(targetType, t, p));
            reported(ctxt, name(p));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                                                ValueInstantiator valueInsts, JsonParser p, String msg)
                throws IOException {
            JsonToken t = p.currentToken();
            String value = t != null && t.isScalarValue() ? "`" + p.getText() + "`" : found(t);
            JavaType type = ctxt.constructType(instClass);
            report(ctxt, p, field(p) + " should be " + expected(type) + ", not " + value + "." + fix(type, t, p));
            reported(ctxt, name(p));
            p.skipChildren();
            return null;
        }
    }

    /** Markdown fields remember their file and line, for problems found when they are rendered. */
    private static final class MarkdownDeserializer extends StdDeserializer<Markdown> {
        MarkdownDeserializer() {
            super(Markdown.class);
        }

        @Override
        public Markdown deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isScalarValue()) {
                return (Markdown) ctxt.handleUnexpectedToken(ctxt.constructType(Markdown.class), p);
            }
            return new Markdown(p.getValueAsString(), (String) ctxt.getAttribute(FILE),
                    line(ctxt, p.currentTokenLocation()));
        }
    }

    /** Wraps the deserializer of every document shape to note the line its object starts on. */
    private static final class LineRecorder extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            return description.getBeanClass().getEnclosingClass() == Documents.class
                    ? new Recording(deserializer) : deserializer;
        }
    }

    private static final class Recording extends DelegatingDeserializer {
        Recording(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Recording(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            int line = line(ctxt, at);
            Lines lines = lines(ctxt);
            boolean object = p.currentToken() == JsonToken.START_OBJECT;
            if (object) lines.open.push(new Frame(key(at), line));
            Object value;
            try {
                value = super.deserialize(p, ctxt);
            } finally {
                if (object) lines.open.pop();
            }
            if (value != null) {
                lines.byObject.put(value, line);
                lines.startOf.put(value, key(at));
            }
            return value;
        }
    }
}
