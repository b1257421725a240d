package io.impactsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On the example site, counts add up from one page to the next, and every number says its unit. */
class NumbersAgreeTest {
    private static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = ExampleSite.build();
    }

    private static Document page(String path) throws Exception {
        return ExampleSite.page(path);
    }

    /** "4 indicators" on a goal's card is the sum of its badges: the planned one has a badge too. */
    @Test
    void aGoalCardsIndicatorCountIsTheSumOfItsBadges() throws Exception {
        for (String path : List.of("index.html", "goals/index.html")) {
            List<Element> cards = page(path).select("article.card:has(.status-summary)");
            assertEquals(5, cards.size(), path);
            for (Element card : cards) {
                int said = Integer.parseInt(card.selectFirst(".card__footer .meta").text().replaceAll("\\D.*", ""));
                int badges = card.select(".status-summary__count").stream().mapToInt(e -> Integer.parseInt(e.text())).sum();
                assertEquals(said, badges, path + ": " + card.selectFirst(".card__title").text());
            }
        }
        Element early = page("goals/index.html").select("article.card").stream()
                .filter(c -> c.text().contains("kindergarten ready")).findFirst().orElseThrow();
        assertTrue(early.select(".status-summary").text().contains("Planned 1"), early.text());
    }

    /** The headline's "of 13" and the indicators not reported yet are the report card's 14 rows. */
    @Test
    void theHeadlineAccountsForEveryRowOfTheReportCard() throws Exception {
        Document card = page("indicators/index.html");
        String headline = card.selectFirst(".headline").text();
        Matcher of = Pattern.compile("of (\\d+) on track").matcher(headline);
        Matcher more = Pattern.compile("(\\d+) more indicators? not reported yet").matcher(headline);
        assertTrue(of.find() && more.find(), headline);
        int rows = card.select(".report__row").size();
        assertEquals(ExampleSite.indicatorCount(), rows);
        assertEquals(rows, Integer.parseInt(of.group(1)) + Integer.parseInt(more.group(1)), headline);
        assertEquals(headline, page("index.html").selectFirst(".headline").text(), "the home page says the same");
    }

    /** A number that is not a percentage or an amount says what it counts, in sentences and on the report card. */
    @Test
    void numbersSayTheirUnitInSentencesAndOnTheReportCard() throws Exception {
        String sentences = page("indicators/child-care-capacity/index.html").select(".chart__summary, figcaption, p").text();
        assertTrue(sentences.contains("rose from 31.2 places per 100 children under 5 in 2018 to 35.6 places per 100 children"
                + " under 5 in 2024"), sentences);
        Element row = page("indicators/index.html").select(".report__row").stream()
                .filter(r -> r.text().contains("Child care capacity")).findFirst().orElseThrow();
        assertEquals("places per 100 children under 5", row.selectFirst(".report__unit").ownText());
        Element percent = page("indicators/index.html").select(".report__row").stream()
                .filter(r -> r.text().contains("Kindergarten readiness")).findFirst().orElseThrow();
        assertEquals(null, percent.selectFirst(".report__unit"), "51.8% says its unit itself");
    }

    /** Open SDG's "Units" column ("Percentage") names a series in the data, never in what a reader reads. */
    @Test
    void anOpenSdgUnitNeverLeaksIntoProse() throws Exception {
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(p.toFile(), "UTF-8");
                d.select("table, select, option, script").remove(); // the data's own headings and choices
                String text = d.text() + " " + d.select("[aria-label], meta[content], iframe[title]").eachAttr("aria-label")
                        + d.select("meta[content]").eachAttr("content") + d.select("iframe[title]").eachAttr("title");
                if (text.contains("(Percentage)")) leaks.add(site.relativize(p).toString());
            }
        }
        assertEquals(List.of(), leaks);
        String prek = page("indicators/prek-participation/index.html").text();
        assertTrue(prek.contains("Pre-kindergarten participation rose from 58.0% in 2016 to 79.5% in 2024"), prek);
    }
}
