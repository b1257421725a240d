package io.impactsite.render;

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
}
