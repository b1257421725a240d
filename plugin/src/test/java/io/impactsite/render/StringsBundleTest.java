package io.impactsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme's words in every language it ships: the Spanish bundle has exactly the English keys, translates
 * every value but a few that are the same in both languages, and keeps MessageFormat's rules (arguments and
 * apostrophes) right; a site picks it by its language and still overrides any word.
 */
class StringsBundleTest {
    /** Values that are the same word in Spanish, deliberately. Symbols, numbers and bare patterns need no entry. */
    private static final Set<String> SAME_IN_SPANISH = Set.of("Agenda", "provisional", "Sector", "Total");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    static Map<String, String> bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = StringsBundleTest.class.getClassLoader().getResourceAsStream("impactsite/theme/" + name);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    @Test
    void theSpanishBundleHasEveryKeyOfTheEnglishOneAndNoOther() throws IOException {
        Map<String, String> en = bundle("strings.properties");
        Map<String, String> es = bundle("strings_es.properties");
        Set<String> missing = new TreeSet<>(en.keySet());
        missing.removeAll(es.keySet());
        Set<String> extra = new TreeSet<>(es.keySet());
        extra.removeAll(en.keySet());
        assertEquals(Set.of(), missing, "keys of strings.properties without a Spanish value in strings_es.properties");
        assertEquals(Set.of(), extra, "keys of strings_es.properties that strings.properties does not have");
        assertTrue(en.size() > 250, "keys: " + en.size());
    }

    @Test
    void everySpanishValueIsTranslatedButSymbolsPatternsAndAFewWordsSpelledAlike() throws IOException {
        Map<String, String> en = bundle("strings.properties");
        Map<String, String> es = bundle("strings_es.properties");
        List<String> untranslated = new ArrayList<>();
        en.forEach((key, value) -> {
            if (!value.equals(es.get(key)) || key.endsWith(".icon") || SAME_IN_SPANISH.contains(value)) return;
            if (value.replaceAll("\\{[^}]*}", "").chars().noneMatch(Character::isLetter)) return;   // "{0} ({1})"
            untranslated.add(key + "=" + value);
        });
        assertEquals(List.of(), untranslated, "Spanish values left in English");
    }

    @Test
    void bothBundlesKeepMessageFormatsRules() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> en = bundle("strings.properties");
        for (String name : List.of("strings.properties", "strings_es.properties")) {
            bundle(name).forEach((key, value) -> {
                boolean pattern = ARGUMENT.matcher(value).find();
                if (pattern) {
                    try {
                        new MessageFormat(value);
                    } catch (IllegalArgumentException e) {
                        problems.add(name + " " + key + ": not a MessageFormat pattern: " + e.getMessage());
                    }
                    // In a pattern a lone apostrophe starts quoted text: words lose their arguments.
                    if (value.replace("''", "").contains("'")) problems.add(name + " " + key + ": a lone ' in a pattern (write '')");
                    if (!arguments(value).equals(arguments(en.get(key)))) {
                        problems.add(name + " " + key + ": arguments " + arguments(value) + ", English has " + arguments(en.get(key)));
                    }
                } else if (value.contains("''")) {
                    problems.add(name + " " + key + ": '' in a value printed as written (only patterns with {0} double it)");
                }
            });
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private static Set<String> arguments(String value) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(value == null ? "" : value);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void aSiteInSpanishGetsTheSpanishBundleAndItsOwnWordsOverrideItKeyByKey(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("strings.properties"), "nav.home=Start\nnav.about=About the partnership\n");
        Files.writeString(templates.resolve("strings_es.properties"), "nav.home=Portada\n", StandardCharsets.UTF_8);
        Theme theme = new Theme(templates);
        Map<String, String> es = theme.strings("es");
        assertEquals("Portada", es.get("nav.home"), "the site's Spanish word wins");
        assertEquals("About the partnership", es.get("nav.about"), "the site's own word wins over the theme's Spanish");
        assertEquals("Boletín de indicadores", es.get("nav.indicators"), "the theme's Spanish");
        assertEquals(theme.strings("es"), theme.strings("es-MX"), "the language subtag picks the bundle");
        Map<String, String> en = theme.strings("en");
        assertEquals("Start", en.get("nav.home"));
        assertEquals("Report card", en.get("nav.indicators"));
        assertEquals(en, theme.strings("fr"), "a language the theme has no bundle for: English and the site's words");
        assertEquals(en.keySet(), es.keySet());
    }
}
