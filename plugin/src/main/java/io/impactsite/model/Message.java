package io.impactsite.model;

import java.util.List;

/**
 * Words the site prints, as a key of the theme's {@code strings.properties} and its arguments, so
 * that a site can be published in another language. Arguments are plain values (text, numbers)
 * or messages themselves. A message without a key is text the content wrote (a title).
 */
public record Message(String key, List<Object> args) {
    public static final Message NONE = new Message("", List.of(""));

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** Text as the content wrote it, printed as it is. */
    public static Message text(String text) {
        return new Message("", List.of(text));
    }

    /** A Markdown text, printed without its markup (a meta description). */
    public static Message markdown(Markdown text) {
        return new Message("", List.of(text));
    }

    public boolean isText() {
        return key.isEmpty();
    }

    public boolean isEmpty() {
        if (!isText()) return false;
        return args.get(0) instanceof Markdown m ? m.isBlank() : args.get(0).toString().isEmpty();
    }
}
