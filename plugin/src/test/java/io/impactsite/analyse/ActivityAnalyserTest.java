package io.impactsite.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.load.ContentLoader;
import io.impactsite.model.Contribution;
import io.impactsite.model.Site;
import io.impactsite.model.SystemsChange;
import io.impactsite.problem.Problems;
import io.impactsite.testing.Folders;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who does how much and what changed, for a small site whose figures are worked out by hand. */
class ActivityAnalyserTest {
    private static ActivityAnalysis analysis;
    private static Site site;

    @BeforeAll
    static void load(@TempDir Path dir) throws IOException {
        Path content = Folders.copy(Path.of("src/test/resources/fixtures/minimal"), dir.resolve("site"));
        Files.writeString(content.resolve("initiative.yml"), Files.readString(content.resolve("initiative.yml")) + """
                measures:
                  - {id: children-reading, label: Children reading, unit: children}
                """);
        Files.writeString(content.resolve("partners/lakeside-library.yml"), """
                name: Lakeside Library
                sector: education
                contributions:
                  - goal: reading
                    title: Summer reading
                    kind: program
                    start: 2019-06
                    end: 2023
                    howMuch:
                      - {measure: children-reading, value: 300, period: "2023"}
                      - {label: Families reading together, value: 40, unit: families, period: "2023"}
                  - goal: reading
                    title: Books for families
                    kind: in-kind
                    amount: 12000
                    currency: usd
                    start: 2022
                    end: 2025-06
                """);
        Files.writeString(content.resolve("partners/lakeside-fund.yml"), """
                name: Lakeside Fund
                sector: philanthropy
                contributions:
                  - goal: reading
                    title: Reading grants
                    kind: funding
                    amount: 50000
                    currency: USD
                    howMuch:
                      - {measure: children-reading, value: 120, period: "2023"}
                      - {label: Families reading together, value: 25, unit: families, period: "2023"}
                  - goal: school-ready
                    title: A Canadian grant
                    kind: funding
                    amount: 8000
                    currency: CAD
                  - goal: [reading, school-ready]
                    title: A grant for both goals
                    kind: funding
                    amount: 1000
                    currency: USD
                  - goal: initiative
                    title: Backbone support
                    kind: funding
                    amount: 2000
                    currency: USD
                """);
        Files.writeString(content.resolve("changes.yml"), """
                - date: 2020-05-01
                  kind: services
                  title: Libraries open on Sundays
                  goals: [reading]
                  partners: [lakeside-library]
                - date: 2022-09-01
                  kind: practices
                  title: Screening in every school
                  indicators: [school-readiness]
                - date: 2022-03-01
                  kind: services
                  title: Free buses
                  partners: [lakeside-library, lakeside-fund]
                """);
        Files.createDirectories(content.resolve("updates"));
        Files.writeString(content.resolve("updates/2024-01-15-readiness.md"),
                "---\ntitle: Readiness\nindicators: [school-readiness]\n---\nText.\n");
        Files.writeString(content.resolve("updates/2023-02-01-reading.md"), "---\ntitle: Reading\ngoals: [reading]\n---\nText.\n");
        Problems problems = new Problems();
        site = new ContentLoader().load(content, problems).orElseThrow();
        assertEquals(List.of(), problems.errors());
        analysis = ActivityAnalyser.analyse(site);
    }

    private static Contribution contribution(String title) {
        return site.partners().stream().flatMap(p -> p.contributions().stream()).filter(c -> c.title().equals(title))
                .findFirst().orElseThrow();
    }

    @Test
    void theSitesDateIsItsNewestUpdateOrChange() {
        assertEquals(LocalDate.of(2024, 1, 15), analysis.asOf());
    }

    @Test
    void aContributionHasEndedWhenItsEndIsBeforeTheSitesDate() {
        assertTrue(analysis.ended(contribution("Summer reading")), "ended December 31, 2023");
        assertFalse(analysis.ended(contribution("Books for families")), "ends June 2025");
        assertFalse(analysis.ended(contribution("Reading grants")), "no end");
        assertEquals("programme", contribution("Summer reading").kind(), "program and programme are one kind");
        assertEquals("USD", contribution("Books for families").amount().currency(), "currency codes in capitals");
    }

