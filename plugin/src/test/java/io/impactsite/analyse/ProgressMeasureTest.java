package io.impactsite.analyse;

import io.impactsite.testing.English;
import io.impactsite.model.Thresholds;
import static io.impactsite.analyse.IndicatorData.DOWN;
import static io.impactsite.analyse.IndicatorData.UP;
import static io.impactsite.analyse.IndicatorData.analyse;
import static io.impactsite.analyse.IndicatorData.indicator;
import static io.impactsite.analyse.IndicatorData.rows;
import static io.impactsite.analyse.IndicatorData.series;
import static io.impactsite.analyse.IndicatorData.status;
import static io.impactsite.analyse.IndicatorData.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.impactsite.analyse.Status.Code;
import io.impactsite.model.Indicator.Direction;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The status rules of DESIGN.md ("Indicator semantics"), one case per rule and per break, every
 * expected number computed by hand.
 */
class ProgressMeasureTest {

    /** Both sides of 0.95, 0.6 and 0: baseline 2020, one year to the latest, two to the target. */
    @Nested
    class WithTarget {
        // increase: target 2022 = 121 from 100: required (121/100)^(1/2)-1 = 1.1-1 = 0.1
        // decrease: target 2022 = 81 from 100:  required (81/100)^(1/2)-1 = 0.9-1 = -0.1, |.| = 0.1
        @ParameterizedTest(name = "{0} 2020=100 2021={1} target {2}: R = {3} -> {4}")
        @CsvSource({
            // observed 109.5/100-1 = 0.095;   R = 0.095/0.1 = 0.95
            "INCREASE, 109.5,  121, 0.95,   ON_TRACK",
            // observed 0.0949;                R = 0.949
            "INCREASE, 109.49, 121, 0.949,  ACCELERATION_NEEDED",
            // observed 0.06;                  R = 0.6
            "INCREASE, 106,    121, 0.6,    ACCELERATION_NEEDED",
            // observed 0.0599;                R = 0.599
            "INCREASE, 105.99, 121, 0.599,  LIMITED_PROGRESS",
            // observed 0;                     R = 0
            "INCREASE, 100,    121, 0,      LIMITED_PROGRESS",
            // observed -0.0001;               R = -0.001
            "INCREASE, 99.99,  121, -0.001, MOVING_AWAY",
            // observed 90.5/100-1 = -0.095;   R = -1 * -0.095 / 0.1 = 0.95
            "DECREASE, 90.5,   81,  0.95,   ON_TRACK",
            // observed -0.0949;               R = 0.949
            "DECREASE, 90.51,  81,  0.949,  ACCELERATION_NEEDED",
            // observed -0.06;                 R = 0.6
            "DECREASE, 94,     81,  0.6,    ACCELERATION_NEEDED",
            // observed -0.0599;               R = 0.599
            "DECREASE, 94.01,  81,  0.599,  LIMITED_PROGRESS",
            // observed 0;                     R = 0
            "DECREASE, 100,    81,  0,      LIMITED_PROGRESS",
            // observed +0.0001;               R = -0.001
            "DECREASE, 100.01, 81,  -0.001, MOVING_AWAY",
        })
        void breaks(Direction direction, String latest, String target, double r, Code code) {
            Status s = status(direction, "2020", target("2022", target), "2020=100", "2021=" + latest);
            assertEquals(code, s.code());
            assertEquals(r, s.value(), 1e-9);
            assertEquals("", English.text(s.reason()));
        }

        @Test
        void severalYears() {
            // (52/40)^(1/6)-1 = 0.044698; required (60/40)^(1/14)-1 = 0.029385; R = 1.5211
            Status s = status(UP, "2015", target("2029", "60"), "2015=40", "2018=45", "2021=52");
            assertEquals(Code.ON_TRACK, s.code());
            assertEquals(1.5211, s.value(), 1e-4);
            assertEquals("2021", s.latest().period());
            assertEquals("2029", s.target().period());
        }

