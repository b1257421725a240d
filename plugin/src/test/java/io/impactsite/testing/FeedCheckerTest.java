package io.impactsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedCheckerTest {

    private static final String BASE = "https://example.org/";

    @Test
    void completeFeedPasses() {
        assertEquals(List.of(), FeedChecker.check(Fixtures.path("feed/complete.xml"), BASE));
    }

    @Test
    void entryWithoutIdAndUpdatedFails() {
        assertEquals(List.of("entry 2: missing id", "entry 2: missing or invalid updated"),
                FeedChecker.check(Fixtures.path("feed/incomplete.xml"), BASE));
    }

    @Test
    void everyOtherMustIsChecked() {
        List<String> withoutBase = List.of(
                "feed: missing id",
                "feed: missing or invalid updated",
                "feed: missing title",
                "entry 1: id is not an absolute IRI: stories/first.html",
                "entry 1: no author, and the feed has none",
                "entry 1: neither content nor an alternate link");
        assertEquals(withoutBase, FeedChecker.check(Fixtures.path("feed/gaps.xml")));
        List<String> withBase = new ArrayList<>(withoutBase);
        withBase.add("link not absolute: /");
        assertEquals(withBase, FeedChecker.check(Fixtures.path("feed/gaps.xml"), BASE));
    }

    @Test
    void malformedXmlIsAProblem() {
        List<String> problems = FeedChecker.check(Fixtures.path("feed/broken.xml"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("not a feed: "), problems.get(0));
    }
}
