package io.impactsite.site;

import static io.impactsite.site.ExampleContent.BASE_URL;
import static io.impactsite.site.ExampleContent.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import io.impactsite.testing.FeedChecker;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Continuous communication on the example site: an Atom feed per goal and indicator (valid by RFC 4287's MUSTs,
 * read with Rome, linked from its page's head), updates that link the goals and indicators they name, and the
 * page of every tag.
 */
class FeedsSiteTest {
    private static ExampleContent example;

    @BeforeAll
    static void build() throws Exception {
        example = new ExampleContent();
    }

    private static Feed read(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file)) {
            return (Feed) new WireFeedInput().build(r);
        }
    }

    /** The titles a feed should have: the updates and changes that name the page's subject (a goal: or its indicators). */
    private static Set<String> expectedTitles(String kind, String id, Set<String> indicators) {
        Set<String> titles = new TreeSet<>();
        example.updates().values().forEach(u -> {
            boolean named = kind.equals("goals") ? texts(u.path("goals")).contains(id)
                    || texts(u.path("indicators")).stream().anyMatch(indicators::contains)
                    : texts(u.path("indicators")).contains(id);
            if (named) titles.add(u.path("title").asText());
        });
        for (JsonNode c : example.changes()) {
            boolean named = kind.equals("goals") ? texts(c.path("goals")).contains(id)
                    || texts(c.path("indicators")).stream().anyMatch(indicators::contains)
                    : texts(c.path("indicators")).contains(id);
            if (named) titles.add("Systems change: " + c.path("title").asText());
        }
        return titles;
    }

    @Test
    void everyGoalAndIndicatorHasAValidFeedOfWhatIsSaidAboutItLinkedFromItsPage() throws Exception {
        Map<String, Set<String>> indicatorsOfGoal = new TreeMap<>();
        for (String i : example.ids("indicators")) {
            indicatorsOfGoal.computeIfAbsent(example.yaml("indicators/" + i + ".yml").path("goal").asText(), k -> new TreeSet<>()).add(i);
        }
        List<String> problems = new ArrayList<>();
        int feeds = 0;
        int entries = 0;
        for (String kind : List.of("goals", "indicators")) {
            List<String> ids = new ArrayList<>();
            if (kind.equals("goals")) example.yaml("initiative.yml").path("agenda").path("goals").forEach(g -> ids.add(g.path("id").asText()));
            else ids.addAll(example.ids("indicators"));
            for (String id : ids) {
                String where = kind + "/" + id;
                Path file = example.site().resolve(kind + "/" + id + "/feed.xml");
                if (!Files.isRegularFile(file)) {
                    problems.add(where + ": no feed.xml");
                    continue;
                }
                feeds++;
                FeedChecker.check(file, BASE_URL).forEach(p -> problems.add(where + "/feed.xml: " + p));
                Feed feed = read(file);
                Set<String> titles = new TreeSet<>(feed.getEntries().stream().map(Entry::getTitle).toList());
                Set<String> expected = expectedTitles(kind, id, indicatorsOfGoal.getOrDefault(id, Set.of()));
                if (!titles.equals(expected)) problems.add(where + ": entries " + titles + " instead of " + expected);
                entries += feed.getEntries().size();
                for (Entry e : feed.getEntries()) {
                    String href = e.getAlternateLinks().get(0).getHref();
                    String path = href.substring(BASE_URL.length()).replaceFirst("#.*", "");
                    Path target = example.site().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
                    if (!href.startsWith(BASE_URL) || !Files.isRegularFile(target)) problems.add(where + ": entry links to " + href);
                }
                List<String> updated = feed.getEntries().stream().map(e -> e.getUpdated().toInstant().toString()).toList();
                if (!updated.equals(updated.stream().sorted(java.util.Comparator.reverseOrder()).toList())) {
                    problems.add(where + ": entries are not newest first");
                }
                Document page = example.page(kind + "/" + id + "/index.html");
                String feedHref = "../../" + kind + "/" + id + "/feed.xml";
                Element head = page.selectFirst("head link[rel=alternate][type=application/atom+xml][href=" + feedHref + "]");
                if (head == null) problems.add(where + ": the page's head does not link its feed");
                else if (!head.attr("title").contains(page.selectFirst("h1").text())) problems.add(where + ": feed link title");
                if (page.selectFirst("main a.feed-link[href=" + feedHref + "]") == null) problems.add(where + ": no visible feed link");
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
        assertEquals(5 + example.ids("indicators").size(), feeds);
        assertTrue(entries >= 20, "entries in the feeds: " + entries);
    }

    @Test
    void pagesWithoutAFeedOfTheirOwnLinkOnlyTheSitesFeed() {
        Document partners = example.page("partners/index.html");
        assertEquals(1, partners.select("head link[rel=alternate][type=application/atom+xml]").size());
    }

    @Test
    void anUpdateLinksTheGoalsAndIndicatorsItNames() {
        List<String> problems = new ArrayList<>();
        example.updates().forEach((name, fm) -> {
            String slug = name.substring(11);
            Element about = example.page("updates/" + slug + "/index.html").selectFirst(".update__about");
            List<String> named = new ArrayList<>();
            texts(fm.path("goals")).forEach(g -> named.add("goals/" + g + "/index.html"));
            texts(fm.path("indicators")).forEach(i -> named.add("indicators/" + i + "/index.html"));
            if (named.isEmpty()) return;
            if (about == null) {
                problems.add(slug + ": names " + named + " but links none");
                return;
            }
            named.forEach(n -> {
                if (about.select("a[href$=" + n + "]").isEmpty()) problems.add(slug + ": no link to " + n);
            });
            if (about.select("a").size() != named.size()) problems.add(slug + ": links more than it names");
        });
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void theTagsPageListsEveryTagWithItsCount() {
        Map<String, Integer> counts = new TreeMap<>();
        example.updates().values().forEach(fm -> texts(fm.path("tags")).forEach(t -> counts.merge(t, 1, Integer::sum)));
        Document page = example.page("updates/tags/index.html");
        Map<String, String> shown = new TreeMap<>();
        for (Element li : page.select("ul.tag-counts li")) {
            Element a = li.selectFirst("a");
            assertTrue(a.attr("href").endsWith(a.text() + "/index.html"), "links to the tag's page: " + a.attr("href"));
            shown.put(a.text(), li.selectFirst(".meta").text());
        }
        Map<String, String> expected = new TreeMap<>();
        counts.forEach((t, n) -> expected.put(t, n == 1 ? "1 update" : n + " updates"));
        assertEquals(expected, shown);
        assertNotNull(example.page("updates/index.html").selectFirst("a[href$=updates/tags/index.html]"),
                "the updates page links to every topic");
        assertEquals("Topics", example.page("updates/tags/data/index.html").select("nav.breadcrumbs a").last().text(),
                "a tag's page is under the page of every tag");
    }
}
