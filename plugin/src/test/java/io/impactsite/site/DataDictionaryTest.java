package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * An indicator's data dictionary as the example writes it (kindergarten readiness): under "Definition" on its
 * page, in its JSON download, and absent where an indicator has none.
 */
class DataDictionaryTest {

    @Test
    void thePageShowsTheDictionaryUnderItsDefinition() throws Exception {
        Document page = ExampleSite.page("indicators/kindergarten-readiness/index.html");
        Element about = page.getElementById("about-indicator").parent();
        Map<String, String> terms = new LinkedHashMap<>();
        about.select("dl").first().select("dt").forEach(dt -> terms.put(dt.text(), dt.nextElementSibling().text()));
        assertEquals("Riverbend Public Schools, Office of Assessment and Accountability", terms.get("Data steward"));
        assertEquals("February 14, 2025", terms.get("Last updated"));
        assertEquals("February 2026", terms.get("Next release"));
        assertEquals("Groups with fewer than 20 children assessed are not reported, so that no child can be recognised.",
                terms.get("Values not shown"));
        Element breaks = page.getElementById("breaks");
        assertNotNull(breaks, "the comparability breaks");
        assertEquals("2022", breaks.nextElementSibling().selectFirst("dt").text());
    }

    @Test
    void theJsonCarriesItAndAnIndicatorWithoutOneHasNone() throws Exception {
        JsonNode json = ExampleContent.JSON.readTree(Files.readString(ExampleSite.build().resolve("data/kindergarten-readiness.json")));
        JsonNode d = json.path("dictionary");
        assertEquals("2025-02-14", d.path("updated").asText());
        assertEquals("2026-02", d.path("nextRelease").asText());
        assertEquals("2022", d.path("breaks").path(0).path("period").asText());
        JsonNode other = ExampleContent.JSON.readTree(Files.readString(ExampleSite.build().resolve("data/child-care-capacity.json")));
        assertNull(other.get("dictionary"), "no empty dictionary where none is written");
        assertNull(ExampleSite.page("indicators/child-care-capacity/index.html").getElementById("breaks"));
    }
}
