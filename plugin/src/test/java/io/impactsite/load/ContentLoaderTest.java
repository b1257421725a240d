package io.impactsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.model.Indicator;
import io.impactsite.model.Observation;
import io.impactsite.model.Period;
import io.impactsite.model.Series;
import io.impactsite.model.Site;
import io.impactsite.model.Update;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example site in content/ (system property impactsite.example), loaded as a whole. */
class ContentLoaderTest {
    private static TestContent.Loaded example;

    @BeforeAll
    static void load() {
        example = TestContent.load(TestContent.EXAMPLE);
    }

    private static Site site() {
        assertNotNull(example.site(), () -> "the example does not load: " + example.errors());
        return example.site();
    }

    private static Indicator indicator(String id) {
        return site().indicators().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + id));
    }

    private static Series series(String indicator, String name) {
        return indicator(indicator).series().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + name + " in " + indicator));
    }

    private static Observation headline(String indicator, String period) {
        return indicator(indicator).series().get(0).headline().stream().filter(o -> o.period().label().equals(period))
                .findFirst().orElseThrow(() -> new AssertionError("no " + period + " in " + indicator));
    }

    @Test
    void theExampleLoadsWithoutErrorsOrWarnings() {
        assertEquals(List.of(), example.errors());
        assertEquals(List.of(), example.problems().warnings());
    }

    @Test
    void theExampleHasEveryKindOfContent() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("goals", site().initiative().agenda().goals().size());
        counts.put("indicators", site().indicators().size());
        counts.put("partners", site().partners().size());
        counts.put("networks", site().networks().size());
        counts.put("changes", site().changes().size());
        counts.put("updates", site().updates().size());
        counts.put("pages", site().pages().size());
        counts.put("assets", site().assets().size());
        assertEquals(Map.of("goals", 5, "indicators", 14, "partners", 16, "networks", 2, "changes", 12, "updates", 7,
                "pages", 5, "assets", 3), counts);
    }

    @Test
    void theExampleMapsChildCareCapacityByDistrictFromItsGeoJson() {
        io.impactsite.model.PlaceMap map = indicator("child-care-capacity").map();
        assertEquals("district", map.dimension());
        assertEquals("assets/riverbend-districts.geojson", map.shapes());
        assertEquals(false, map.geoCode(), "places named by the district column");
        assertEquals(List.of("Confluence", "Southfork", "Eastside", "North Valley", "Northside", "West Hills"),
                map.geography().places().stream().map(io.impactsite.model.Geography.Place::name).toList());
        assertEquals(List.of(5, 11, 17, 23, 29, 35), map.geography().places().stream()
                .map(io.impactsite.model.Geography.Place::line).toList(), "the line each feature starts on");
        assertEquals(null, indicator("kindergarten-readiness").map(), "no map without a map field or site.map");
    }

    @Test
    void anOpenSdgFileHasASeriesPerUnit() {
        assertEquals(List.of("Percentage", "Number of children"),
                indicator("prek-participation").series().stream().map(Series::name).toList());
    }

    @Test
    void eachOpenSdgSeriesIsInItsOwnUnit() {
        assertEquals(List.of("Percentage", "Number of children"),
                indicator("prek-participation").series().stream().map(Series::unit).toList());
    }

    @Test
    void anOpenSdgHeadlineIsTheRowsWithEveryGroupEmpty() {
        List<Observation> headline = series("prek-participation", "Percentage").headline();
        assertEquals(9, headline.size());
        assertEquals(new java.math.BigDecimal("58.0"), headline.get(0).value());
    }

    @Test
    void anOpenSdgFileIsGroupedBySexOnly() {
        Series percentage = series("prek-participation", "Percentage");
        assertEquals(List.of("Sex"), percentage.dimensions());
        assertEquals(List.of("Female", "Male"), percentage.groups().stream().map(Series.Group::name).toList());
    }

    @Test
    void openSdgObservationAttributesAreNotesNotGroups() {
        Observation first = series("prek-participation", "Percentage").headline().get(0);
        assertEquals(Map.of("GeoCode", "RBC", "Observation status", "Normal value"), first.attributes());
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreRead() {
        List<String> columns = indicator("prek-participation").dataColumns();
        assertEquals("Year", columns.get(0));
        assertEquals("Value", columns.get(columns.size() - 1));
    }

    @Test
    void observationStatusProvisionalMarksAValueProvisional() {
        assertEquals(List.of("2024"), series("prek-participation", "Percentage").headline().stream()
                .filter(Observation::provisional).map(o -> o.period().label()).toList());
    }

    @Test
    void quarterlyPeriodsAreQuarters() {
        assertTrue(indicator("home-visiting-families").series().get(0).observations().stream()
                .allMatch(o -> o.period().kind() == Period.Kind.QUARTER));
    }

    @Test
    void aQuarterIsTimedFromTheStartOfItsYear() {
        List<Double> times = indicator("home-visiting-families").series().get(0).headline().stream().limit(5)
                .map(o -> o.period().time()).toList();
        assertEquals(List.of(2019.0, 2019.25, 2019.5, 2019.75, 2020.0), times);
    }

    @Test
    void anEmptyValueIsMissingNotZero() {
        assertNull(headline("kindergarten-readiness", "2020").value());
    }

    @Test
    void naIsMissingNotZero() {
        assertNull(headline("kindergarten-readiness", "2021").value());
    }

    @Test
    void aMissingValueKeepsItsNote() {
        assertEquals("Only 58% of kindergartners were assessed; results not reported",
                headline("kindergarten-readiness", "2021").note());
    }

    @Test
    void updatesAreNewestFirst() {
        List<Update> updates = site().updates();
        assertEquals(updates.stream().sorted(Comparator.comparing(Update::date).reversed()).toList(), updates);
        assertEquals("2025-report-card", updates.get(0).slug());
    }

    @Test
    void twoLoadsGiveEqualModels() {
        assertEquals(site(), TestContent.load(TestContent.EXAMPLE).site());
    }

    @Test
    void theMinimalFixtureLoads() {
        TestContent.Loaded minimal = TestContent.load(TestContent.resource("fixtures/minimal"));
        assertEquals(List.of(), minimal.errors());
        assertEquals(List.of("school-readiness"), minimal.site().indicators().stream().map(Indicator::id).toList());
    }
}
