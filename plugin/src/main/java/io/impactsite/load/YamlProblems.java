package io.impactsite.load;

import io.impactsite.problem.Suggestions;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import io.impactsite.load.Documents.Ref;
import io.impactsite.model.Markdown;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Records what binding finds wrong (an unknown field, a value of the wrong kind) and carries on, so
 * that one run reports every problem of a file; each problem is worded so that a person can fix it.
 */
final class YamlProblems extends DeserializationProblemHandler {

    static void report(DeserializationContext ctxt, JsonLocation at, String message) {
        YamlReader.lines(ctxt).error(at, message);
    }

    private static void report(DeserializationContext ctxt, JsonParser p, String message) {
        report(ctxt, p.currentTokenLocation(), message);
    }

    /** Notes that a field of the object being bound has been reported, so that it is not also "missing". */
    static void reported(DeserializationContext ctxt, String field) {
        YamlReader.Lines lines = YamlReader.lines(ctxt);
        YamlReader.Frame frame = lines.open.peek();
        if (frame != null && field != null) lines.markReported(frame.line(), field);
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        deserializer.getKnownPropertyNames().forEach(k -> names.add(k.toString()));
        var nearest = Suggestions.nearest(propertyName, names);
        String hint = nearest.map(n -> " Did you mean `" + n + "`?")
                .orElse(" Valid fields here: " + String.join(", ", names) + ".");
        // Records' unknown fields may come from a buffer that has forgotten where they were; the parser noted it.
        YamlReader.Lines lines = YamlReader.lines(ctxt);
        YamlReader.Frame frame = lines.open.peek();
        JsonLocation at = frame == null ? null : lines.field(frame.start(), propertyName);
        report(ctxt, at == null ? p.currentTokenLocation() : at, "unknown field `" + propertyName + "`." + hint);
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

    /** The context the current value is in: for a list or group just opened, the one around it. */
    private static JsonStreamContext around(JsonParser p) {
        JsonStreamContext c = p.getParsingContext();
        return p.currentToken() != null && p.currentToken().isStructStart() && c.getParent() != null ? c.getParent() : c;
    }

    /** The name of the field whose value (or item) is current; null at the top of the file. */
    static String name(JsonParser p) {
        JsonStreamContext c = around(p);
        if (c.inObject()) return c.getCurrentName();
        if (c.inArray() && c.getParent() != null) return c.getParent().getCurrentName();
        return null;
    }

    private static boolean inList(JsonParser p) {
        return around(p).inArray();
    }

    /** The current value as messages name it: "`unit`", "each item of `goals`", "the file". */
    static String field(JsonParser p) {
        String name = name(p);
        if (name != null) return (inList(p) ? "each item of `" : "`") + name + "`";
        if (inList(p)) return "each item of the list";
        return around(p).inRoot() ? "the file" : "this value";
    }

    private static boolean isText(Class<?> c) {
        return c == String.class || c == Markdown.class || c == Ref.class;
    }

    private static String expected(JavaType type) {
        Class<?> c = type.getRawClass();
        if (c == Integer.class || c == int.class) return "a whole number";
        if (Number.class.isAssignableFrom(c)) return "a number";
        if (c == Boolean.class || c == boolean.class) return "true or false";
        if (isText(c)) return "text";
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
        if (isText(c)) {
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
}
