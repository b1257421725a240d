package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.engine.BuildRequest;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteBuilder;
import io.impactsite.testing.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built pages of a small site made to tempt a wrong sum: amounts in dollars, euros and Canadian dollars, one
 * measure under one label in two units, percentages from two partners, a measure alike in two partners' words but not
 * declared shared. Every figure below is worked out by hand.
 */
class HowMuchPagesTest {
    private static Path site;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        Path content = Folders.copy(Path.of("src/test/resources/fixtures/minimal"), dir.resolve("content"));
        Files.writeString(content.resolve("initiative.yml"), Files.readString(content.resolve("initiative.yml")) + """
                measures:
                  - {id: children-reached, label: Children reached, unit: children, definition: Each child once a year.}
                  - {id: families-satisfied, label: Families satisfied, unit: "%"}
                """);
        Files.writeString(content.resolve("partners/lakeside-library.yml"), """
                name: Lakeside Library
                sector: education
                contributions:
                  - goal: reading
                    title: Book bags
                    kind: in-kind
                    amount: 12000
                    currency: USD
                    howMuch:
                      - {measure: children-reached, value: 300, period: "2024"}
                      - {label: Books lent, value: 50, unit: books, period: "2024"}
                    howWell:
                      - {measure: families-satisfied, value: 90, period: "2024"}
                  - goal: reading
                    title: Reading grants
                    kind: funding
                    amount: 2500.50
                    currency: USD
                """);
        Files.writeString(content.resolve("partners/lakeside-fund.yml"), """
                name: Lakeside Fund
                sector: philanthropy
                contributions:
                  - goal: reading
                    title: European grant
                    kind: funding
                    amount: 40000
                    currency: EUR
                    howMuch:
                      - {measure: children-reached, value: 120, period: "2024"}
                      - {label: Books lent, value: 70, unit: books, period: "2024"}
                      - {label: Children reached, value: 15, unit: classrooms, period: "2024"}
                      - {measure: children-reached, value: 80, period: "2023"}
                    howWell:
                      - {measure: families-satisfied, value: 70, period: "2024"}
                  - goal: reading
                    title: Canadian grant
                    kind: funding
                    amount: 8000
                    currency: CAD
                """);
        new SiteBuilder(Reporter.SILENT).build(BuildRequest.of(content, dir.resolve("site")));
        site = dir.resolve("site");
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void aGoalsAmountsAreSummedWithinEachCurrencyAndNeverAcross() throws IOException {
        assertEquals(List.of("CA$8,000 CAD from 1 contribution", "€40,000 EUR from 1 contribution",
                        "$14,500.50 USD from 2 contributions"),
                page("goals/reading/index.html").select("ul.amounts li").eachText(), "12,000 + 2,500.50 dollars; euros apart");
    }

    @Test
    void aMeasureIsSummedOnlyWhenItIsOneSharedMeasureForOnePeriod() throws IOException {
        Map<String, String> totals = new TreeMap<>();
        for (Element row : page("goals/reading/index.html").select(".measure-table tbody tr")) {
            totals.put(row.selectFirst("th").ownText() + " [" + row.selectFirst("th .meta").text() + "]",
                    row.selectFirst("td.num").child(0).text() + " / " + row.selectFirst("td.num .note").text());
        }
        assertEquals(Map.of(
                "How much: Children reached [children · 2024]",
                "420 children / Summed across 2 contributions: one shared measure, counted the same way, for the same period.",
                "How much: Books lent [books · 2024]", "– / Not summed: each partner defines this measure its own way.",
                "How much: Children reached [classrooms · 2024]", "15 classrooms / Reported by one contribution.",
                "How much: Children reached [children · 2023]", "80 children / Reported by one contribution.",
                "How well: Families satisfied [% · 2024]", "– / Not summed: percentages and rates cannot be added."), totals);
        assertTrue(page("goals/reading/index.html").select(".measure-table tbody tr th").first().text()
                .contains("Each child once a year."), "a shared measure says what it counts");
    }

    @Test
    void theActivitiesPageHasARowPerSectorAndCurrency() throws IOException {
        Document page = page("activities/index.html");
        List<Element> tables = page.getElementById("amounts").closest("section").select("table");
        assertEquals(List.of("Education USD $14,500.50 2", "Philanthropy CAD CA$8,000 1", "Philanthropy EUR €40,000 1"),
                tables.get(0).select("tbody tr").eachText());
        assertEquals(List.of("Funding CAD CA$8,000 1", "Funding EUR €40,000 1", "Funding USD $2,500.50 1",
                "In-kind support USD $12,000 1"), tables.get(1).select("tbody tr").eachText());
    }

    @Test
    void noTotalAnywhereAddsTwoCurrencies() throws IOException {
        for (String path : List.of("goals/reading/index.html", "activities/index.html", "partners/lakeside-fund/index.html")) {
            String text = page(path).text();
            assertFalse(text.contains("48,000") || text.contains("54,500") || text.contains("62,500"), path);
        }
        assertTrue(page("partners/lakeside-fund/index.html").text().contains("€40,000"));
    }
}
