package io.impactsite.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pages a list of updates' pager links: the ends, two either side, and a gap between. */
class PagerTest {
    private static final int GAP = UpdatesPage.GAP;

    @Test
    void aLongListLinksItsEndsAndItsNeighboursOnly() {
        assertEquals(List.of(1, 2, 3, GAP, 300), UpdatesPage.shown(1, 300));
        assertEquals(List.of(1, GAP, 72, 73, 74, 75, 76, GAP, 300), UpdatesPage.shown(74, 300));
        assertEquals(List.of(1, GAP, 298, 299, 300), UpdatesPage.shown(300, 300));
    }

    @Test
    void aGapNeverHidesASinglePage() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, GAP, 10), UpdatesPage.shown(5, 10));
        assertEquals(List.of(1, GAP, 4, 5, 6, 7, 8, 9, 10), UpdatesPage.shown(6, 10));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), UpdatesPage.shown(4, 7));
    }

    @Test
    void aShortListLinksEveryPage() {
        assertEquals(List.of(1, 2), UpdatesPage.shown(2, 2));
        assertEquals(List.of(1, 2, 3, 4, 5), UpdatesPage.shown(1, 5));
    }
}
