package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example site's search index (search.json, built at build time) and the search page's list of everything:
 * every goal, indicator, partner, update and page, with addresses that resolve; the header's link to the search
 * on every page; and a search page that, without script, is a list rather than a dead end.
 */
class SearchIndexTest {
    private static Path site;
    /** Entries of search.json by address. */
    private static final Map<String, JsonNode> ENTRIES = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws Exception {
        site = ExampleSite.build();
        JsonNode index = JsonMapper.builder().build().readTree(Files.readString(site.resolve("search.json"), StandardCharsets.UTF_8));
        assertEquals("en", index.path("language").asText());
        for (JsonNode e : index.path("entries")) {
            JsonNode earlier = ENTRIES.put(e.path("href").asText(), e);
            assertEquals(null, earlier, "two entries for " + e.path("href").asText());
        }
    }

    private static Set<String> ids(String folder, String ext) throws Exception {
        try (Stream<Path> files = Files.list(ExampleSite.CONTENT.resolve(folder))) {
            return new TreeSet<>(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(ext))
                    .map(n -> n.substring(0, n.length() - ext.length())).toList());
        }
    }

    private static JsonNode entry(String href) {
        JsonNode e = ENTRIES.get(href);
        assertNotNull(e, "no entry for " + href + " in " + ENTRIES.keySet());
        return e;
    }

    @Test
    void theIndexHoldsEveryGoalIndicatorPartnerUpdateAndPage() throws Exception {
        for (String id : ids("indicators", ".yml")) {
            JsonNode e = entry("indicators/" + id + "/index.html");
            assertEquals("indicator", e.path("kind").asText());
            assertEquals("Indicator", e.path("type").asText());
        }
        for (String id : ids("partners", ".yml")) assertEquals("partner", entry("partners/" + id + "/index.html").path("kind").asText());
        for (String file : ids("updates", ".md")) {
            String slug = file.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "");
            assertEquals("update", entry("updates/" + slug + "/index.html").path("kind").asText());
        }
        for (String slug : ids("pages", ".md")) {
            if (slug.equals("about") || slug.equals("methodology")) continue;   // introductions of generated pages
            assertEquals("page", entry(slug + "/index.html").path("kind").asText());
        }
        assertEquals(5, ENTRIES.values().stream().filter(e -> e.path("kind").asText().equals("goal")).count());
        for (String section : List.of("agenda/", "indicators/", "partners/", "updates/", "data/", "about/", "methodology/")) {
            assertEquals("section", entry(section + "index.html").path("kind").asText(), section);
        }
        assertFalse(ENTRIES.containsKey("index.html"), "the home page is where every search starts, not a result");
        assertTrue(ENTRIES.keySet().stream().noneMatch(h -> h.contains("/status/") || h.contains("/tags/") || h.contains("/page/")),
                "lists by status, topic or page number are not results: " + ENTRIES.keySet());
    }

    @Test
    void everyEntryHasWordsToFindItByAndAnAddressThatResolves() {
        List<String> problems = new ArrayList<>();
        ENTRIES.forEach((href, e) -> {
            if (!Files.isRegularFile(site.resolve(href))) problems.add(href + ": no such page");
            if (e.path("title").asText().isBlank()) problems.add(href + ": no title");
        });
        assertEquals(List.of(), problems);
        JsonNode readiness = entry("indicators/kindergarten-readiness/index.html");
        assertEquals("Kindergarten readiness", readiness.path("title").asText());
        assertTrue(readiness.path("text").asText().contains("Every child enters kindergarten ready to learn"), "its goal");
        JsonNode foundation = entry("partners/harmon-family-foundation/index.html");
        assertTrue(foundation.path("text").asText().contains("Philanthropy"), "its sector: " + foundation);
    }

    @Test
    void withoutScriptTheSearchPageListsEverythingTheSearchWouldFind() throws Exception {
        Document d = Jsoup.parse(site.resolve("search/index.html").toFile(), "UTF-8");
        Element form = d.selectFirst("form[role=search]");
        assertTrue(form.hasAttr("hidden"), "the form shows only once its script runs");
        List<String> listed = d.select("[data-search-all] li > a").eachAttr("href").stream()
                .map(h -> h.substring("../".length())).toList();
        assertEquals(new ArrayList<>(ENTRIES.keySet()).stream().sorted().toList(), listed.stream().sorted().toList());
        assertEquals(List.of("../theme/search.js"), d.select("script[src]").eachAttr("src"));
        assertNotNull(d.selectFirst("[role=status]"), "a live region for the count of results");
        assertTrue(d.select("a.site-search-link").isEmpty(), "no link to the page it is on");
    }

    @Test
    void everyOtherPageLinksToTheSearch() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String page = site.relativize(p).toString().replace('\\', '/');
                if (page.matches("(\\d{4}/)?search/index\\.html")) continue;
                if (page.contains("/embed/")) continue;   // a chart alone, for another site's iframe: no header
                // a past edition's pages link its own search, one folder deeper
                String edition = page.matches("\\d{4}/.*") ? "" : null;
                Document d = Jsoup.parse(p.toFile(), "UTF-8");
                Element link = d.selectFirst("header a.site-search-link");
                String inside = edition == null ? page : page.substring(5);
                String root = inside.equals("404.html") ? "" : "../".repeat((int) inside.chars().filter(ch -> ch == '/').count());
                if (link == null || !link.attr("href").equals(root + "search/index.html")) {
                    problems.add(page + ": " + (link == null ? "no search link" : link.attr("href")));
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