        @Test
        void theLatestTargetIsTheOneThatCounts() {
            // targets 2022 = 121 and 2025 = 105 from 100 in 2020; the 2025 one counts:
            // required (105/100)^(1/5)-1 = 0.0098058; observed 102/100-1 = 0.02; R = 2.0396
            var a = Analyser.analyse(indicator(UP, "2020", List.of(target("2025", "105"), target("2022", "121")),
                    series("", rows("2020=100", "2021=102"))), Thresholds.DEFAULT);
            assertEquals(Code.ON_TRACK, a.status().code());
            assertEquals(2.0396, a.status().value(), 1e-4);
        }
    }

    /** Without a target: g = d * CAGRo against 1.5% and 0.5% a year. Baseline 2020 = 200, latest 2021. */
    @ParameterizedTest(name = "{0} 200 -> {1}: g = {2} -> {3}")
    @CsvSource({
        // 203/200-1 = 0.015
        "INCREASE, 203,    0.015,   ON_TRACK",
        // 202.99/200-1 = 0.01495
        "INCREASE, 202.99, 0.01495, ACCELERATION_NEEDED",
        // 201/200-1 = 0.005
        "INCREASE, 201,    0.005,   ACCELERATION_NEEDED",
        // 200.99/200-1 = 0.00495
        "INCREASE, 200.99, 0.00495, LIMITED_PROGRESS",
        // 0
        "INCREASE, 200,    0,       LIMITED_PROGRESS",
        // 199/200-1 = -0.005
        "INCREASE, 199,    -0.005,  MOVING_AWAY",
        // -(197/200-1) = 0.015
        "DECREASE, 197,    0.015,   ON_TRACK",
        // -(197.01/200-1) = 0.01495
        "DECREASE, 197.01, 0.01495, ACCELERATION_NEEDED",
        // -(199/200-1) = 0.005
        "DECREASE, 199,    0.005,   ACCELERATION_NEEDED",
        // -(199.01/200-1) = 0.00495
        "DECREASE, 199.01, 0.00495, LIMITED_PROGRESS",
        // 0
        "DECREASE, 200,    0,       LIMITED_PROGRESS",
        // -(201/200-1) = -0.005
        "DECREASE, 201,    -0.005,  MOVING_AWAY",
    })
    void growthWithoutTarget(Direction direction, String latest, double g, Code code) {
        Status s = status(direction, "2020", null, "2020=200", "2021=" + latest);
        assertEquals(code, s.code());
        assertEquals(g, s.value(), 1e-9);
        assertNull(s.target());
    }

    @Test
    void growthOverSeveralYears() {
        // (54/50)^(1/4)-1 = 1.08^0.25-1 = 0.019427 >= 0.015
        Status s = status(UP, "2016", null, "2016=50", "2018=51", "2020=54");
        assertEquals(Code.ON_TRACK, s.code());
        assertEquals(0.019427, s.value(), 1e-6);
    }

    @Test
    void customThresholds() {
        var custom = new Thresholds(0.9, 0.5, 0.02, 0.01);
        // observed 109.2/100-1 = 0.092, required 0.1: R = 0.92, on track above 0.9 (default 0.95 would say acceleration)
        var withTarget = indicator(UP, "2020", List.of(target("2022", "121")), series("", rows("2020=100", "2021=109.2")));
        assertEquals(Code.ON_TRACK, Analyser.analyse(withTarget, custom).status().code());
        assertEquals(0.92, Analyser.analyse(withTarget, custom).status().value(), 1e-9);
        assertEquals(Code.ACCELERATION_NEEDED, Analyser.analyse(withTarget, Thresholds.DEFAULT).status().code());
        // g = 203/200-1 = 0.015: 0.01 <= g < 0.02 is acceleration needed (default 0.015 would say on track)
        var withoutTarget = indicator(UP, "2020", List.of(), series("", rows("2020=200", "2021=203")));
        assertEquals(Code.ACCELERATION_NEEDED, Analyser.analyse(withoutTarget, custom).status().code());
        assertEquals(Code.ON_TRACK, Analyser.analyse(withoutTarget, Thresholds.DEFAULT).status().code());
    }

