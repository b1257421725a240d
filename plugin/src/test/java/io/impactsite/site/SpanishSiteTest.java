package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.impactsite.engine.BuildRequest;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteBuilder;
import io.impactsite.testing.Folders;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example initiative built with {@code language: es}: its content stays as written (English), but nothing of
 * the interface is left in English, dates and numbers are written the Spanish way, and the files a program reads
 * (the search index, the data package) speak Spanish too.
 */
class SpanishSiteTest {
    @TempDir
    static Path temp;
    private static Path site;
    /** The text of every page (and of the attributes a reader or a screen reader meets), by page. */
    private static final Map<String, String> TEXT = new TreeMap<>();
    private static String contentText;

    @BeforeAll
    static void build() throws Exception {
        Path content = Folders.copy(ExampleSite.CONTENT, temp.resolve("content"));
        Path yml = content.resolve("initiative.yml");
        String text = Files.readString(yml, StandardCharsets.UTF_8);
        String spanish = text.replace("  language: en\n  locale: en-US\n", "  language: es\n  locale: es-ES\n");
        assertTrue(!spanish.equals(text), "precondition: the example names its language and locale");
        Files.writeString(yml, spanish, StandardCharsets.UTF_8);
        site = temp.resolve("site");
        new SiteBuilder(Reporter.SILENT).build(BuildRequest.of(content, site));
        try (Stream<Path> files = Files.walk(site)) {
            // a past edition (2024/) is kept as it was published, in its own language
            for (Path p : files.filter(f -> f.toString().endsWith(".html") && !site.relativize(f).toString()
                    .matches("\\d{4}/.*")).sorted().toList()) {
                TEXT.put(site.relativize(p).toString(), interfaceText(Jsoup.parse(p.toFile(), "UTF-8")));
            }
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path p : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(yml|md|csv)$")).toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
            }
        }
        contentText = all.toString().replaceAll("\\s+", " ");
    }

    /** The page's words: its text and the attributes people meet (labels, titles, alternatives, descriptions). */
    private static String interfaceText(Document d) {
        StringBuilder out = new StringBuilder(d.text());
        for (Element e : d.getAllElements()) {
            for (Attribute a : e.attributes()) {
                // an address (og:url, og:image) is no word: its path spells the status codes (acceleration-needed)
                if (Set.of("aria-label", "title", "alt", "content", "placeholder", "data-none", "data-one", "data-many")
                        .contains(a.getKey()) && !a.getValue().matches("https?://\\S*")) out.append(" | ").append(a.getValue());
            }
        }
        for (Element svg : d.select("svg title, svg desc")) out.append(" | ").append(svg.text());
        return out.toString().replaceAll("\\s+", " ");
    }

    private static Map<String, String> english() throws Exception {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(SpanishSiteTest.class.getClassLoader()
                .getResourceAsStream("impactsite/theme/strings.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    /** The words of a value between its arguments ("{0} of {1} indicators improving": "of", "indicators improving"). */
    static List<String> fragments(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int depth = 0;
        for (char ch : value.replace("''", "'").toCharArray()) {
            if (ch == '{') depth++;
            if (depth == 0) plain.append(ch);
            else if (plain.length() > 0 && plain.charAt(plain.length() - 1) != '\u0000') plain.append('\u0000');
            if (ch == '}') depth--;
        }
        for (String part : plain.toString().split("\u0000")) {
            String words = part.replaceAll("^[\\s\\p{Punct}\u201c\u201d\u2014\u2013]+|[\\s\\p{Punct}\u201c\u201d\u2014\u2013]+$", "");
            if (words.replaceAll("[^\\p{L}]", "").length() >= 4) out.add(words);
        }
        return out;
    }

    @Test
    void noWordOfTheInterfaceIsLeftInEnglish() throws Exception {
        Map<String, String> es = StringsBundle.spanish();
        Set<String> leftover = new TreeSet<>();
        english().forEach((key, value) -> {
            if (value.equals(es.get(key))) return;   // the same in both languages (StringsBundleTest allows so few)
            for (String words : fragments(value)) {
                if (contentText.contains(words)) continue;   // the content's own English words are not the interface's
                java.util.regex.Pattern whole = java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(words)
                        + "(?![\\p{L}])");
                TEXT.forEach((page, text) -> {
                    if (whole.matcher(text).find()) leftover.add(key + " \u201c" + words + "\u201d on " + page);
                });
            }
        });
        assertEquals(Set.of(), leftover, "English words of the interface in the Spanish site:\n" + String.join("\n", leftover));
        assertTrue(TEXT.size() > 60, "pages: " + TEXT.size());
    }

    @Test
    void theSiteIsInSpanishWithSpanishDatesAndNumbers() throws Exception {
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals("es", home.selectFirst("html").attr("lang"));
        assertEquals("Boletín de indicadores", home.selectFirst("a[href=indicators/index.html]").text());
        assertEquals("es_ES", home.selectFirst("meta[property=og:locale]").attr("content"));
        assertTrue(TEXT.get("partners/index.html").contains("Filantropía"), "the default sectors in Spanish");
        String updates = TEXT.get("updates/index.html");
        assertTrue(updates.matches(".*\\b\\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
                + "|noviembre|diciembre) de \\d{4}.*"), "a date written the Spanish way: " + updates);
        String card = TEXT.get("indicators/index.html");
        assertTrue(card.matches(".*\\b\\d+,\\d%.*"), "a percentage with a decimal comma: " + card);
        assertTrue(!card.matches(".*\\b\\d+\\.\\d%.*"), "no decimal point: " + card);
    }

    @Test
    void theFilesProgramsReadSpeakSpanishToo() throws Exception {
        var json = JsonMapper.builder().build();
        JsonNode index = json.readTree(Files.readString(site.resolve("search.json"), StandardCharsets.UTF_8));
        assertEquals("es", index.path("language").asText());
        Set<String> types = new TreeSet<>();
        index.path("entries").forEach(e -> types.add(e.path("type").asText()));
        assertEquals(Set.of("Indicador", "Meta", "Novedad", "Página", "Sección", "Socio"), types);
        JsonNode pkg = json.readTree(Files.readString(site.resolve("data/datapackage.json"), StandardCharsets.UTF_8));
        List<String> titles = new ArrayList<>();
        pkg.path("resources").forEach(r -> titles.add(r.path("title").asText()));
        assertTrue(titles.contains("Todas las observaciones de todos los indicadores"), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.endsWith("(con el estado calculado)")), titles.toString());
    }

    /** The theme's Spanish bundle, read as the engine reads it. */
    static final class StringsBundle {
        static Map<String, String> spanish() throws Exception {
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(SpanishSiteTest.class.getClassLoader()
                    .getResourceAsStream("impactsite/theme/strings_es.properties"), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> out = new TreeMap<>();
            p.forEach((k, v) -> out.put((String) k, (String) v));
            return out;
        }
    }
}
