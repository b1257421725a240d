package io.impactsite.analyse;

import static io.impactsite.analyse.IndicatorData.DOWN;
import static io.impactsite.analyse.IndicatorData.UP;
import static io.impactsite.analyse.IndicatorData.status;
import static io.impactsite.analyse.IndicatorData.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standings: with a target, the status codes' own words; without one, what the growth rate measured
 * (docs/indicators.md, "Words"); and the counts the headline states.
 */
class StandingTest {

    @Test
    void withATargetTheStandingIsTheCode() {
        // (110 / 100)^(1/2) - 1 = 0.0488 a year against (120 / 100)^(1/4) - 1 = 0.0466 needed: R = 1.05, on track
        assertEquals(Standing.ON_TRACK, Standing.of(status(UP, "2016", target("2020", "120"), "2016=100", "2018=110")));
        assertEquals(Standing.TARGET_ACHIEVED, Standing.of(status(UP, "2016", target("2020", "120"), "2016=100", "2018=121")));
        assertEquals(Standing.MOVING_AWAY, Standing.of(status(DOWN, "2016", target("2020", "10"), "2016=14", "2018=19")));
    }

    /** g = d * CAGRo against 1.5% and 0.5% a year, each worded by what was measured. */
    @Test
    void withoutATargetTheStandingSaysWhatWasMeasured() {
        // (104.04 / 100)^(1/2) - 1 = 0.02: 2% a year
        assertEquals(Standing.IMPROVING, Standing.of(status(UP, "2016", null, "2016=100", "2018=104.04")));
        // (102.01 / 100)^(1/2) - 1 = 0.01
        assertEquals(Standing.IMPROVING_SLOWLY, Standing.of(status(UP, "2016", null, "2016=100", "2018=102.01")));
        // (100.6 / 100)^(1/2) - 1 = 0.002996
        assertEquals(Standing.LITTLE_CHANGE, Standing.of(status(UP, "2016", null, "2016=100", "2018=100.6")));
        // lower is better and it rose: d * CAGRo < 0
        assertEquals(Standing.WORSENING, Standing.of(status(DOWN, "2016", null, "2016=100", "2018=104")));
        assertEquals(Standing.INSUFFICIENT_DATA, Standing.of(status(UP, "", null, "2016=100", "2018=104")));
    }

    @Test
    void onlyOnTrackAndAchievedAreSuccessAndNeverWithoutATarget() {
        for (Standing s : Standing.values()) {
            assertEquals(s == Standing.ON_TRACK || s == Standing.TARGET_ACHIEVED, s.success(), s.id());
        }
        assertFalse(Standing.LIMITED_PROGRESS.success());
        assertFalse(Standing.IMPROVING.success(), "improving without a target is not on track");
        assertTrue(Standing.IMPROVING.untargeted() && !Standing.IMPROVING.targeted());
        assertTrue(!Standing.INSUFFICIENT_DATA.targeted() && !Standing.INSUFFICIENT_DATA.untargeted());
    }

    @Test
    void countsAddUpAndKeepIndicatorsWithoutATargetApart() {
        List<IndicatorAnalysis> all = List.of(
                analysis(status(UP, "2016", target("2020", "120"), "2016=100", "2018=121")),      // achieved
                analysis(status(UP, "2016", target("2020", "120"), "2016=100", "2018=110")),      // on track
                analysis(status(UP, "2016", target("2020", "200"), "2016=100", "2018=101")),      // limited progress
                analysis(status(UP, "2016", null, "2016=100", "2018=104.04")),                    // improving
                analysis(status(UP, "", null, "2016=100", "2018=104")));                          // insufficient
        StatusCounts c = StatusCounts.of(all);
        assertEquals(5, c.total());
        assertEquals(2, c.succeeding(), "achieved and on track; never limited progress nor improving");
        assertEquals(3, c.targeted());
        assertEquals(1, c.untargeted());
        assertEquals(1, c.of(Standing.INSUFFICIENT_DATA));
        assertEquals(List.of(Standing.TARGET_ACHIEVED, Standing.ON_TRACK, Standing.LIMITED_PROGRESS, Standing.IMPROVING,
                Standing.INSUFFICIENT_DATA), c.present());
    }

    private static IndicatorAnalysis analysis(Status s) {
        return new IndicatorAnalysis(IndicatorData.indicator(UP, "2016", List.of()), List.of(), null, s);
    }
}