    @Test
    void amountsPerGoalSectorAndKindStayInTheirCurrency() {
        // the grant for both goals counts in full under each, and says so; the backbone's under no goal
        assertEquals(Map.of("reading", List.of(new Amounts.Total("USD", new BigDecimal("63000"), 3, 1)),
                "school-ready", List.of(new Amounts.Total("CAD", new BigDecimal("8000"), 1, 0),
                        new Amounts.Total("USD", new BigDecimal("1000"), 1, 1))), analysis.amountsByGoal());
        // by sector each contribution counts once: 50,000 + 1,000 + 2,000
        assertEquals(List.of(new Amounts.Total("CAD", new BigDecimal("8000"), 1, 0), new Amounts.Total("USD", new BigDecimal("53000"), 3, 1)),
                analysis.amountsBySector().get("philanthropy"));
        assertEquals(List.of(new Amounts.Total("USD", new BigDecimal("12000"), 1, 0)), analysis.amountsBySector().get("education"));
        assertEquals(List.of("funding", "in-kind"), List.copyOf(analysis.amountsByKind().keySet()));
    }

    @Test
    void aGoalsSharedMeasureIsSummedAcrossPartnersAndItsOwnMeasuresAreNot() {
        List<Measures.Group> reading = analysis.measuresByGoal().get("reading");
        assertEquals(2, reading.size());
        assertEquals("Children reading", reading.get(0).label(), "the shared measure's label, from initiative.yml");
        assertEquals("children", reading.get(0).unit());
        assertEquals(new BigDecimal("420"), reading.get(0).total(), "300 + 120 children");
        assertEquals(Measures.Sum.SUMMED, reading.get(0).sum());
        assertEquals(Measures.Sum.NOT_SHARED, reading.get(1).sum(), "40 and 25 families, each partner's own count");
        assertNull(reading.get(1).total());
    }

    @Test
    void aContributionServesSeveralGoalsOrTheWholeInitiative() {
        assertEquals(List.of("reading", "school-ready"), contribution("A grant for both goals").goals());
        assertTrue(contribution("Backbone support").servesWholeInitiative());
        assertEquals(List.of(), contribution("Backbone support").goals());
    }

    @Test
    void changesByIndicatorAndPartnerAreOldestFirst() {
        assertEquals(List.of("Screening in every school"),
                analysis.changesOfIndicator("school-readiness").stream().map(SystemsChange::title).toList());
        assertEquals(List.of("Libraries open on Sundays", "Free buses"),
                analysis.changesOfPartner("lakeside-library").stream().map(SystemsChange::title).toList());
    }

    @Test
    void aGoalsNewsIsWhatNamesItOrOneOfItsIndicatorsNewestFirst() {
        ActivityAnalysis.News ready = analysis.aboutGoal("school-ready");
        assertEquals(List.of("Readiness"), ready.updates().stream().map(u -> u.title()).toList(), "through its indicator");
        assertEquals(List.of("Screening in every school"), ready.changes().stream().map(SystemsChange::title).toList());
        ActivityAnalysis.News reading = analysis.aboutGoal("reading");
        assertEquals(List.of("Reading"), reading.updates().stream().map(u -> u.title()).toList());
        assertEquals(List.of("Libraries open on Sundays"), reading.changes().stream().map(SystemsChange::title).toList());
        assertEquals(1, analysis.aboutIndicator("school-readiness").updates().size());
    }

    @Test
    void changesPerYearCountEveryYearFromTheFirstToTheLast() {
        List<ChangeCounts.Year> years = analysis.changesPerYear();
        assertEquals(List.of(2020, 2021, 2022), years.stream().map(ChangeCounts.Year::year).toList());
        assertEquals(List.of(1, 0, 2), years.stream().map(ChangeCounts.Year::total).toList());
        assertEquals(1, years.get(2).byKind().get(SystemsChange.Kind.PRACTICES));
        assertEquals(1, years.get(2).byKind().get(SystemsChange.Kind.SERVICES));
    }

    @Test
    void changesWithoutAnIdGetOneFromTheirDateAndFirstWords() {
        assertEquals(List.of("2020-05-01-libraries-open-on-sundays", "2022-03-01-free-buses", "2022-09-01-screening-in-every-school"),
                site.changes().stream().map(SystemsChange::id).toList());
    }
}
