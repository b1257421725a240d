package io.impactsite.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.impactsite.analyse.Standing;
import io.impactsite.analyse.StatusCounts;
import io.impactsite.testing.English;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The headline counts every indicator once, adds up, and counts only on track and achieved as success. */
class HeadlineTest {

    private static String headline(Object... standingsAndCounts) {
        Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
        int total = 0;
        for (int i = 0; i < standingsAndCounts.length; i += 2) {
            counts.put((Standing) standingsAndCounts[i], (Integer) standingsAndCounts[i + 1]);
            total += (Integer) standingsAndCounts[i + 1];
        }
        return Cards.headline(English.strings(), new StatusCounts(counts, total, 0, 0));
    }

    @Test
    void theExamplesMix() {
        assertEquals("5 of 12 on track or achieved, 2 need acceleration, 2 limited progress, 1 moving away; "
                + "2 without a target: 1 improving, 1 with little change", headline(Standing.TARGET_ACHIEVED, 1,
                Standing.ON_TRACK, 4, Standing.ACCELERATION_NEEDED, 2, Standing.LIMITED_PROGRESS, 2,
                Standing.MOVING_AWAY, 1, Standing.IMPROVING, 1, Standing.LITTLE_CHANGE, 1));
    }

    @Test
    void limitedProgressIsNeverASuccess() {
        assertEquals("0 of 3 on track or achieved, 1 needs acceleration, 2 limited progress",
                headline(Standing.ACCELERATION_NEEDED, 1, Standing.LIMITED_PROGRESS, 2));
    }

    @Test
    void withoutAnyTargetOrEnoughData() {
        assertEquals("All 3 indicators have no target: 2 improving, 1 worsening",
                headline(Standing.IMPROVING, 2, Standing.WORSENING, 1));
        assertEquals("1 of 2 on track or achieved; 1 without enough data to judge",
                headline(Standing.ON_TRACK, 1, Standing.INSUFFICIENT_DATA, 1));
        assertEquals("2 of 2 without enough data to judge", headline(Standing.INSUFFICIENT_DATA, 2));
        assertEquals("No indicators yet", headline());
    }

    /** The report card lists every indicator; the headline says why its "of 13" is not the 14 rows. */
    @Test
    void indicatorsNotReportedYetAreCountedApart() {
        Map<Standing, Integer> counts = new EnumMap<>(Map.of(Standing.ON_TRACK, 2, Standing.MOVING_AWAY, 1));
        assertEquals("2 of 3 on track or achieved, 1 moving away; 1 more indicator not reported yet: 1 planned",
                Cards.headline(English.strings(), new StatusCounts(counts, 3, 0, 1)));
        assertEquals("2 of 3 on track or achieved, 1 moving away; 3 more indicators not reported yet: 1 in progress, 2 planned",
                Cards.headline(English.strings(), new StatusCounts(counts, 3, 1, 2)));
        assertEquals("2 more indicators not reported yet: 2 planned",
                Cards.headline(English.strings(), new StatusCounts(Map.of(), 0, 0, 2)));
    }
}
