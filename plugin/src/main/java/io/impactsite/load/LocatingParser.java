package io.impactsite.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * The YAML parser as Jackson's binding reads it, noting what the tokens say as they pass, in the
 * one reading of the file: the location of every field in its object (for messages about a field
 * that Jackson has already bound and forgotten), a key written twice in one object (reported with
 * both lines), the last value read (to describe a syntax error that comes after it), and where each
 * text value is (to find a field a {@code |} block took in as text).
 *
 * <p>A YAML alias ({@code *base}, which repeats the value marked {@code &base}) is refused: Jackson
 * reads it as the plain text of its name, a silently wrong value. An anchor ({@code &base}) alone
 * is read as YAML defines it: it names its value and leaves it as it is.
 */
final class LocatingParser extends JsonParserDelegate {
    private final YamlReader.Lines lines;
    /** The fields of the objects open at this point, innermost first. */
    private final Deque<Map<String, JsonLocation>> open = new ArrayDeque<>();
    /** Where those objects start ({@link YamlReader.Lines#key}), innermost first. */
    private final Deque<Long> starts = new ArrayDeque<>();
    private JsonLocation lastValue;

    LocatingParser(JsonParser yaml, YamlReader.Lines lines) {
        super(yaml);
        this.lines = lines;
    }

    /** Where the last scalar value read starts; null before the first. */
    JsonLocation lastValue() {
        return lastValue;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t == null) return null;
        JsonLocation at = delegate.currentTokenLocation();
        switch (t) {
            case START_OBJECT -> {
                open.push(lines.fieldsAt(at));
                starts.push(YamlReader.Lines.key(at));
            }
            case END_OBJECT -> {
                open.poll();
                starts.poll();
            }
            case FIELD_NAME -> field(delegate.currentName(), at);
            case START_ARRAY, END_ARRAY, NOT_AVAILABLE -> { }
            default -> {
                refuseAlias(at);
                lastValue = at;
                if (t == JsonToken.VALUE_STRING && !starts.isEmpty() && delegate.currentName() != null) {
                    lines.text(starts.peek(), delegate.currentName(), at, delegate.currentLocation());
                }
            }
        }
        return t;
    }

    /** Jackson's delegate would skip on the underlying parser, past this one's notes. */
    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken t = currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) return this;
        for (int depth = 1; depth > 0; ) {
            JsonToken next = nextToken();
            if (next == null) break;
            if (next.isStructStart()) depth++;
            else if (next.isStructEnd()) depth--;
        }
        return this;
    }

    private void field(String name, JsonLocation at) {
        Map<String, JsonLocation> fields = open.peek();
        if (fields == null) return;
        JsonLocation first = fields.putIfAbsent(name, at);
        if (first != null) {
            lines.error(at, "this is not valid YAML: `" + name + "` is written twice in the same place, on line "
                    + lines.line(first) + " and on this line. Keep one of them.");
        }
    }

    private void refuseAlias(JsonLocation at) throws IOException {
        if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            String name = yaml.getText();
            throw new Refused("`*" + name + "` repeats the value marked `&" + name + "` (a YAML alias), which "
                    + "content files do not use. Write the value out in full here.", at);
        }
    }

    /** A construct this reader does not accept, with where it is and what to do. */
    static final class Refused extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        Refused(String message, JsonLocation at) {
            super(message, at);
        }
    }
}
