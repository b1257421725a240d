package io.impactsite.pages;

import io.impactsite.model.Message;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/** The theme's UI strings (strings.properties, overridable per site), with MessageFormat patterns. */
public record Strings(Map<String, String> all, Locale locale) {
    public String get(String key) {
        String s = all.get(key);
        if (s == null) throw new IllegalStateException("The theme's strings.properties has no `" + key + "`");
        return s;
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /**
     * A message in the site's words: its pattern with its arguments, themselves messages or values.
     * A string without arguments is printed as written (strings.properties: only patterns with
     * {0} are MessageFormat patterns).
     */
    public String text(Message message) {
        if (message.isText()) return String.valueOf(message.args().get(0));
        if (message.args().isEmpty()) return get(message.key());
        Object[] args = message.args().stream().map(a -> a instanceof Message m ? text(m) : a).toArray();
        return format(message.key(), args);
    }
}
