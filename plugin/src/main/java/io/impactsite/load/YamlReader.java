package io.impactsite.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.impactsite.model.Markdown;
import java.io.IOException;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeSet;

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

    /** The first line of each bound object, by identity. */
    static final class Lines {
        private final Map<Object, Integer> byObject = new IdentityHashMap<>();

        int of(Object o) {
            return o == null ? 0 : byObject.getOrDefault(o, 0);
        }
    }

    <T> Result<T> read(String text, String file, int lineOffset, JavaType type, Problems problems) {
        Lines lines = new Lines();
        try {
            T value = mapper.readerFor(type)
                    .withAttribute(FILE, file)
                    .withAttribute(PROBLEMS, problems)
                    .withAttribute(LINES, lines)
                    .withAttribute(LINE_OFFSET, lineOffset)
                    .readValue(text);
            if (value == null) problems.error(file, 0, "the file is empty. Write its fields (see docs/content-reference.md).");
            return new Result<>(value, lines);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.error(file, at == null ? 0 : at.getLineNr() + lineOffset, at == null ? 0 : at.getColumnNr(),
                    "this is not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("")
                            + ". Check the indentation and quote values that contain `: ` or start with a symbol.");
            return new Result<>(null, lines);
        }
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
        JsonLocation at = p.currentTokenLocation();
        ((Problems) ctxt.getAttribute(PROBLEMS)).error((String) ctxt.getAttribute(FILE), line(ctxt, at),
                at.getColumnNr(), message);
    }

    private static String field(JsonParser p) {
        String name = p.getParsingContext().getCurrentName();
        if (name == null && p.getParsingContext().getParent() != null) {
            name = p.getParsingContext().getParent().getCurrentName();
        }
        return name == null ? "this value" : "`" + name + "`";
    }

    private static String expected(JavaType type) {
        Class<?> c = type.getRawClass();
        if (c == Integer.class || c == int.class) return "a whole number";
        if (Number.class.isAssignableFrom(c)) return "a number";
        if (c == Boolean.class || c == boolean.class) return "true or false";
        if (c == String.class || c == Markdown.class) return "text";
        if (type.isCollectionLikeType()) return "a list";
        return "a group of fields (a mapping)";
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

    /** Records problems and carries on, so that one run reports every problem of a file. */
    private static final class CollectingHandler extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            Collection<Object> known = deserializer.getKnownPropertyNames();
            TreeSet<String> names = new TreeSet<>();
            known.forEach(k -> names.add(k.toString()));
            String hint = Suggestions.nearest(propertyName, names)
                    .map(n -> " Did you mean `" + n + "`?")
                    .orElse(" Valid fields here: " + String.join(", ", names) + ".");
            report(ctxt, p, "unknown field `" + propertyName + "`." + hint);
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                             String failureMsg) {
            JsonParser p = ctxt.getParser();
            report(ctxt, p, field(p) + " should be " + expected(ctxt.constructType(targetType)) + ", not `" + value + "`.");
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                                             String failureMsg) {
            JsonParser p = ctxt.getParser();
            report(ctxt, p, field(p) + " should be " + expected(ctxt.constructType(targetType)) + ", not `" + value + "`.");
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) throws IOException {
            report(ctxt, p, field(p) + " should be " + expected(targetType) + ", not " + found(t) + ".");
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
            int line = line(ctxt, p.currentTokenLocation());
            Object value = super.deserialize(p, ctxt);
            if (value != null) ((Lines) ctxt.getAttribute(LINES)).byObject.put(value, line);
            return value;
        }
    }
}
