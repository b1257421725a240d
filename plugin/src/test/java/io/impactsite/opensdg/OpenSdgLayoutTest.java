package io.impactsite.opensdg;

import io.impactsite.testing.Folders;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.impactsite.analyse.Analyser;
import io.impactsite.analyse.IndicatorAnalysis;
import io.impactsite.analyse.SeriesAnalysis;
import io.impactsite.analyse.Status;
import io.impactsite.engine.BuildRequest;
import io.impactsite.problem.ContentException;
import io.impactsite.problem.SiteException;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteBuilder;
import io.impactsite.load.ContentLoader;
import io.impactsite.problem.Problems;
import io.impactsite.model.Indicator;
import io.impactsite.model.Observation;
import io.impactsite.model.Period;
import io.impactsite.model.Series;
import io.impactsite.model.Site;
import io.impactsite.model.Thresholds;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Indicator files in the layouts that national SDG reporting platforms (Open SDG) publish, read as
 * they are: the site projects under {@code src/test/resources/opensdg/} mirror four published
 * layouts with invented numbers (see the README there). For each: which columns became series,
 * dimensions and attributes, how periods and missing values are read, which rows are headline rows
 * and which are groups, each series' status and the indicator's, and a full build.
 *
 * <p>Real published files, which may not be committed, can be dropped into
 * {@code ../shared/opensdg/<case>/} next to the repository; {@link #realPublishedFiles(Path)} builds them
 * with the checks that do not depend on their values.
 */
class OpenSdgLayoutTest {
    /** Open SDG's observation attributes: notes on a value, never groups. */
    private static final Set<String> ATTRIBUTES =
            Set.of("GeoCode", "Observation status", "Unit multiplier", "Unit measure", "COMMENT_OBS");
    /** Columns with a role of their own: never groups either. */
    private static final Set<String> ROLES = Set.of("Year", "Value", "Units", "Series");
    private static final double EXACT = 1e-12;

    /** The four site projects, each the layout of one published file. */
    enum Case {
        STATCAN("statcan", "low-income", "no-poverty"),
        ONS("ons", "early-learning-participation", "early-learning"),
        SCHOOL_YEARS("school-years", "completion", "completion"),
        QUARTERLY("quarterly", "unemployment", "decent-work");

        final String folder;
        final String indicator;
        final String goal;

        Case(String folder, String indicator, String goal) {
            this.folder = folder;
            this.indicator = indicator;
            this.goal = goal;
        }

        Path content() {
            return resource("opensdg/" + folder);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 1. Statistics Canada, indicator_1-2-1.csv
    // ---------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("Statistics Canada layout (indicator_1-2-1.csv)")
    class StatisticsCanada {
        private final Indicator indicator = indicator(Case.STATCAN);
        private final Series series = only(indicator.series());

        @Test
        void oneUnnamedSeriesInTheIndicatorsUnit() {
            assertEquals("", series.name());
            assertEquals("%", series.unit());
            assertEquals(List.of("Year", "Geography", "Persons in low income", "Value"), indicator.dataColumns());
        }

        @Test
        void geographyAndPopulationGroupAreDimensionsAndThereAreNoAttributes() {
            assertEquals(Set.of("Geography", "Persons in low income"), dimensionColumns(indicator));
            assertEquals(Set.of(), attributeColumns(indicator));
        }

        @Test
        void headlineRowsAreThoseWithBothGroupCellsEmpty() {
            assertEquals(List.of("2015", "2016", "2017", "2018", "2019", "2020", "2021"), labels(series.headline()));
            assertTrue(series.headline().stream().allMatch(o -> o.dimensions().isEmpty()));
            assertEquals(List.of(d("14.2"), d("13.5"), d("12.9"), d("12.4"), d("11.8"), d("8.1"), d("12.0")),
                    series.headline().stream().map(Observation::value).toList());
            assertTrue(series.headline().stream().allMatch(o -> o.period().kind() == Period.Kind.YEAR));
        }

        @Test
        void rowsCrossingGeographyAndPopulationAreKeptButAreNeitherHeadlineNorGroups() {
            // 7 headline rows + 8 geography x population combinations x 7 years
            assertEquals(7 + 8 * 7, series.observations().size());
            List<Observation> crossed = series.observations().stream().filter(o -> o.dimensions().size() == 2).toList();
            assertEquals(56, crossed.size());
            assertTrue(crossed.stream().noneMatch(Observation::isHeadline));
            // As Statistics Canada publishes it, every row that is not a headline row crosses both
            // dimensions (even Canada as a whole is written "Canada,Females"), so no row has exactly
            // one group: there are no single-dimension groups, hence no group status and no gap.
            assertEquals(List.of(), series.groups());
            assertEquals(List.of(), series.dimensions());
        }

        /**
         * Statistics Canada now quotes every cell, the header included; saved with a byte order mark
         * (Excel's "CSV UTF-8", R's {@code fileEncoding = "UTF-8-BOM"}) the file starts with BOM then
         * a quote. The loader must remove the BOM before parsing, or the first cell is read unquoted
         * as {@code "Year"}, quotes included, and the file is refused for having no period column.
         */
        @Test
        void aByteOrderMarkBeforeAQuotedHeaderIsFine(@TempDir Path temp) throws IOException {
            Path copy = copy(Case.STATCAN.content(), temp.resolve("statcan"));
            Path csv = copy.resolve("indicators/indicator_1-2-1.csv");
            String quoted = "\uFEFF\"Year\",\"Geography\",\"Persons in low income\",\"Value\"\r\n"
                    + "\"2015\",\"\",\"\",\"14.2\"\r\n\"2021\",\"\",\"\",\"12.0\"\r\n"
                    + "\"2021\",\"Calgary, Alberta\",\"Females\",\"9.1\"\r\n";
            Files.write(csv, quoted.getBytes(StandardCharsets.UTF_8));
            Indicator quotedIndicator = only(load(copy).indicators());
            assertEquals(List.of("Year", "Geography", "Persons in low income", "Value"), quotedIndicator.dataColumns());
            assertEquals(3, only(quotedIndicator.series()).observations().size());
        }

        @Test
        void quotedCellsKeepTheirCommas() {
            Observation o = at(series, "2018", Map.of("Geography", "Calgary, Alberta",
                    "Persons in low income", "Females, 18 to 64 years"));
            assertEquals(d("12.5"), o.value());
            assertEquals(List.of("Geography", "Persons in low income"), List.copyOf(o.dimensions().keySet()));
        }

        @Test
        void naIsAMissingValueNeverZero() {
            Map<String, String> calgaryWomen = Map.of("Geography", "Calgary, Alberta",
                    "Persons in low income", "Females, 18 to 64 years");
            for (String year : List.of("2015", "2016", "2019")) {
                Observation o = at(series, year, calgaryWomen);
                assertNull(o.value(), year);
                assertFalse(o.hasValue(), year);
            }
            assertEquals(3, series.observations().stream().filter(o -> !o.hasValue()).count());
            assertNoZeros(indicator);
        }

        @Test
        void statusOfTheHeadlineSeries() {
            // decrease: d = -1; baseline 2015 y0 = 14.2; latest 2021 yi = 12.0; target 2030 yT = 7.1
            // CAGRo = (12.0 / 14.2)^(1 / 6) - 1  = 0.845070^(0.166667) - 1 = -0.0276660
            // CAGRr = (7.1 / 14.2)^(1 / 15) - 1  = 0.5^(0.066667) - 1      = -0.0451584
            // R     = -1 * -0.0276660 / 0.0451584 = 0.612643: 0.6 <= R < 0.95, acceleration needed
            IndicatorAnalysis a = analyse(indicator);
            SeriesAnalysis s = only(a.series());
            assertEquals(Status.Code.ACCELERATION_NEEDED, s.status().code());
            assertEquals(0.6126429807274203, s.status().value(), 1e-9);
            assertEquals(-1 * growth(14.2, 2015, 12.0, 2021) / Math.abs(growth(14.2, 2015, 7.1, 2030)),
                    s.status().value(), EXACT);
            assertEquals("2021", s.status().latest().period());
            assertEquals(d("12.0"), s.status().latest().value());
            assertEquals(d("14.2"), s.status().baseline().value());
            assertEquals(Status.Code.ACCELERATION_NEEDED, a.status().code());
            assertEquals(s.status(), a.status());
            assertEquals(List.of(), s.groups());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 2. UK ONS, data/4-2-2.csv
    // ---------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("UK ONS layout (4-2-2.csv): no headline rows")
    class Ons {
        private final Indicator indicator = indicator(Case.ONS);
        private final Series series = only(indicator.series());

        @Test
        void oneUnnamedSeriesInTheIndicatorsUnit() {
            // `Unit measure` is an attribute, not a Units column: the series takes the indicator's unit
            assertEquals("", series.name());
            assertEquals("%", series.unit());
            assertEquals(List.of("Year", "Region", "Age", "Observation status", "Unit multiplier", "Unit measure",
                    "GeoCode", "Value"), indicator.dataColumns());
        }

        @Test
        void regionAndAgeAreDimensionsAndTheRestAreAttributes() {
            assertEquals(Set.of("Region", "Age"), dimensionColumns(indicator));
            assertEquals(Set.of("Observation status", "Unit multiplier", "Unit measure", "GeoCode"),
                    attributeColumns(indicator));
            for (Observation o : series.observations()) {
                assertEquals("Undefined", o.attributes().get("Observation status"));
                assertEquals("Units", o.attributes().get("Unit multiplier"));
                assertEquals("Percentage (%)", o.attributes().get("Unit measure"));
                assertFalse(o.provisional(), "`Undefined` is not provisional");
                // GeoCode where the row names a region, none for England as a whole
                String region = o.dimensions().get("Region");
                assertEquals(region == null ? null : region.equals("London") ? "E12000007" : "E12000001",
                        o.attributes().get("GeoCode"));
            }
        }

        @Test
        void noHeadlineRowsAndOnlyAgeHasGroups() {
            assertEquals(List.of(), series.headline());
            assertEquals(List.of("Age"), series.dimensions());
            assertEquals(List.of("2", "3", "4", "3 to 4"), series.groups().stream().map(Series.Group::name).toList());
            // series of different lengths: age 2 only from 2015, age 3 from 2011
            assertEquals(List.of("2015", "2016", "2017", "2018"), labels(group(series, "Age", "2").observations()));
            assertEquals(List.of("2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018"),
                    labels(group(series, "Age", "3").observations()));
            assertTrue(series.groups().stream().flatMap(g -> g.observations().stream())
                    .allMatch(o -> o.dimensions().size() == 1));
        }

        @Test
        void regionalRowsCrossAgeAndAreKeptInTheObservations() {
            // England: 4 + 8 + 8 + 8 = 28 rows; each of two regions the same again
            assertEquals(3 * 28, series.observations().size());
            List<Observation> crossed = series.observations().stream().filter(o -> o.dimensions().size() == 2).toList();
            assertEquals(2 * 28, crossed.size());
            assertTrue(crossed.stream().allMatch(o -> o.dimensions().containsKey("Region")));
            assertEquals(d("64.0"), at(series, "2015", Map.of("Region", "North East", "Age", "2")).value());
            assertNoZeros(indicator);
        }

        @Test
        void theNamedGroupCarriesTheStatus() {
            // increase: d = +1; group Age = 3 to 4; baseline 2011 y0 = 93.0; latest 2018 yi = 95.0;
            // target 2030 yT = 97
            // CAGRo = (95 / 93)^(1 / 7) - 1  = 1.021505^(0.142857) - 1 = 0.00304425
            // CAGRr = (97 / 93)^(1 / 19) - 1 = 1.043011^(0.052632) - 1 = 0.00221885
            // R     = 0.00304425 / 0.00221885 = 1.37199: R >= 0.95, on track
            IndicatorAnalysis a = analyse(indicator);
            assertEquals(Status.Code.ON_TRACK, a.status().code());
            assertEquals(1.3719944944798617, a.status().value(), 1e-9);
            assertEquals(growth(93, 2011, 95, 2018) / Math.abs(growth(93, 2011, 97, 2030)), a.status().value(), EXACT);
            assertEquals("2018", a.status().latest().period());
            assertEquals(d("93.0"), a.status().baseline().value());
        }

        @Test
        void everyAgeGroupHasItsOwnStatus() {
            SeriesAnalysis s = only(analyse(indicator).series());
            // the series itself has no headline values
            assertEquals(Status.Code.INSUFFICIENT_DATA, s.status().code());
            // age 2 starts in 2015: the baseline 2011 has no value, and the baseline is never moved
            Status two = groupStatus(s, "Age", "2");
            assertEquals(Status.Code.INSUFFICIENT_DATA, two.code());
            assertEquals("the baseline period 2011 has no value", two.reason());
            // age 4 reached the target: 97.0 in 2018 >= 97
            assertEquals(Status.Code.TARGET_ACHIEVED, groupStatus(s, "Age", "4").code());
            // age 3: 94.0 in 2011 to 93.0 in 2018, CAGRo < 0: moving away
            assertEquals(Status.Code.MOVING_AWAY, groupStatus(s, "Age", "3").code());
            assertEquals(Status.Code.ON_TRACK, groupStatus(s, "Age", "3 to 4").code());
        }

        @Test
        void withoutHeadlineTheStatusIsInsufficientDataWithTheReason(@TempDir Path temp) throws IOException {
            Path copy = copy(Case.ONS.content(), temp.resolve("ons"));
            Path yml = copy.resolve("indicators/early-learning-participation.yml");
            String text = Files.readString(yml);
            String without = text.replace("headline:\n  dimension: Age\n  group: \"3 to 4\"\n", "");
            assertFalse(without.contains("headline"), "the fixture's headline block changed: " + text);
            Files.writeString(yml, without);

            IndicatorAnalysis a = analyse(only(load(copy).indicators()));
            assertEquals(Status.Code.INSUFFICIENT_DATA, a.status().code());
            assertTrue(a.status().reason().contains("no headline rows"), a.status().reason());
            assertTrue(a.status().reason().contains("names no group"), a.status().reason());
            assertNull(a.status().value());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 3. Several series and units, BOM, CRLF, school years, provisional values
    // ---------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("Series and Units columns, BOM, CRLF, school years (4-1-2.csv)")
    class SchoolYears {
        private static final String RATE = "Upper secondary completion rate · Percentage (%)";
        private static final String COUNT = "Upper secondary completers · Number";
        private final Indicator indicator = indicator(Case.SCHOOL_YEARS);

        @Test
        void theFixtureStillHasItsByteOrderMarkAndWindowsLineEndings() throws IOException {
            // if git or an editor normalised the file, the rest of this class would test nothing
            byte[] bytes = Files.readAllBytes(dataFile(Case.SCHOOL_YEARS, indicator));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'Y'}, java.util.Arrays.copyOf(bytes, 4));
            String text = new String(bytes, StandardCharsets.UTF_8);
            long lines = text.chars().filter(c -> c == '\n').count();
            assertEquals(43, lines);
            assertEquals(lines, text.split("\r\n", -1).length - 1, "every line ends in CRLF");
        }

        @Test
        void theByteOrderMarkDoesNotLeakIntoTheFirstColumnName() {
            assertEquals("Year", indicator.dataColumns().get(0));
            assertEquals(List.of("Year", "Series", "Units", "Sex", "GeoCode", "Observation status", "COMMENT_OBS",
                    "Value"), indicator.dataColumns());
        }

        @Test
        void oneSeriesPerSeriesAndUnitsEachWithItsUnit() {
            assertEquals(List.of(RATE, COUNT), indicator.series().stream().map(Series::name).toList());
            assertEquals(List.of("Percentage (%)", "Number"), indicator.series().stream().map(Series::unit).toList());
            for (Series s : indicator.series()) {
                assertEquals(7, s.headline().size(), s.name());
                assertEquals(21, s.observations().size(), s.name());
                assertEquals(List.of("Sex"), s.dimensions(), s.name());
                assertEquals(List.of("Female", "Male"), s.groups().stream().map(Series.Group::name).toList(), s.name());
            }
        }

        @Test
        void sexIsTheOnlyDimensionAndTheAttributesAreNotes() {
            assertEquals(Set.of("Sex"), dimensionColumns(indicator));
            assertEquals(Set.of("GeoCode", "Observation status", "COMMENT_OBS"), attributeColumns(indicator));
            assertTrue(indicator.series().stream().flatMap(s -> s.observations().stream())
                    .allMatch(o -> "E92000001".equals(o.attributes().get("GeoCode"))));
        }

        @Test
        void slashedSchoolYearsAreSchoolYearsCountedFromTheirFirstYear() {
            List<Observation> headline = indicator.series().get(0).headline();
            assertEquals(List.of("2015/16", "2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "2021/22"),
                    labels(headline));
            assertTrue(headline.stream().allMatch(o -> o.period().kind() == Period.Kind.SCHOOL_YEAR));
            assertEquals(2015, headline.get(0).period().year());
            assertEquals(2015.0, headline.get(0).period().time(), EXACT);
            assertEquals(2021.0, headline.get(6).period().time(), EXACT);
        }

        @Test
        void theLatestValuesAreProvisionalWithTheirComment() {
            for (Series s : indicator.series()) {
                for (Observation o : s.observations()) {
                    boolean latest = o.period().label().equals("2021/22");
                    assertEquals(latest, o.provisional(), s.name() + " " + o.period() + " " + o.dimensions());
                    assertEquals(latest ? "Provisional" : "Normal value", o.attributes().get("Observation status"));
                    // the quoted comment keeps its comma, and no carriage return leaks into any cell
                    assertEquals(latest ? "Provisional figures, revised in the next release" : null,
                            o.attributes().get("COMMENT_OBS"));
                    o.attributes().values().forEach(v -> assertFalse(v.contains("\r"), v));
                    o.dimensions().values().forEach(v -> assertFalse(v.contains("\r"), v));
                }
            }
            assertEquals(d("82.4"), indicator.series().get(0).headline().get(6).value());
        }

        @Test
        void naIsAMissingValueNeverZero() {
            Series count = indicator.series().get(1);
            Observation o = at(count, "2016/17", Map.of("Sex", "Male"));
            assertNull(o.value());
            assertEquals(1, count.observations().stream().filter(x -> !x.hasValue()).count());
            assertNoZeros(indicator);
        }

        @Test
        void eachSeriesHasItsOwnStatusAndTheFirstCarriesTheIndicators() {
            IndicatorAnalysis a = analyse(indicator);
            SeriesAnalysis rate = a.series().get(0);
            SeriesAnalysis count = a.series().get(1);
            // rate, increase: baseline 2015/16 (t0 = 2015) y0 = 78.0; latest 2021/22 (ti = 2021) yi = 82.4;
            // target 2029/30 (tT = 2029) yT = 90
            // CAGRo = (82.4 / 78.0)^(1 / 6) - 1 = 1.056410^(0.166667) - 1 = 0.00918806
            // CAGRr = (90 / 78.0)^(1 / 14) - 1  = 1.153846^(0.071429) - 1 = 0.01027391
            // R     = 0.00918806 / 0.01027391 = 0.894310: 0.6 <= R < 0.95, acceleration needed
            assertEquals(Status.Code.ACCELERATION_NEEDED, rate.status().code());
            assertEquals(0.8943097668077827, rate.status().value(), 1e-9);
            assertEquals(growth(78.0, 2015, 82.4, 2021) / Math.abs(growth(78.0, 2015, 90, 2029)),
                    rate.status().value(), EXACT);
            assertEquals("2029/30", rate.status().target().period());
            assertEquals(d("90"), rate.status().target().value());
            // count, increase: 4310 in 2015/16 to 4180 in 2021/22 against 5200 by 2029/30
            // CAGRo = (4180 / 4310)^(1 / 6) - 1 = -0.00509144
            // CAGRr = (5200 / 4310)^(1 / 14) - 1 = 0.01349892
            // R     = -0.00509144 / 0.01349892 = -0.377174: R < 0, moving away
            assertEquals(Status.Code.MOVING_AWAY, count.status().code());
            assertEquals(-0.3771736377287465, count.status().value(), 1e-9);
            assertEquals(d("5200"), count.status().target().value());
            // the indicator's status is that of the first series
            assertEquals(rate.series(), a.headline().series());
            assertEquals(Status.Code.ACCELERATION_NEEDED, a.status().code());
            // groups of the rate, against the same target: Female 80.2 -> 84.9 (R = 1.153), Male 75.9 -> 80.0 (R = 0.719)
            assertEquals(Status.Code.ON_TRACK, groupStatus(rate, "Sex", "Female").code());
            assertEquals(Status.Code.ACCELERATION_NEEDED, groupStatus(rate, "Sex", "Male").code());
        }

        @Test
        void theYamlCanNameTheSeriesThatCarriesTheStatus(@TempDir Path temp) throws IOException {
            Path copy = copy(Case.SCHOOL_YEARS.content(), temp.resolve("school-years"));
            Path yml = copy.resolve("indicators/completion.yml");
            Files.writeString(yml, Files.readString(yml) + "headline:\n  series: " + COUNT + "\n");
            IndicatorAnalysis a = analyse(only(load(copy).indicators()));
            assertEquals(COUNT, a.headline().series().name());
            assertEquals(Status.Code.MOVING_AWAY, a.status().code());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 4. Quarterly periods written `2013 Q1`
    // ---------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("Quarterly periods written `2013 Q1` (8-5-2.csv)")
    class Quarterly {
        private final Indicator indicator = indicator(Case.QUARTERLY);
        private final Series series = only(indicator.series());

        @Test
        void oneSeriesWithAgeGroupsAndUnitAttributes() {
            assertEquals("", series.name());
            assertEquals("%", series.unit());
            assertEquals(Set.of("Age"), dimensionColumns(indicator));
            assertEquals(Set.of("Unit multiplier", "Unit measure"), attributeColumns(indicator));
            assertEquals(List.of("16 to 24", "25 to 64"), series.groups().stream().map(Series.Group::name).toList());
            assertEquals(16, series.headline().size());
            assertEquals(48, series.observations().size());
        }

        @Test
        void quartersWithASpaceAreQuarters() {
            List<Observation> h = series.headline();
            assertTrue(h.stream().allMatch(o -> o.period().kind() == Period.Kind.QUARTER));
            assertEquals("2013 Q1", h.get(0).period().label());
            assertEquals(2013.0, h.get(0).period().time(), EXACT);
            assertEquals("2013 Q3", h.get(2).period().label());
            assertEquals(2013.5, h.get(2).period().time(), EXACT);
            assertEquals(2016.75, h.get(15).period().time(), EXACT);
        }

        @Test
        void naIsAMissingValueNeverZero() {
            assertNull(at(series, "2014 Q2", Map.of()).value());
            assertNull(at(series, "2016 Q4", Map.of()).value());
            assertNull(at(series, "2013 Q1", Map.of("Age", "16 to 24")).value());
            assertEquals(5, series.observations().stream().filter(o -> !o.hasValue()).count());
            assertNoZeros(indicator);
            // the latest value is that of the last quarter that has one, not the NA of 2016 Q4
            assertEquals("2016 Q3", Analyser.latest(series.headline()).orElseThrow().period().label());
        }

        @Test
        void statusCountsTimeInQuarters() {
            // decrease: d = -1; baseline 2013 Q1 (t0 = 2013.0) y0 = 7.8; latest 2016 Q3 (ti = 2016.5) yi = 7.2;
            // target 2020 Q4 (tT = 2020.75) yT = 4.0
            // CAGRo = (7.2 / 7.8)^(1 / 3.5) - 1  = 0.923077^(0.285714) - 1 = -0.0226098
            // CAGRr = (4.0 / 7.8)^(1 / 7.75) - 1 = 0.512821^(0.129032) - 1 = -0.0825632
            // R     = -1 * -0.0226098 / 0.0825632 = 0.273849: 0 <= R < 0.6, limited progress
            IndicatorAnalysis a = analyse(indicator);
            SeriesAnalysis s = only(a.series());
            assertEquals(Status.Code.LIMITED_PROGRESS, s.status().code());
            assertEquals(0.2738488436391877, s.status().value(), 1e-9);
            assertEquals(-1 * growth(7.8, 2013.0, 7.2, 2016.5) / Math.abs(growth(7.8, 2013.0, 4.0, 2020.75)),
                    s.status().value(), EXACT);
            assertEquals(2016.5, s.status().latest().time(), EXACT);
            assertEquals(2020.75, s.status().target().time(), EXACT);
            assertEquals(Status.Code.LIMITED_PROGRESS, a.status().code());
            // 16 to 24 has NA in the baseline quarter: the baseline is never moved
            Status young = groupStatus(s, "Age", "16 to 24");
            assertEquals(Status.Code.INSUFFICIENT_DATA, young.code());
            assertEquals("the baseline period 2013 Q1 has no value", young.reason());
            // 25 to 64: 6.1 -> 5.4 by 2016 Q3, R = 0.0342262 / 0.0529950 = 0.645839
            assertEquals(Status.Code.ACCELERATION_NEEDED, groupStatus(s, "Age", "25 to 64").code());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Every case: what does not depend on the values, and a full build
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Case.class)
    void layoutIsReadAsPublished(Case c) throws IOException {
        Indicator indicator = indicator(c);
        checkLayout(indicator, dataFile(c, indicator));
        // the statuses below are computed with the published breaks
        assertEquals(Thresholds.DEFAULT, indicator.thresholds());
    }

    @ParameterizedTest
    @EnumSource(Case.class)
    void fullBuildPublishesTheFileAsItIsAndAPanelPerSeries(Case c, @TempDir Path temp)
            throws IOException, SiteException {
        Indicator indicator = indicator(c);
        checkBuild(c.content(), indicator, dataFile(c, indicator), temp.resolve("site"));
    }

    /**
     * Real published files a maintainer dropped into {@code ../shared/opensdg/<case>/} (relative to
     * the repository): each is built inside a copy of that case's site project, with the checks that
     * do not depend on its values. Without any, the test reports that none are present.
     */
    @TestFactory
    Stream<DynamicTest> realPublishedFiles(@TempDir Path temp) throws IOException {
        Path shared = realFilesFolder();
        List<Path> files = new ArrayList<>();
        for (Case c : Case.values()) {
            Path dir = shared.resolve(c.folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                        .filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        if (files.isEmpty()) {
            // one skipped test, so that the report says why nothing real was tested
            String why = "No real published files are present in " + shared + " (drop them into <case>/<file>.csv, <case> one of "
                    + Stream.of(Case.values()).map(c -> c.folder).collect(Collectors.joining(", "))
                    + "); only the invented fixtures were tested.";
            return Stream.of(DynamicTest.dynamicTest("no real published files", () -> Assumptions.assumeFalse(true, why)));
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(shared.relativize(file).toString(), () -> {
            Case c = Stream.of(Case.values()).filter(x -> x.folder.equals(file.getParent().getFileName().toString()))
                    .findFirst().orElseThrow();
            try {
                Path project = realProject(c, file, temp.resolve(c.folder + "-" + slug(file)));
                Indicator indicator = only(load(project).indicators());
                Path data = project.resolve(indicator.dataFile());
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(data));
                checkLayout(indicator, data);
                checkBuild(project, indicator, data, temp.resolve("site-" + c.folder + "-" + slug(file)));
            } catch (AssertionError | SiteException e) {
                // reports name the dynamic test by number only: say which file it was
                throw new AssertionError(file + ": " + e.getMessage(), e);
            }
        }));
    }

    // ---------------------------------------------------------------------------------------------
    // Checks shared by the fixtures and real files
    // ---------------------------------------------------------------------------------------------

    /** What holds for any Open SDG file, whatever its values. */
    private static void checkLayout(Indicator indicator, Path file) throws IOException {
        List<String[]> records = records(file);
        String[] header = records.get(0);
        List<Observation> all = indicator.series().stream().flatMap(s -> s.observations().stream()).toList();
        assertAll(
                () -> assertFalse(indicator.series().isEmpty(), "no series"),
                () -> assertFalse(indicator.dataColumns().get(0).contains("\uFEFF"), "BOM in the first column name"),
                () -> assertEquals(header[0].replace("\uFEFF", ""), indicator.dataColumns().get(0)),
                () -> assertEquals(header.length, indicator.dataColumns().size()),
                // every data row is kept, headline, group or crossed
                () -> assertEquals(records.size() - 1, all.size(), "observations"),
                () -> assertTrue(all.stream().allMatch(o -> o.period().label().equals(o.period().label().strip()))),
                // attributes and the columns with a role never become groups
                () -> assertEquals(Set.of(), intersection(dimensionColumns(indicator), union(ATTRIBUTES, ROLES)),
                        "attribute or role columns read as dimensions"),
                () -> assertTrue(ATTRIBUTES.containsAll(attributeColumns(indicator)), "attributes " + attributeColumns(indicator)),
                () -> assertEquals(expectedDimensions(records), dimensionColumns(indicator), "dimensions"),
                () -> assertEquals(expectedSeriesCount(records), indicator.series().size(), "series"),
                () -> {
                    for (Series s : indicator.series()) {
                        assertTrue(s.headline().stream().allMatch(Observation::isHeadline), s.name());
                        for (Series.Group g : s.groups()) {
                            assertFalse(union(ATTRIBUTES, ROLES).contains(g.dimension()), g.dimension());
                            assertTrue(g.observations().stream().allMatch(o -> o.dimensions().equals(
                                    Map.of(g.dimension(), g.name()))), s.name() + " " + g);
                        }
                        long crossed = s.observations().stream().filter(o -> o.dimensions().size() > 1).count();
                        long grouped = s.groups().stream().mapToLong(g -> g.observations().size()).sum();
                        assertEquals(s.observations().size(), s.headline().size() + grouped + crossed, s.name());
                        assertEquals(1, s.observations().stream().map(o -> o.period().kind()).distinct().count(),
                                "one kind of period per series: " + s.name());
                    }
                },
                // a missing-value marker is a missing value, never a zero: as many values are missing
                // as cells hold a marker, and as many are zero as cells hold a zero
                () -> assertEquals(valueCells(records, v -> MISSING.contains(v.toLowerCase(Locale.ROOT))),
                        all.stream().filter(o -> !o.hasValue()).count(), "missing values"),
                () -> assertEquals(valueCells(records, OpenSdgLayoutTest::isZero),
                        all.stream().filter(o -> o.hasValue() && o.value().signum() == 0).count(), "zeros"),
                () -> assertNotNull(analyse(indicator).status()));
    }

    /** A full build: the file is published byte for byte, and the page has a panel per series. */
    private static void checkBuild(Path content, Indicator indicator, Path data, Path output)
            throws IOException, SiteException {
        new SiteBuilder(Reporter.SILENT).build(BuildRequest.of(content, output));
        Path published = output.resolve("data/" + indicator.id() + ".csv");
        assertTrue(Files.isRegularFile(published), published + " is missing");
        assertArrayEquals(Files.readAllBytes(data), Files.readAllBytes(published), "data/" + indicator.id() + ".csv");
        assertTrue(Files.isRegularFile(output.resolve("data/" + indicator.id() + ".json")));

        Path page = output.resolve("indicators/" + indicator.id() + "/index.html");
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        assertEquals(indicator.series().size(), html.select("section[data-series-panel]").size(), "series panels");
        if (indicator.series().size() > 1) {
            // the series selector names every series, and no option is blank
            List<String> options = html.select("select[data-series-select] option").stream().map(Element::text).toList();
            assertEquals(indicator.series().stream().map(Series::name).toList(), options);
            assertTrue(options.stream().noneMatch(String::isBlank), "a series without a name in the selector: " + options);
        } else {
            assertTrue(html.select("select[data-series-select]").isEmpty());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    private static Path resource(String relative) {
        URL url = OpenSdgLayoutTest.class.getResource("/" + relative);
        if (url == null) throw new IllegalArgumentException("No test resource " + relative);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The folder real files are dropped into: {@code ../shared/opensdg} relative to the repository. */
    private static Path realFilesFolder() {
        String given = System.getProperty("impactsite.opensdg.real");
        if (given != null && !given.isBlank()) return Path.of(given).toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        // surefire runs in plugin/; the repository is the folder that holds plugin/
        Path repository = Files.isDirectory(here.resolve("plugin")) ? here : here.getParent();
        return repository.resolve("../shared/opensdg").normalize();
    }

    /** A copy of a case's initiative, with one indicator that reads the real file as it is. */
    private static Path realProject(Case c, Path file, Path project) throws IOException {
        Files.createDirectories(project.resolve("indicators"));
        Files.copy(c.content().resolve("initiative.yml"), project.resolve("initiative.yml"));
        Files.copy(file, project.resolve("indicators/" + file.getFileName()));
        List<String[]> records = records(file);
        int period = periodColumn(records.get(0));
        String first = records.size() > 1 ? records.get(1)[period].strip() : "2015";
        String yml = "title: " + quote(file.getFileName().toString()) + "\n"
                + "goal: " + c.goal + "\n"
                + "description: A real published file, built as it is.\n"
                + "unit: \"%\"\n"
                + "direction: increase\n"
                + "data: " + quote(file.getFileName().toString()) + "\n"
                + "baseline:\n  period: " + quote(first) + "\n";
        Files.writeString(project.resolve("indicators/" + slug(file) + ".yml"), yml);
        return project;
    }

    private static String slug(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
        String s = name.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "indicator" : s;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The file's records as a plain CSV reader sees them (the header first), blank lines skipped. */
    private static List<String[]> records(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
        List<String[]> out = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
            while (it.hasNextValue()) out.add(it.nextValue());
        }
        return out;
    }

    private static int periodColumn(String[] header) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].replace("\uFEFF", "").strip().equals("Year")) return i;
        }
        throw new AssertionError("no Year column in " + String.join(",", header));
    }

    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "#n/a");

    /**
     * The columns that should be dimensions of some observation: all but the period, the value, the
     * series columns and the attributes, where at least one cell holds a group.
     */
    private static Set<String> expectedDimensions(List<String[]> records) {
        String[] header = records.get(0);
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].replace("\uFEFF", "");
            if (ATTRIBUTES.contains(name) || ROLES.contains(name)) continue;
            int column = i;
            if (records.stream().skip(1).anyMatch(r -> !MISSING.contains(r[column].strip().toLowerCase(Locale.ROOT)))) {
                out.add(name);
            }
        }
        return out;
    }

    /** How many cells of the Value column satisfy a test. */
    private static long valueCells(List<String[]> records, Predicate<String> test) {
        int value = -1;
        String[] header = records.get(0);
        for (int i = 0; i < header.length; i++) {
            if (header[i].replace("\uFEFF", "").strip().equals("Value")) value = i;
        }
        int column = value;
        return records.stream().skip(1).map(r -> r[column].strip()).filter(test).count();
    }

    private static boolean isZero(String cell) {
        try {
            return new BigDecimal(cell).signum() == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** One series per distinct non-empty combination of the Series and Units cells. */
    private static long expectedSeriesCount(List<String[]> records) {
        String[] header = records.get(0);
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].replace("\uFEFF", "");
            if (name.equals("Series") || name.equals("Units")) columns.add(i);
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String[] r : records.subList(1, records.size())) {
            keys.add(columns.stream().map(i -> r[i].strip()).filter(Predicate.not(String::isEmpty))
                    .collect(Collectors.joining(" · ")));
        }
        return Math.max(1, keys.size());
    }

    private static Site load(Path content) {
        Problems problems = new Problems();
        Site site = new ContentLoader().load(content, problems).orElse(null);
        assertEquals(List.of(), problems.errors().stream().map(Object::toString).toList(), "errors loading " + content);
        assertNotNull(site);
        return site;
    }

    private static Indicator indicator(Case c) {
        Indicator i = only(load(c.content()).indicators());
        assertEquals(c.indicator, i.id());
        return i;
    }

    private static IndicatorAnalysis analyse(Indicator indicator) {
        // as the build does: the site's thresholds with the indicator's own (the published defaults here)
        return Analyser.analyse(indicator, indicator.thresholds());
    }

    private static Path dataFile(Case c, Indicator indicator) {
        return c.content().resolve(indicator.dataFile());
    }

    private static <T> T only(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }

    private static Set<String> dimensionColumns(Indicator indicator) {
        return indicator.series().stream().flatMap(s -> s.observations().stream())
                .flatMap(o -> o.dimensions().keySet().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> attributeColumns(Indicator indicator) {
        return indicator.series().stream().flatMap(s -> s.observations().stream())
                .flatMap(o -> o.attributes().keySet().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }

    /** A missing-value marker is never read as zero; these files have no true zeros. */
    private static void assertNoZeros(Indicator indicator) {
        List<Observation> zeros = indicator.series().stream().flatMap(s -> s.observations().stream())
                .filter(o -> o.hasValue() && o.value().signum() == 0).toList();
        assertEquals(List.of(), zeros);
    }

    private static List<String> labels(List<Observation> observations) {
        return observations.stream().map(o -> o.period().label()).toList();
    }

    private static Observation at(Series series, String period, Map<String, String> dimensions) {
        return only(series.observations().stream()
                .filter(o -> o.period().label().equals(period) && o.dimensions().equals(dimensions)).toList());
    }

    private static Series.Group group(Series series, String dimension, String name) {
        return only(series.groups().stream().filter(g -> g.dimension().equals(dimension) && g.name().equals(name)).toList());
    }

    private static Status groupStatus(SeriesAnalysis s, String dimension, String name) {
        return only(s.groups().stream()
                .filter(g -> g.group().dimension().equals(dimension) && g.group().name().equals(name))
                .map(SeriesAnalysis.GroupAnalysis::status).toList());
    }

    private static double growth(double y0, double t0, double y1, double t1) {
        return Math.pow(y1 / y0, 1 / (t1 - t0)) - 1;
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Path copy(Path from, Path to) {
        return Folders.copy(from, to);
    }
}
