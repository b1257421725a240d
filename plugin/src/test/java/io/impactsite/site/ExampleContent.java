package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The example's content as the tests read it themselves (Jackson on the YAML files, a regex for front matter),
 * apart from the engine's loader, and the built pages parsed with jsoup: the pages are checked against the
 * content, not against the code that made them.
 */
final class ExampleContent {
    static final String BASE_URL = "https://example.org/riverbend/";
    static final YAMLMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final Path site;
    private final Path content;
    private final Map<String, Document> pages = new TreeMap<>();

    ExampleContent() throws Exception {
        site = ExampleSite.build();
        content = ExampleSite.CONTENT;
    }

    Path site() {
        return site;
    }

    /** A built page, parsed once; fails when the site has no such page. */
    Document page(String path) {
        return pages.computeIfAbsent(path, p -> {
            Path file = site.resolve(p);
            assertTrue(Files.isRegularFile(file), "the site has no " + p);
            try {
                return Jsoup.parse(file.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    JsonNode yaml(String relative) {
        try {
            return YAML.readTree(content.resolve(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of a content folder's YAML files. */
    List<String> ids(String folder) {
        try (Stream<Path> files = Files.list(content.resolve(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every partner's YAML, by id. */
    Map<String, JsonNode> partners() {
        Map<String, JsonNode> partners = new TreeMap<>();
        ids("partners").forEach(id -> partners.put(id, yaml("partners/" + id + ".yml")));
        return partners;
    }

    List<JsonNode> changes() {
        List<JsonNode> out = new ArrayList<>();
        yaml("changes.yml").forEach(out::add);
        return out;
    }

    /** Every update's front matter, by its file name without .md. */
    Map<String, JsonNode> updates() {
        Map<String, JsonNode> updates = new TreeMap<>();
        try (Stream<Path> files = Files.list(content.resolve("updates"))) {
            for (Path md : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = Pattern.compile("\\A---\\R(.*?)\\R---\\R", Pattern.DOTALL).matcher(Files.readString(md));
                assertTrue(m.find(), "front matter in " + md);
                String name = md.getFileName().toString();
                updates.put(name.substring(0, name.length() - 3), YAML.readTree(m.group(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return updates;
    }

    /** The site's date: its newest update or systems change. */
    LocalDate asOf() {
        LocalDate newest = LocalDate.MIN;
        for (String name : updates().keySet()) {
            LocalDate d = LocalDate.parse(name.substring(0, 10));
            if (d.isAfter(newest)) newest = d;
        }
        for (JsonNode c : changes()) {
            LocalDate d = LocalDate.parse(c.path("date").asText());
            if (d.isAfter(newest)) newest = d;
        }
        return newest;
    }

    /**
     * Sector names by id: initiative.yml's `sectors`, or the defaults the content reference lists ("early-childhood"
     * is "Early childhood").
     */
    Map<String, String> sectorNames() {
        Map<String, String> names = new TreeMap<>();
        JsonNode sectors = yaml("initiative.yml").path("sectors");
        if (sectors.isArray() && sectors.size() > 0) {
            sectors.forEach(s -> names.put(s.path("id").asText(), s.path("name").asText()));
        } else {
            for (String id : List.of("business", "community", "education", "early-childhood", "faith", "government", "health",
                    "higher-education", "nonprofit", "philanthropy")) {
                String words = id.replace('-', ' ');
                names.put(id, Character.toUpperCase(words.charAt(0)) + words.substring(1));
            }
        }
        return names;
    }

    /** A goal's title, from initiative.yml. */
    String goalTitle(String id) {
        for (JsonNode g : yaml("initiative.yml").path("agenda").path("goals")) {
            if (g.path("id").asText().equals(id)) return g.path("title").asText();
        }
        throw new AssertionError("no goal " + id);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Money as the example's locale (en-US) writes it: "$1,200,000", cents only when there are some. */
    static String money(BigDecimal value, String currency) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
        f.setCurrency(Currency.getInstance(currency));
        int digits = value.stripTrailingZeros().scale() <= 0 ? 0 : 2;
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    /** A measure's value as pages write it: "1,450 children", "92%". */
    static String measure(BigDecimal value, String unit) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
        f.setMaximumFractionDigits(6);
        String number = f.format(value);
        return unit.equals("%") ? number + "%" : number + " " + unit;
    }

    static JsonNode require(JsonNode node, String what) {
        assertNotNull(node, what);
        assertTrue(!node.isMissingNode(), what);
        return node;
    }
}