    /** Rule 4's |CAGRr|: moving towards a target that lies the wrong way is not progress. */
    @Nested
    class WrongWayTarget {
        @Test
        void increaseWithTargetBelowBaseline() {
            // 50 -> 35 over 5 years: (35/50)^(1/5)-1 = 0.7^0.2-1 = -0.068850
            // required (40/50)^(1/10)-1 = 0.8^0.1-1 = -0.022067
            // R = +1 * -0.068850 / 0.022067 = -3.1200 (without the |.| it would be +3.12, "on track")
            Status s = status(UP, "2015", target("2025", "40"), "2015=50", "2020=35");
            assertEquals(Code.MOVING_AWAY, s.code());
            assertEquals(-3.1200, s.value(), 1e-4);
        }

        @Test
        void decreaseWithTargetAboveBaseline() {
            // 20 -> 35 over 5 years: 1.75^0.2-1 = 0.118427; required (30/20)^(1/10)-1 = 1.5^0.1-1 = 0.041380
            // R = -1 * 0.118427 / 0.041380 = -2.8620
            Status s = status(DOWN, "2015", target("2025", "30"), "2015=20", "2020=35");
            assertEquals(Code.MOVING_AWAY, s.code());
            assertEquals(-2.8620, s.value(), 1e-4);
        }
    }

    /** Rule 2: the target reached in the desired direction, whatever else holds. */
    @Nested
    class TargetAchieved {
        @Test
        void increaseReachingTheTargetExactly() {
            // 60 >= 60
            Status s = status(UP, "2015", target("2025", "60"), "2015=40", "2020=60");
            assertEquals(Code.TARGET_ACHIEVED, s.code());
            assertNull(s.value());
            assertEquals("", English.text(s.reason()));
        }

        @Test
        void decreaseReachingTheTargetExactly() {
            // 10 <= 10
            assertEquals(Code.TARGET_ACHIEVED, status(DOWN, "2015", target("2025", "10"), "2015=20", "2020=10").code());
        }

        @Test
        void increaseJustShortIsNotAchieved() {
            // 59.9 < 60: observed (59.9/40)^(1/5)-1 = 0.084110, required (60/40)^(1/10)-1 = 0.041380, R = 2.0326
            Status s = status(UP, "2015", target("2025", "60"), "2015=40", "2020=59.9");
            assertEquals(Code.ON_TRACK, s.code());
            assertEquals(2.0326, s.value(), 1e-4);
        }

        @Test
        void winsOverAMissingBaseline() {
            // no value in 2015 (rule 3 would say insufficient), but 65 >= 60
            assertEquals(Code.TARGET_ACHIEVED, status(UP, "2015", target("2025", "60"), "2015=NA", "2016=50", "2020=65").code());
            assertEquals(Code.TARGET_ACHIEVED, status(UP, "2015", target("2025", "60"), "2016=50", "2020=65").code());
        }

        @Test
        void winsOverAZeroBaseline() {
            // y0 = 0 (no growth rate), but 5 >= 4
            assertEquals(Code.TARGET_ACHIEVED, status(UP, "2015", target("2025", "4"), "2015=0", "2020=5").code());
        }

        @Test
        void winsWhenTheTrendIsAway() {
            // falling since 2018 (70 -> 62), but 62 >= 60
            assertEquals(Code.TARGET_ACHIEVED,
                    status(UP, "2015", target("2025", "60"), "2015=50", "2018=70", "2020=62").code());
            // decrease indicator got worse since the baseline (20 -> 25), but 25 <= 30, the target it set
            assertEquals(Code.TARGET_ACHIEVED, status(DOWN, "2015", target("2025", "30"), "2015=20", "2020=25").code());
        }
    }

