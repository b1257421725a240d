package io.impactsite.testing;

import io.impactsite.model.Message;
import io.impactsite.pages.Strings;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;

/** Messages in the default theme's English words, as a site in English prints them. */
public final class English {
    private static final Strings STRINGS = load();

    private English() {}

    /** The theme's strings, in English. */
    public static Strings strings() {
        return STRINGS;
    }

    public static String text(Message message) {
        return STRINGS.text(message);
    }

    private static Strings load() {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(English.class.getClassLoader()
                .getResourceAsStream("impactsite/theme/strings.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TreeMap<String, String> all = new TreeMap<>();
        p.forEach((k, v) -> all.put((String) k, (String) v));
        return new Strings(all, Locale.US);
    }
}
