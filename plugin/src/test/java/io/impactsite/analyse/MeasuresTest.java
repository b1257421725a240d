package io.impactsite.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.model.Contribution;
import io.impactsite.model.Markdown;
import io.impactsite.model.PerformanceMeasure;
import io.impactsite.model.PerformanceMeasure.Category;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Measures side by side, summed only when they are one measure (question, label, unit, period) in a unit that adds up. */
class MeasuresTest {

    private static PerformanceMeasure m(Category c, String label, String value, String unit, String period) {
        return new PerformanceMeasure(c, label, new BigDecimal(value), unit, period);
    }

    /** A value of the shared measure `children-screened`, as the loader labels it from initiative.yml. */
    private static PerformanceMeasure screened(Category c, String value, String period) {
        return new PerformanceMeasure(c, "Children screened", new BigDecimal(value), "children", period, "children-screened");
    }

    private static Contribution of(String partner, PerformanceMeasure... measures) {
        return new Contribution(partner, List.of("ready"), "Work of " + partner, "programme", Markdown.EMPTY, List.of(), null, null,
                null, List.of(measures));
    }

    private static Measures.Group find(List<Measures.Group> groups, String label, String unit) {
        return groups.stream().filter(g -> g.label().equals(label) && g.unit().equals(unit)).findFirst().orElseThrow();
    }

    @Test
    void aSharedMeasureForOnePeriodIsSummed() {
        List<Measures.Group> groups = Measures.group(List.of(
                of("clinic", screened(Category.HOW_MUCH, "1240", "2024")),
                of("centre", screened(Category.HOW_MUCH, "210", "2024"))));
        assertEquals(1, groups.size());
        Measures.Group g = groups.get(0);
        assertEquals(Measures.Sum.SUMMED, g.sum());
        assertEquals(new BigDecimal("1450"), g.total(), "1,240 + 210");
        assertEquals("children-screened", g.shared());
        assertEquals(List.of("clinic", "centre"), g.reports().stream().map(Measures.Report::partner).toList());
    }

    @Test
    void measuresAlikeButNotDeclaredSharedAreShownSideBySideNeverSummed() {
        List<Measures.Group> groups = Measures.group(List.of(
                of("clinic", m(Category.HOW_MUCH, "Children screened", "1240", "children", "2024")),
                of("centre", m(Category.HOW_MUCH, "Children screened", "210", "children", "2024"))));
        assertEquals(1, groups.size(), "side by side, in one row");
        assertEquals(Measures.Sum.NOT_SHARED, groups.get(0).sum());
        assertNull(groups.get(0).total(), "two partners' own counts may count different children");
        assertEquals(2, groups.get(0).reports().size());
    }

    @Test
    void aSharedMeasureAndAContributionsOwnAreApartAndTheSharedOneForAnotherPeriodToo() {
        List<Measures.Group> groups = Measures.group(List.of(
                of("clinic", screened(Category.HOW_MUCH, "1240", "2024"), screened(Category.HOW_MUCH, "1100", "2023")),
                of("centre", m(Category.HOW_MUCH, "Children screened", "210", "children", "2024"))));
        assertEquals(3, groups.size());
        assertTrue(groups.stream().allMatch(g -> g.sum() == Measures.Sum.SINGLE), "nothing is added up");
    }

    @Test
    void aDifferentUnitOrPeriodOrQuestionIsAnotherMeasure() {
        List<Measures.Group> groups = Measures.group(List.of(
                of("clinic", m(Category.BETTER_OFF, "Referred children now receiving services", "310", "children", "2024"),
                        m(Category.HOW_MUCH, "Children screened", "1240", "children", "2024")),
                of("head-start", m(Category.BETTER_OFF, "Referred children now receiving services", "64", "%", "2024"),
                        m(Category.HOW_MUCH, "Children screened", "200", "children", "2023")),
                of("centre", m(Category.HOW_WELL, "Children screened", "90", "children", "2024"))));
        assertEquals(5, groups.size(), "no two of these are one measure");
        assertTrue(groups.stream().allMatch(g -> g.sum() == Measures.Sum.SINGLE && g.reports().size() == 1));
        assertEquals(List.of(Category.HOW_MUCH, Category.HOW_MUCH, Category.HOW_WELL, Category.BETTER_OFF, Category.BETTER_OFF),
                groups.stream().map(Measures.Group::category).toList(), "how much, how well, better off");
        assertEquals(new BigDecimal("310"), find(groups, "Referred children now receiving services", "children").total());
    }

    @Test
    void percentagesAndRatesAreNeverSummed() {
        List<Measures.Group> groups = Measures.group(List.of(
                of("clinic", shared(Category.HOW_WELL, "Screened on time", "88", "%"),
                        shared(Category.BETTER_OFF, "Visits", "4.5", "visits per family")),
                of("head-start", shared(Category.HOW_WELL, "Screened on time", "92", "%"),
                        shared(Category.BETTER_OFF, "Visits", "3.5", "visits per family"))));
        for (Measures.Group g : groups) {
            assertEquals(Measures.Sum.NOT_ADDITIVE, g.sum(), g.label());
            assertNull(g.total(), "88% + 92% is not 180%");
            assertEquals(2, g.reports().size());
        }
    }

    private static PerformanceMeasure shared(Category c, String label, String value, String unit) {
        return new PerformanceMeasure(c, label, new BigDecimal(value), unit, "2024", label.toLowerCase().replace(' ', '-'));
    }

    @Test
    void whatAddsUp() {
        assertTrue(Measures.additive("children"));
        assertTrue(Measures.additive("young adults"));
        assertTrue(Measures.additive("hours"));
        assertFalse(Measures.additive("%"));
        assertFalse(Measures.additive("percent"));
        assertFalse(Measures.additive("Percentage of families"));
        assertFalse(Measures.additive("per 1,000 children"));
        assertFalse(Measures.additive("visits per family"));
        assertFalse(Measures.additive("rate"));
    }

    @Test
    void labelsAreComparedAsWritten() {
        List<Measures.Group> groups = Measures.group(List.of(
                of("a", m(Category.HOW_MUCH, "Children screened", "10", "children", "2024")),
                of("b", m(Category.HOW_MUCH, "children screened", "20", "children", "2024"))));
        assertEquals(2, groups.size(), "a label written differently is not even shown as alike");
    }
}