    /** Rules 1 and 3: insufficient data, with the reason the page shows. */
    @Nested
    class InsufficientData {
        private void assertInsufficient(String reason, Status s) {
            assertEquals(Code.INSUFFICIENT_DATA, s.code());
            assertEquals(reason, English.text(s.reason()));
            assertNull(s.value());
        }

        @Test
        void noValuesAtAll() {
            assertInsufficient("there are no values yet", status(UP, "2015", target("2025", "60"), "2015=NA", "2016=NA"));
            assertInsufficient("there are no values yet", status(DOWN, "2015", null));
            assertNull(status(UP, "2015", null, "2015=NA").latest());
        }

        @Test
        void baselinePeriodWithoutValueIsNotMoved() {
            // 2014 and 2016 have values; the baseline stays 2015 and has none
            SeriesAnalysis a = analyse(UP, "2015", target("2025", "60"), "2014=30", "2015=NA", "2016=34", "2020=40");
            assertInsufficient("the baseline period 2015 has no value", a.status());
            assertEquals("2015", a.status().baseline().period());
            assertNull(a.status().baseline().value());
            assertEquals("2020", a.status().latest().period());
            assertNull(a.change());
            assertNull(a.relativeChange());
            assertNull(a.progress());
        }

        @Test
        void baselinePeriodAbsentFromTheData() {
            assertInsufficient("the baseline period 2015 has no value", status(DOWN, "2015", null, "2016=34", "2020=30"));
        }

        @Test
        void latestNotAfterBaseline() {
            assertInsufficient("there is no value after the baseline period 2020", status(UP, "2020", null, "2020=50"));
            // a later row without a value does not count
            assertInsufficient("there is no value after the baseline period 2020",
                    status(UP, "2020", target("2030", "60"), "2019=45", "2020=50", "2021=NA"));
        }

        @Test
        void zeroOrNegativeBaselineValue() {
            assertInsufficient("a growth rate needs positive values, and the baseline value is 0",
                    status(UP, "2015", null, "2015=0", "2020=5"));
            assertInsufficient("a growth rate needs positive values, and the baseline value is -5",
                    status(UP, "2015", target("2025", "10"), "2015=-5", "2020=5"));
        }

        @Test
        void zeroOrNegativeLatestValue() {
            assertInsufficient("a growth rate needs positive values, and the latest value is 0",
                    status(DOWN, "2015", null, "2015=5", "2020=0"));
            assertInsufficient("a growth rate needs positive values, and the latest value is -1.5",
                    status(UP, "2015", target("2025", "10"), "2015=5", "2020=-1.5"));
        }

        @Test
        void zeroOrNegativeTarget() {
            // decrease, 5 > 0 so not achieved; the required rate needs yT > 0
            assertInsufficient("a growth rate needs positive values, and the target is 0",
                    status(DOWN, "2015", target("2030", "0"), "2015=10", "2020=5"));
            assertInsufficient("a growth rate needs positive values, and the target is -2",
                    status(DOWN, "2015", target("2030", "-2"), "2015=10", "2020=5"));
        }

        @Test
        void targetPeriodNotAfterBaseline() {
            assertInsufficient("the target period 2020 is not after the baseline period 2020",
                    status(UP, "2020", target("2020", "60"), "2020=40", "2022=45"));
            assertInsufficient("the target period 2018 is not after the baseline period 2020",
                    status(UP, "2020", target("2018", "60"), "2020=40", "2022=45"));
        }

        @Test
        void targetEqualsBaseline() {
            // 45 < 50: not achieved; required rate would be 0
            assertInsufficient("the target equals the baseline value",
                    status(UP, "2015", target("2030", "50"), "2015=50", "2020=45"));
            // written differently, same number
            assertInsufficient("the target equals the baseline value",
                    status(DOWN, "2015", target("2030", "50.0"), "2015=50", "2020=55"));
        }
    }
}
