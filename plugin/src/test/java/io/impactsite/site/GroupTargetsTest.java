package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The example's equity targets (kindergarten readiness: 60% by 2030 for Black and for Hispanic or Latino
 * children, 65% for the indicator): each group's row shows the target its status is measured against, and the
 * JSON download lists the groups' targets with their dimension and group.
 */
class GroupTargetsTest {

    @Test
    void eachGroupShowsTheTargetItsStatusIsMeasuredAgainst() throws Exception {
        Element table = ExampleSite.page("indicators/kindergarten-readiness/index.html")
                .select("table").stream().filter(t -> t.selectFirst("caption").text().startsWith("By group")).findFirst()
                .orElseThrow();
        assertEquals("Target", table.select("thead th").get(2).text());
        Map<String, String> targets = new LinkedHashMap<>();
        table.select("tbody tr").forEach(r -> targets.put(r.selectFirst("th").text(), r.select("td").get(1).text()));
        assertEquals("60.0% 2030", targets.get("Race: Black"));
        assertEquals("60.0% 2030", targets.get("Race: Hispanic or Latino"));
        assertEquals("65.0% 2030", targets.get("Race: White"), "the indicator's target");
    }

    @Test
    void theGapSentenceSaysWhereTheGapIsHeadingAgainstItsTarget() throws Exception {
        // White 52.4 (2016) -> 58.3 (2024), Hispanic or Latino 29.8 -> 43.5, each at its pace to 2030: 63.16 and 57.77
        String sentences = ExampleSite.page("indicators/kindergarten-readiness/index.html").text();
        assertTrue(sentences.contains("By race, the gap between White (best) and Hispanic or Latino (worst) was 14.8 percentage "
                + "points in 2024; it narrowed by 7.8 percentage points since 2016. At this pace, it will be 5.4 percentage "
                + "points in 2030, against a target of 5.0 percentage points."), sentences);
    }

    @Test
    void theJsonListsTheGroupsTargets() throws Exception {
        JsonNode json = ExampleContent.JSON.readTree(Files.readString(ExampleSite.build().resolve("data/kindergarten-readiness.json")));
        JsonNode targets = json.path("targets");
        assertEquals(4, targets.size(), "the indicator's, two groups', the gap's");
        assertEquals("race", targets.path(3).path("dimension").asText());
        assertTrue(targets.path(3).path("group").isMissingNode(), "the gap's target names a dimension only");
        assertTrue(targets.path(0).path("group").isMissingNode(), "the indicator's own target names no group");
        assertEquals("race", targets.path(1).path("dimension").asText());
        assertEquals("Black", targets.path(1).path("group").asText());
        assertEquals(0, targets.path(1).path("value").decimalValue().compareTo(new java.math.BigDecimal("60")));
    }
}
