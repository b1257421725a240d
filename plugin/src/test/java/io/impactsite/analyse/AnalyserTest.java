package io.impactsite.analyse;

import io.impactsite.testing.English;
import io.impactsite.model.Thresholds;
import static io.impactsite.analyse.IndicatorData.DOWN;
import static io.impactsite.analyse.IndicatorData.UP;
import static io.impactsite.analyse.IndicatorData.analyse;
import static io.impactsite.analyse.IndicatorData.group;
import static io.impactsite.analyse.IndicatorData.indicator;
import static io.impactsite.analyse.IndicatorData.rows;
import static io.impactsite.analyse.IndicatorData.series;
import static io.impactsite.analyse.IndicatorData.status;
import static io.impactsite.analyse.IndicatorData.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.impactsite.analyse.Status.Code;
import io.impactsite.model.Indicator;
import io.impactsite.model.Observation;
import io.impactsite.model.Indicator.HeadlineChoice;
import io.impactsite.model.Series;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Latest, change, progress, the time periods count for, groups, the indicator's status, and gaps. */
class AnalyserTest {

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", got " + actual);
    }

    /** Time in years: a quarter is year + (q-1)/4, a month year + (m-1)/12, a school year its first year. */
    @Nested
    class PeriodsInTheGrowthRate {
        @Test
        void quarterlySeriesWithoutTarget() {
            // 2019-Q1 = 2019.0, 2021-Q3 = 2021.5: (110/100)^(1/2.5)-1 = 1.1^0.4-1 = 0.038860
            Status s = status(UP, "2019-Q1", null, "2019-Q1=100", "2019-Q2=102", "2021-Q3=110");
            assertEquals(Code.ON_TRACK, s.code());
            assertEquals(0.038860, s.value(), 1e-6);
            assertEquals(2019.0, s.baseline().time());
            assertEquals(2021.5, s.latest().time());
        }

        @Test
        void quarterlySeriesWithTarget() {
            // observed 0.038860 as above; target 2025-Q1 = 2025.0: (130/100)^(1/6)-1 = 0.044698; R = 0.86940
            Status s = status(UP, "2019-Q1", target("2025-Q1", "130"), "2019-Q1=100", "2021-Q3=110");
            assertEquals(Code.ACCELERATION_NEEDED, s.code());
            assertEquals(0.86940, s.value(), 1e-5);
        }

        @Test
        void monthlySeries() {
            // 2019-01 = 2019.0, 2019-07 = 2019 + 6/12 = 2019.5: (101/100)^(1/0.5)-1 = 1.0201-1 = 0.0201
            Status s = status(UP, "2019-01", null, "2019-01=100", "2019-07=101");
            assertEquals(Code.ON_TRACK, s.code());
            assertEquals(0.0201, s.value(), 1e-9);
            assertEquals(2019.5, s.latest().time());
        }

        @Test
        void schoolYearsWrittenTwoWays() {
            // baseline written 2019/20, data 2019-20 (= 2019) ... 2022-23 (= 2022): (54/50)^(1/3)-1 = 0.025986
            Status s = status(UP, "2019/20", null, "2019-20=50", "2020-21=52", "2022-23=54");
            assertEquals(Code.ON_TRACK, s.code());
            assertEquals(0.025986, s.value(), 1e-6);
            assertDecimal("50", s.baseline().value());
            assertEquals(2019.0, s.baseline().time());
        }
    }

    /** A missing value is skipped, never read as zero. */
    @Nested
    class MissingValues {
        @Test
        void trailingMissingValueIsSkipped() {
            // latest is 2019 = 48 (a zero in 2020 would make the latest value 0: insufficient)
            // (48/40)^(1/4)-1 = 1.2^0.25-1 = 0.046635
            Status s = status(UP, "2015", null, "2015=40", "2017=NA", "2019=48", "2020=NA");
            assertEquals(Code.ON_TRACK, s.code());
            assertEquals("2019", s.latest().period());
            assertDecimal("48", s.latest().value());
            assertEquals(0.046635, s.value(), 1e-6);
        }

        @Test
        void latestOfAList() {
            assertEquals("2019", Analyser.latest(rows("2018=1", "2020=NA", "2019=2")).orElseThrow().period().label());
            assertTrue(Analyser.latest(rows("2018=NA", "2019=NA")).isEmpty());
        }

        @Test
        void decreaseWithMissingLatestIsNotAZero() {
            // decrease target 10: a zero in 2021 would be "achieved"; the latest is 2020 = 15
            // observed (15/20)^(1/5)-1 = -0.055912; required (10/20)^(1/15)-1 = -0.045158; R = 1.2381
            Status s = status(DOWN, "2015", target("2030", "10"), "2015=20", "2020=15", "2021=NA");
            assertEquals(Code.ON_TRACK, s.code());
            assertEquals(1.2381, s.value(), 1e-4);
        }
    }

    /** Change since baseline, relative change and progress to target. */
    @Nested
    class ChangeAndProgress {
        @Test
        void percentIncrease() {
            // a percent measure: change in percentage points is just 47.6 - 44.1 = 3.5
            // relative 3.5/44.1 = 0.079365; progress 3.5/(60-44.1) = 3.5/15.9 = 0.220126
            var ind = indicator(UP, "2015", List.of(target("2030", "60")), HeadlineChoice.DEFAULT,
                    Indicator.Measure.PERCENT, series("", rows("2015=44.1", "2018=45.0", "2021=47.6")));
            SeriesAnalysis a = Analyser.analyse(ind, Thresholds.DEFAULT).headline();
            assertDecimal("3.5", a.change());
            assertEquals(0.079365, a.relativeChange(), 1e-6);
            assertEquals(0.220126, a.progress(), 1e-6);
        }

        @Test
        void decrease() {
            // 20 -> 15, target 10: change -5, relative -5/20 = -0.25, progress -5/(10-20) = 0.5
            SeriesAnalysis a = analyse(DOWN, "2015", target("2030", "10"), "2015=20", "2020=15");
            assertDecimal("-5", a.change());
            assertEquals(-0.25, a.relativeChange(), 1e-12);
            assertEquals(0.5, a.progress(), 1e-12);
        }

        @Test
        void decreaseMovingAwayHasNegativeProgress() {
            // 20 -> 22, target 10: change +2, relative 0.1, progress 2/(10-20) = -0.2
            SeriesAnalysis a = analyse(DOWN, "2015", target("2030", "10"), "2015=20", "2020=22");
            assertDecimal("2", a.change());
            assertEquals(0.1, a.relativeChange(), 1e-12);
            assertEquals(-0.2, a.progress(), 1e-12);
        }

        @Test
        void progressBeyondTheTarget() {
            // 40 -> 70, target 60: change 30, relative 0.75, progress 30/20 = 1.5
            SeriesAnalysis a = analyse(UP, "2015", target("2030", "60"), "2015=40", "2020=70");
            assertDecimal("30", a.change());
            assertEquals(0.75, a.relativeChange(), 1e-12);
            assertEquals(1.5, a.progress(), 1e-12);
        }

        @Test
        void noTargetNoProgress() {
            SeriesAnalysis a = analyse(UP, "2015", null, "2015=40", "2020=50");
            assertDecimal("10", a.change());
            assertEquals(0.25, a.relativeChange(), 1e-12);
            assertNull(a.progress());
        }
    }

    /**
     * Race groups, baseline 2015, target 2029 = 60 for all:
     * headline 40 -> 52, Black 30 -> 33, White 50 -> 62, Hispanic NA -> 45.
     */
    @Nested
    class Groups {
        private final Series.Group black = group("race", "Black", "2015=30", "2021=33");
        private final Series.Group white = group("race", "White", "2015=50", "2021=62");
        private final Series.Group hispanic = group("race", "Hispanic", "2015=NA", "2021=45");

        private Indicator withHeadline(HeadlineChoice choice, List<String> headline) {
            return indicator(UP, "2015", List.of(target("2029", "60")), choice, Indicator.Measure.NUMBER,
                    series("", rows(headline.toArray(String[]::new)), black, white, hispanic));
        }

        private Map<String, Status> byGroup(SeriesAnalysis a) {
            return a.groups().stream().collect(Collectors.toMap(g -> g.group().name(), SeriesAnalysis.GroupAnalysis::status));
        }

        @Test
        void eachGroupHasItsOwnStatusBySameRulesAndTarget() {
            IndicatorAnalysis a = Analyser.analyse(withHeadline(HeadlineChoice.DEFAULT, List.of("2015=40", "2021=52")),
                    Thresholds.DEFAULT);
            Map<String, Status> groups = byGroup(a.headline());
            // Black: (33/30)^(1/6)-1 = 0.016012; required (60/30)^(1/14)-1 = 0.050757; R = 0.31546
            assertEquals(Code.LIMITED_PROGRESS, groups.get("Black").code());
            assertEquals(0.31546, groups.get("Black").value(), 1e-5);
            assertEquals("2029", groups.get("Black").target().period());
            assertDecimal("60", groups.get("Black").target().value());
            // White: 62 >= 60
            assertEquals(Code.TARGET_ACHIEVED, groups.get("White").code());
            // Hispanic: no value in 2015, and the baseline is not moved
            assertEquals(Code.INSUFFICIENT_DATA, groups.get("Hispanic").code());
            assertEquals("the baseline period 2015 has no value", English.text(groups.get("Hispanic").reason()));
            // the indicator: the headline series, (52/40)^(1/6)-1 = 0.044698 over 0.029385, R = 1.5211
            assertEquals(Code.ON_TRACK, a.status().code());
            assertEquals(1.5211, a.status().value(), 1e-4);
        }

        @Test
        void aGroupWithATargetOfItsOwnIsMeasuredAgainstItAndTheOthersAgainstTheIndicators() {
            Indicator indicator = indicator(UP, "2015", List.of(target("2029", "60"),
                            new Indicator.Target("", "2029", new BigDecimal("34"), "race", "Black")),
                    HeadlineChoice.DEFAULT, Indicator.Measure.NUMBER,
                    series("", rows("2015=40", "2021=52"), black, white, hispanic));
            IndicatorAnalysis a = Analyser.analyse(indicator, Thresholds.DEFAULT);
            Map<String, Status> groups = byGroup(a.headline());
            // Black: (33/30)^(1/6)-1 = 0.016012; required (34/30)^(1/14)-1 = 0.0089806; R = 1.7830
            assertEquals(Code.ON_TRACK, groups.get("Black").code());
            assertEquals(1.7830, groups.get("Black").value(), 1e-4);
            assertDecimal("34", groups.get("Black").target().value());
            assertDecimal("60", groups.get("White").target().value());   // the indicator's target
            assertEquals(Code.TARGET_ACHIEVED, groups.get("White").code());
            // the indicator's own status does not take the group's target
            assertDecimal("60", a.status().target().value());
            assertEquals(1.5211, a.status().value(), 1e-4);
        }

        @Test
        void theGapIsProjectedToTheTargetPeriodAtEachGroupsPaceAgainstItsOwnTarget() {
            // White (62/50)^(1/6)-1 a year from 2021 to 2029: 82.595; Black (33/30)^(1/6)-1: 37.472; gap 45.123
            IndicatorAnalysis a = Analyser.analyse(withHeadline(HeadlineChoice.DEFAULT, List.of("2015=40", "2021=52")),
                    Thresholds.DEFAULT);
            Gap g = a.headline().gaps().get(0);
            assertEquals("2029", g.projectedPeriod(), "the series' target period");
            assertEquals(45.1233, g.projected().doubleValue(), 1e-3);
            assertNull(g.target(), "no target for the gap");
            Indicator withGapTarget = indicator(UP, "2015", List.of(target("2029", "60"),
                            new Indicator.Target("", "2031", new BigDecimal("10"), "race", "")),
                    HeadlineChoice.DEFAULT, Indicator.Measure.NUMBER, series("", rows("2015=40", "2021=52"), black, white, hispanic));
            Gap own = Analyser.analyse(withGapTarget, Thresholds.DEFAULT).headline().gaps().get(0);
            // to the gap's own target period: 62 (1+gw)^10 - 33 (1+gb)^10
            double expected = 62 * Math.pow(62.0 / 50, 10.0 / 6) - 33 * Math.pow(33.0 / 30, 10.0 / 6);
            assertEquals("2031", own.projectedPeriod());
            assertEquals(expected, own.projected().doubleValue(), 1e-3);
            assertDecimal("10", own.target());
            assertEquals(Code.ON_TRACK, Analyser.analyse(withGapTarget, Thresholds.DEFAULT).status().code(),
                    "a target for the gap is not the indicator's");
        }

        @Test
        void noHeadlineRowsNamedGroupCarriesTheStatus() {
            IndicatorAnalysis a = Analyser.analyse(withHeadline(new HeadlineChoice("", "race", "Black"), List.of()),
                    Thresholds.DEFAULT);
            // Black's R = 0.31546, as above
            assertEquals(Code.LIMITED_PROGRESS, a.status().code());
            assertEquals(0.31546, a.status().value(), 1e-5);
        }

        /** Every row names a sex and an area: the cross the YAML names carries the status. */
        @Test
        void aCrossOfDimensionsCarriesTheStatus() {
            Map<String, String> cross = new java.util.LinkedHashMap<>();
            cross.put("sex", "Female");
            cross.put("area", "North");
            List<Observation> rows = new java.util.ArrayList<>();
            for (String pv : List.of("2015=40", "2020=50")) rows.add(IndicatorData.obs(pv, cross));
            for (String pv : List.of("2015=40", "2020=30")) rows.add(IndicatorData.obs(pv, Map.of("sex", "Male", "area", "North")));
            Series s = new Series("", "", List.of(), List.of(), rows);
            var ind = indicator(UP, "2015", List.of(), new HeadlineChoice("", "", "", cross), Indicator.Measure.NUMBER, s);
            IndicatorAnalysis a = Analyser.analyse(ind, Thresholds.DEFAULT);
            // 40 to 50 in five years: g = (50/40)^(1/5) - 1 = 0.04564, above 1.5% a year
            assertEquals(Code.ON_TRACK, a.status().code());
            assertEquals(0.04564, a.status().value(), 1e-5);
            assertEquals("2020", a.status().latest().period());
        }

        @Test
        void noHeadlineRowsNoGroupNamed() {
            IndicatorAnalysis a = Analyser.analyse(withHeadline(HeadlineChoice.DEFAULT, List.of()), Thresholds.DEFAULT);
            assertEquals(Code.INSUFFICIENT_DATA, a.status().code());
            assertTrue(English.text(a.status().reason()).contains("no headline rows"), English.text(a.status().reason()));
            assertTrue(English.text(a.status().reason()).contains("names no group"), English.text(a.status().reason()));
        }

        @Test
        void namedGroupMissingFromTheHeadlineSeries() {
            // two series; the group named is only in the second, the first (the headline) has no headline rows
            var ind = indicator(UP, "2015", List.of(), new HeadlineChoice("", "race", "Black"), Indicator.Measure.NUMBER,
                    series("Rate", List.of(), white), series("Count", List.of(), black));
            IndicatorAnalysis a = Analyser.analyse(ind, Thresholds.DEFAULT);
            assertEquals(Code.INSUFFICIENT_DATA, a.status().code());
            assertTrue(English.text(a.status().reason()).contains("no headline rows"), English.text(a.status().reason()));
            assertTrue(English.text(a.status().reason()).contains("race = Black"), English.text(a.status().reason()));
        }

        @Test
        void noSeriesAtAll() {
            IndicatorAnalysis a = Analyser.analyse(indicator(UP, "2015", List.of()), Thresholds.DEFAULT);
            assertNull(a.headline());
            assertEquals(Code.INSUFFICIENT_DATA, a.status().code());
            assertEquals("the indicator has no data", English.text(a.status().reason()));
        }

        @Test
        void namedSeriesCarriesTheStatus() {
            // Rate: 200 -> 203 in a year, g = 0.015 on track; Count: 200 -> 199, g = -0.005 moving away
            Series rate = series("Rate", rows("2020=200", "2021=203"));
            Series count = series("Count", rows("2020=200", "2021=199"));
            var first = Analyser.analyse(indicator(UP, "2020", List.of(), rate, count), Thresholds.DEFAULT);
            assertEquals("Rate", first.headline().series().name());
            assertEquals(Code.ON_TRACK, first.status().code());
            var named = Analyser.analyse(indicator(UP, "2020", List.of(), new HeadlineChoice("Count", "", ""),
                    Indicator.Measure.NUMBER, rate, count), Thresholds.DEFAULT);
            assertEquals("Count", named.headline().series().name());
            assertEquals(Code.MOVING_AWAY, named.status().code());
            assertEquals(-0.005, named.status().value(), 1e-9);
            assertEquals(2, named.series().size());
        }
    }

    /** The distance between the best and worst group at the latest period with two or more group values. */
    @Nested
    class Gaps {
        private Map<String, Gap> gaps(Indicator.Direction direction, Series.Group... groups) {
            return Analyser.gaps(series("", List.of(), groups), direction.sign()).stream()
                    .collect(Collectors.toMap(Gap::dimension, Function.identity()));
        }

        @Test
        void increaseWidened() {
            // 2021: White 62 best, Black 33 worst, gap 29; 2015 (Hispanic NA, not 0): 50 - 30 = 20; change +9
            Gap g = gaps(UP, group("race", "Black", "2015=30", "2021=33"), group("race", "White", "2015=50", "2021=62"),
                    group("race", "Hispanic", "2015=NA", "2021=45")).get("race");
            assertEquals("2021", g.period());
            assertEquals("White", g.best());
            assertEquals("Black", g.worst());
            assertDecimal("29", g.gap());
            assertEquals("2015", g.firstPeriod());
            assertDecimal("20", g.firstGap());
            assertDecimal("9", g.change());
        }

        @Test
        void decreaseNarrowedAndBestIsLowest() {
            // lower is better: 2020 High 4.0 best, Low 12.0 worst, gap 8.0; 2016: 15.0 - 5.0 = 10.0; change -2.0
            Gap g = gaps(DOWN, group("income", "Low", "2016=15.0", "2020=12.0"),
                    group("income", "High", "2016=5.0", "2020=4.0")).get("income");
            assertEquals("High", g.best());
            assertEquals("Low", g.worst());
            assertDecimal("8.0", g.gap());
            assertDecimal("10.0", g.firstGap());
            assertDecimal("-2.0", g.change());
        }

        @Test
        void onlyOnePeriodWithTwoGroupValues() {
            // 2018: A only; 2019: A 5, B 7; 2020: B 8, A missing (not 0, which would make 2020 count with gap 8)
            Gap g = gaps(UP, group("sex", "A", "2018=5", "2019=5", "2020=NA"), group("sex", "B", "2019=7", "2020=8"))
                    .get("sex");
            assertEquals("2019", g.period());
            assertEquals("B", g.best());
            assertEquals("A", g.worst());
            assertDecimal("2", g.gap());
            assertNull(g.firstPeriod());
            assertNull(g.firstGap());
            assertNull(g.change());
        }

        @Test
        void onePerDimensionAndNoneWithoutTwoGroups() {
            // race: 2021 gap 62 - 33 = 29; sex: only F has values, no gap
            Map<String, Gap> g = gaps(UP, group("race", "Black", "2021=33"), group("race", "White", "2021=62"),
                    group("sex", "F", "2021=40"), group("sex", "M", "2021=NA"));
            assertEquals(1, g.size());
            assertDecimal("29", g.get("race").gap());
        }

        @Test
        void analysisCarriesTheGaps() {
            SeriesAnalysis a = Analyser.analyse(indicator(DOWN, "2016", List.of(),
                    series("", rows("2016=10", "2020=8"), group("income", "Low", "2016=15.0", "2020=12.0"),
                            group("income", "High", "2016=5.0", "2020=4.0"))), Thresholds.DEFAULT).headline();
            assertEquals(1, a.gaps().size());
            assertEquals("High", a.gaps().get(0).best());
            assertDecimal("-2.0", a.gaps().get(0).change());
        }
    }

    /** A file with a yearly and a quarterly series shares one baseline and target: each series says what it cannot read. */
    @Nested
    class SeriesOfSeveralPeriodKinds {
        @Test
        void aBaselineWrittenForAnotherKindIsInsufficientWithItsReason() {
            var yearly = series("Rate", rows("2014=10", "2016=12"));
            var quarterly = series("Count", rows("2016 Q1=5", "2016 Q4=7"));
            var a = Analyser.analyse(indicator(UP, "2014", List.of(), yearly, quarterly), Thresholds.DEFAULT);
            assertEquals(Code.ON_TRACK, a.series().get(0).status().code());   // (12/10)^(1/2)-1 = 0.0954
            assertEquals(Code.INSUFFICIENT_DATA, a.series().get(1).status().code());
            assertEquals("the baseline period 2014 is not a quarter, as this series' periods are",
                    English.text(a.series().get(1).status().reason()));
        }

        @Test
        void aTargetWrittenForAnotherKindIsNotSilentlyDropped() {
            var quarterly = series("Count", rows("2016 Q1=5", "2016 Q4=7"));
            var a = Analyser.analyse(indicator(UP, "2016 Q1", List.of(target("2030", "9")), quarterly),
                    Thresholds.DEFAULT);
            assertEquals(Code.INSUFFICIENT_DATA, a.status().code());
            assertEquals("the target period 2030 is not a quarter, as this series' periods are", English.text(a.status().reason()));
        }
    }
}
