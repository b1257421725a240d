package io.impactsite.site;

import static io.impactsite.site.ExampleContent.money;
import static io.impactsite.site.ExampleContent.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who does how much, on the example site: each contribution's amount, period and measures on its partner's page;
 * a goal's amounts summed per currency and its measures summed only where label, unit and period agree (and the
 * unit adds up); totals per sector and kind; action networks' pages.
 */
class ActivitiesSiteTest {
    private static ExampleContent example;

    @BeforeAll
    static void build() throws Exception {
        example = new ExampleContent();
    }

    /** A contribution's card on a page, by its title. */
    private static Element card(Document page, String title) {
        return page.select("article.card").stream().filter(a -> a.selectFirst(".card__title").text().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no card \"" + title + "\" on " + page.location()));
    }

    /** The last day an end written as 2023, 2023-06 or 2023-06-30 can mean. */
    private static LocalDate last(String end) {
        if (end.length() == 4) return LocalDate.of(Integer.parseInt(end), 12, 31);
        if (end.length() == 7) return YearMonth.parse(end).atEndOfMonth();
        return LocalDate.parse(end);
    }

    @Test
    void everyContributionShowsItsAmountPeriodAndMeasuresOnItsPartnersPage() {
        List<String> problems = new ArrayList<>();
        LocalDate asOf = example.asOf();
        int amounts = 0;
        int ended = 0;
        int measures = 0;
        for (Map.Entry<String, JsonNode> p : example.partners().entrySet()) {
            Document page = example.page("partners/" + p.getKey() + "/index.html");
            for (JsonNode c : p.getValue().path("contributions")) {
                String title = c.path("title").asText();
                Element card = card(page, title);
                if (c.has("amount")) {
                    amounts++;
                    String expected = money(c.path("amount").decimalValue(), c.path("currency").asText());
                    Element amount = card.selectFirst(".contribution__amount strong");
                    if (amount == null || !amount.text().equals(expected)) problems.add(title + ": amount is not " + expected);
                }
                if (c.has("end") && last(c.path("end").asText()).isBefore(asOf)) {
                    ended++;
                    if (card.selectFirst(".contribution__ended") == null || !card.text().contains("ended")) {
                        problems.add(title + ": ended before " + asOf + " and does not say so");
                    }
                } else if (card.text().contains("ended")) {
                    problems.add(title + ": says it ended");
                }
                for (String question : List.of("howMuch", "howWell", "betterOff")) {
                    for (JsonNode m : c.path(question)) {
                        measures++;
                        String value = ExampleContent.measure(m.path("value").decimalValue(), m.path("unit").asText());
                        boolean shown = card.select(".measures__item").stream().anyMatch(i ->
                                i.selectFirst("dt").text().endsWith(m.path("label").asText())
                                        && i.selectFirst("dd").text().contains(value)
                                        && i.selectFirst("dd").text().contains(m.path("period").asText()));
                        if (!shown) problems.add(title + ": measure " + m.path("label").asText() + " " + value + " not shown");
                    }
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
        assertTrue(amounts >= 8 && ended >= 2 && measures >= 20, amounts + " amounts, " + ended + " ended, " + measures + " measures");
    }

    @Test
    void programAndProgrammeAreOneKind() {
        Element card = card(example.page("partners/eastside-neighbors-united/index.html"), "Walking school bus");
        assertTrue(card.selectFirst(".meta").text().contains("Programme"), "kind: program reads as a programme");
    }

    /** The measures of a goal's contributions, grouped as the docs say: question, label, unit and period. */
    /** Whether a contribution as written serves the goal: `goal: x` or `goal: [x, y]`. */
    private static boolean serves(JsonNode contribution, String goal) {
        JsonNode g = contribution.path("goal");
        if (!g.isArray()) return g.asText().equals(goal);
        for (JsonNode x : g) if (x.asText().equals(goal)) return true;
        return false;
    }

    /** A goal's measures as the content writes them, "question|label|unit|period|shared id" (label, unit of a shared one from initiative.yml). */
    private static Map<String, List<BigDecimal>> measuresOf(String goal) {
        Map<String, JsonNode> shared = new LinkedHashMap<>();
        example.yaml("initiative.yml").path("measures").forEach(m -> shared.put(m.path("id").asText(), m));
        Map<String, List<BigDecimal>> groups = new LinkedHashMap<>();
        for (JsonNode partner : example.partners().values()) {
            for (JsonNode c : partner.path("contributions")) {
                if (!serves(c, goal)) continue;
                for (String question : List.of("howMuch", "howWell", "betterOff")) {
                    for (JsonNode m : c.path(question)) {
                        JsonNode named = m.has("measure") ? shared.get(m.path("measure").asText()) : m;
                        groups.computeIfAbsent(String.join("|", question, named.path("label").asText(), named.path("unit").asText(),
                                m.path("period").asText(), m.path("measure").asText()), k -> new ArrayList<>())
                                .add(m.path("value").decimalValue());
                    }
                }
            }
        }
        return groups;
    }

    @Test
    void aGoalSumsOnlyASharedMeasureForOnePeriodWhoseUnitAddsUp() {
        List<String> problems = new ArrayList<>();
        int summed = 0;
        int notSummed = 0;
        int notShared = 0;
        for (String goal : goalIds()) {
            Map<String, List<BigDecimal>> groups = measuresOf(goal);
            Document page = example.page("goals/" + goal + "/index.html");
            List<Element> rows = page.select(".measure-table tbody tr");
            if (rows.size() != groups.size()) problems.add(goal + ": " + rows.size() + " rows for " + groups.size() + " measures");
            for (Map.Entry<String, List<BigDecimal>> g : groups.entrySet()) {
                String[] key = g.getKey().split("\\|", -1);
                Element row = rows.stream().filter(r -> r.selectFirst("th").text().contains(key[1])
                        && r.selectFirst("th .meta").text().equals(key[2] + " \u00b7 " + key[3])).findFirst().orElse(null);
                if (row == null) {
                    problems.add(goal + ": no row for " + g.getKey());
                    continue;
                }
                String total = row.selectFirst("td.num").child(0).text();
                boolean percent = key[2].equals("%");
                if (g.getValue().size() > 1 && key[4].isEmpty() && !percent) {
                    notShared++;
                    if (!total.equals("\u2013")) problems.add(goal + ": " + key[1] + " partners' own measures summed: " + total);
                    if (!row.text().contains("each partner defines")) problems.add(goal + ": " + key[1] + " does not say why not");
                } else if (g.getValue().size() > 1 && !percent) {
                    summed++;
                    BigDecimal sum = g.getValue().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    if (!total.equals(ExampleContent.measure(sum, key[2]))) problems.add(goal + ": " + key[1] + " total " + total);
                    if (!row.text().contains("one shared measure")) problems.add(goal + ": " + key[1] + " does not say why");
                } else if (g.getValue().size() > 1) {
                    notSummed++;
                    if (!total.equals("\u2013")) problems.add(goal + ": " + key[1] + " percentages summed: " + total);
                    if (!row.text().contains("cannot be added")) problems.add(goal + ": " + key[1] + " does not say why not");
                }
                if (row.select(".measure-table__reports li").size() != g.getValue().size()) {
                    problems.add(goal + ": " + key[1] + " does not list every partner's value");
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
        assertTrue(summed >= 1 && notShared >= 1 && notSummed >= 1, summed + " summed, " + notShared + " not declared shared, "
                + notSummed + " percentages");
    }

    private static List<String> goalIds() {
        List<String> ids = new ArrayList<>();
        example.yaml("initiative.yml").path("agenda").path("goals").forEach(g -> ids.add(g.path("id").asText()));
        return ids;
    }

    /** Worked out by hand from the partners' files. */
    @Test
    void kindergartenReadinessMeasuresByHand() {
        Document page = example.page("goals/kindergarten-ready/index.html");
        Map<String, String> totals = new TreeMap<>();
        for (Element row : page.select(".measure-table tbody tr")) {
            totals.merge(row.selectFirst("th").ownText() + " [" + row.selectFirst("th .meta").text() + "]",
                    row.selectFirst("td.num").child(0).text(), (a, b) -> a + " AND " + b);
        }
        // 1,240 (health center) + 210 (child care network) children screened
        assertEquals("1,450 children", totals.get("How much: Children screened for developmental delays [children · 2024]"));
        // 486 (Head Start) and 132 (child care network): each partner's own measure, so never 618
        assertEquals("\u2013", totals.get("How much: Children with a kindergarten transition visit [children · 2024]"));
        // 88% and 92%: never 180%
        assertEquals("\u2013", totals.get("How well: Children screened for developmental delays on time [% · 2024]"));
        // one label, two units: two measures, each as reported
        assertEquals("310 children", totals.get("Better off: Referred children now receiving services [children · 2024]"));
        assertEquals("64%", totals.get("Better off: Referred children now receiving services [% · 2024]"));
    }

    @Test
    void aGoalsAmountsAreSummedPerCurrency() {
        List<String> problems = new ArrayList<>();
        for (String goal : goalIds()) {
            Map<String, BigDecimal> sums = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, Integer> shared = new TreeMap<>();
            for (JsonNode partner : example.partners().values()) {
                for (JsonNode c : partner.path("contributions")) {
                    if (!serves(c, goal) || !c.has("amount")) continue;
                    sums.merge(c.path("currency").asText(), c.path("amount").decimalValue(), BigDecimal::add);
                    counts.merge(c.path("currency").asText(), 1, Integer::sum);
                    shared.merge(c.path("currency").asText(), c.path("goal").size() > 1 ? 1 : 0, Integer::sum);
                }
            }
            List<String> shown = example.page("goals/" + goal + "/index.html").select("ul.amounts li").eachText();
            List<String> expected = new ArrayList<>();
            sums.forEach((currency, sum) -> {
                int n = counts.get(currency);
                int s = shared.get(currency);
                expected.add(money(sum, currency) + " " + currency + " from " + n + (n == 1 ? " contribution" : " contributions")
                        + (s == 0 ? "" : s == n ? (n == 1 ? ", which also serves" : ", all of which also serve")
                        + " other goals and count" + (n == 1 ? "s" : "") + " in full under each"
                        : ", " + s + " of which also serve" + (s == 1 ? "s" : "") + " other goals and count" + (s == 1 ? "s" : "")
                        + " in full under each"));
            });
            if (!shown.equals(expected)) problems.add(goal + ": " + shown + " instead of " + expected);
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
        // by hand: 1,200,000 + 3,600,000 + 17,400,000 + 38,000
        assertEquals(List.of("$22,238,000 USD from 4 contributions"),
                example.page("goals/kindergarten-ready/index.html").select("ul.amounts li").eachText());
    }

    @Test
    void theFlowsSayHowManyContributionsThereAreWhenOneServesSeveralGoalsOrTheWholeInitiative() {
        int contributions = 0;
        int shared = 0;
        int whole = 0;
        for (JsonNode partner : example.partners().values()) {
            for (JsonNode c : partner.path("contributions")) {
                contributions++;
                if (c.path("goal").size() > 1) shared++;
                if (c.path("goal").asText().equals("initiative")) whole++;
            }
        }
        assertTrue(shared >= 1 && whole >= 1, "the example has both");
        Document page = example.page("activities/index.html");
        String sentence = page.getElementById("chart-flows").closest("figure").text();
        assertTrue(sentence.contains(contributions + " contributions flow from"), sentence);
        assertTrue(sentence.contains(shared + " of them serves several goals and counts under each, so the flows add up to "
                + (contributions + shared) + "."), sentence);
        assertTrue(sentence.contains(whole + " serves the whole initiative"), sentence);
        int rows = page.select("table").stream().filter(t -> t.selectFirst("caption").text().equals("Contributions by sector and goal"))
                .findFirst().orElseThrow().select("tbody tr").stream()
                .mapToInt(r -> Integer.parseInt(r.select("td").last().text())).sum();
        assertEquals(contributions + shared, rows, "the table's flows");
    }

    @Test
    void theActivitiesPageTotalsAmountsPerSectorAndKindInTheirCurrency() {
        Document page = example.page("activities/index.html");
        Element section = page.getElementById("amounts").closest("section");
        Map<String, BigDecimal> bySector = new TreeMap<>();
        Map<String, String> sectorNames = example.sectorNames();
        for (JsonNode partner : example.partners().values()) {
            for (JsonNode c : partner.path("contributions")) {
                if (c.has("amount")) bySector.merge(partner.path("sector").asText(), c.path("amount").decimalValue(), BigDecimal::add);
            }
        }
        Element table = section.select("table").first();
        Map<String, String> rows = new TreeMap<>();
        table.select("tbody tr").forEach(r -> rows.put(r.selectFirst("th").text() + " " + r.select("td").get(0).text(),
                r.select("td").get(1).text()));
        Map<String, String> expected = new TreeMap<>();
        bySector.forEach((sector, sum) -> expected.put(sectorNames.getOrDefault(sector, sector) + " USD", money(sum, "USD")));
        assertEquals(expected, rows);
        assertTrue(section.text().contains("only within one currency"), "the page says how amounts are added up");
        assertEquals(2, section.select("table").size(), "by sector and by kind");
    }

    @Test
    void everyNetworkHasItsPageWithMembersTheirSectorsGoalsContributionsAndChanges() {
        Map<String, String> sectorNames = example.sectorNames();
        for (String id : example.ids("networks")) {
            JsonNode network = example.yaml("networks/" + id + ".yml");
            Document page = example.page("networks/" + id + "/index.html");
            assertEquals(network.path("name").asText(), page.selectFirst("h1").text());
            Map<String, String> members = new TreeMap<>();
            page.select("table tbody tr").forEach(r -> members.put(r.selectFirst("th a").text(), r.selectFirst("td").text()));
            Map<String, String> expected = new TreeMap<>();
            example.partners().forEach((pid, p) -> {
                if (texts(p.path("networks")).contains(id) || pid.equals(network.path("convener").asText())) {
                    expected.put(p.path("name").asText(), sectorNames.get(p.path("sector").asText()));
                }
            });
            assertEquals(expected, members, id + ": members and their sectors");
            for (String goal : texts(network.path("goals"))) {
                assertFalse(page.select(".network__facts a[href$=goals/" + goal + "/index.html]").isEmpty(), id + " serves " + goal);
            }
            assertFalse(page.select("article.card").isEmpty(), id + ": its members' contributions");
            assertFalse(page.select("#network-changes").isEmpty(), id + ": its members' systems changes");
            assertNotNull(example.page("activities/index.html").selectFirst("a[href$=networks/" + id + "/index.html]"),
                    "the activities page links to " + id);
            example.partners().forEach((pid, p) -> {
                if (texts(p.path("networks")).contains(id)) {
                    assertNotNull(example.page("partners/" + pid + "/index.html").selectFirst("a[href$=networks/" + id + "/index.html]"),
                            pid + " links to its network " + id);
                }
            });
        }
    }
}
