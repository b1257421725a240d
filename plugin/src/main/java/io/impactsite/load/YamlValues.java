package io.impactsite.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.impactsite.load.Documents.Ref;
import io.impactsite.model.Markdown;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Predicate;

/**
 * How single YAML values become Java values where Jackson's defaults are not enough: Markdown and
 * references remember their line, numbers must be finite, and every document shape notes where it
 * starts.
 */
final class YamlValues {
    private YamlValues() {}

    static SimpleModule module() {
        return new SimpleModule("impactsite")
                .addDeserializer(Markdown.class, new MarkdownValue())
                .addDeserializer(Ref.class, new RefValue())
                .addDeserializer(Double.class, new Finite<>(Double.class,
                        new NumberDeserializers.DoubleDeserializer(Double.class, null), Double::isFinite))
                .addDeserializer(BigDecimal.class, new Finite<>(BigDecimal.class,
                        NumberDeserializers.BigDecimalDeserializer.instance, Numbers::usable))
                .setDeserializerModifier(new LineRecorder());
    }

    /** Markdown fields remember their file and line, for problems found when they are rendered. */
    private static final class MarkdownValue extends StdDeserializer<Markdown> {
        MarkdownValue() {
            super(Markdown.class);
        }

        @Override
        public Markdown deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isScalarValue()) {
                return (Markdown) ctxt.handleUnexpectedToken(ctxt.constructType(Markdown.class), p);
            }
            YamlReader.Lines lines = YamlReader.lines(ctxt);
            return new Markdown(p.getValueAsString(), lines.file(), lines.line(p.currentTokenLocation()));
        }
    }

    /** A reference remembers the line it is written on: in a list, its item's line. */
    private static final class RefValue extends StdDeserializer<Ref> {
        RefValue() {
            super(Ref.class);
        }

        @Override
        public Ref deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isScalarValue()) {
                return (Ref) ctxt.handleUnexpectedToken(ctxt.constructType(Ref.class), p);
            }
            return new Ref(p.getValueAsString().strip(), YamlReader.lines(ctxt).line(p.currentTokenLocation()));
        }
    }

    /**
     * A number too large for a double ({@code 1e309}), so small it would count as 0, infinity or
     * not-a-number ({@code .inf}, {@code .nan}, {@code Infinity}) would reach a page as a wrong number:
     * refused where it is. Jackson's own deserializer reads the value; this one judges it.
     */
    private static final class Finite<T> extends StdDeserializer<T> {
        private final JsonDeserializer<T> standard;
        private final Predicate<T> usable;

        Finite(Class<T> type, JsonDeserializer<T> standard, Predicate<T> usable) {
            super(type);
            this.standard = standard;
            this.usable = usable;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            String written = p.currentToken().isScalarValue() ? p.getText() : null;
            T value;
            try {
                value = standard.deserialize(p, ctxt);
            } catch (StreamReadException e) {
                if (!(e.getCause() instanceof NumberFormatException)) throw e;
                return notFinite(p, ctxt, at, written);
            }
            return value == null || usable.test(value) && writtenUsable(written) ? value : notFinite(p, ctxt, at, written);
        }

        /** A number written in digits that a double cannot hold, whatever the type reads it as. */
        private static boolean writtenUsable(String written) {
            try {
                return written == null || Numbers.usable(new BigDecimal(written.strip()));
            } catch (NumberFormatException e) {
                return true;
            }
        }
    }

    private static <T> T notFinite(JsonParser p, DeserializationContext ctxt, JsonLocation at, String written) {
        YamlProblems.report(ctxt, at, YamlProblems.field(p) + " is `" + written + "`, which is "
                + Numbers.whyNot(written) + ". " + Numbers.advice(written));
        YamlProblems.reported(ctxt, YamlProblems.name(p));
        return null;
    }

    /** Wraps the deserializer of every document shape to note where its object starts. */
    private static final class LineRecorder extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            Class<?> c = description.getBeanClass();
            return c.getEnclosingClass() == Documents.class && c != Ref.class ? new Recording(deserializer) : deserializer;
        }
    }

    private static final class Recording extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

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
            YamlReader.Lines lines = YamlReader.lines(ctxt);
            boolean object = p.currentToken() == JsonToken.START_OBJECT;
            if (object) lines.open.push(new YamlReader.Frame(YamlReader.Lines.key(at), lines.line(at)));
            Object value;
            try {
                value = super.deserialize(p, ctxt);
            } finally {
                if (object) lines.open.pop();
            }
            if (value != null) lines.bound(value, at);
            return value;
        }
    }
}
