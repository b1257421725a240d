package io.impactsite.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }

    @Test
    void distanceToItselfIsZero() {
        assertEquals(0, Suggestions.distance("title", "title"));
    }

    @Test
    void distanceToNothingIsTheLength() {
        assertEquals(5, Suggestions.distance("", "title"));
    }

    @Test
    void aSwapIsTwoEdits() {
        assertEquals(2, Suggestions.distance("titel", "title"));
    }

    @Test
    void nearestFindsTheLikelyTypo() {
        assertEquals(Optional.of("title"), Suggestions.nearest("titel", List.of("goal", "title", "unit")));
    }

    @Test
    void nearestIgnoresCase() {
        assertEquals(Optional.of("Black"), Suggestions.nearest("black", List.of("Black", "White")));
    }

    @Test
    void nearestPrefersTheAlphabeticallyFirstOfEquallyNearNames() {
        assertEquals(Optional.of("goal"), Suggestions.nearest("goa", List.of("goat", "goal")));
    }

    @Test
    void noSuggestionWhenEveryNameIsFar() {
        assertEquals(Optional.empty(), Suggestions.nearest("website", List.of("name", "sector", "url")));
    }

    @Test
    void noSuggestionAmongNoNames() {
        assertEquals(Optional.empty(), Suggestions.nearest("title", List.of()));
    }

    @Test
    void longerNamesAllowMoreEdits() {
        // three edits in a 14-letter name: up to a third of its length may differ
        assertEquals(Optional.of("school-readiness"), Suggestions.nearest("schol-readynes", List.of("school-readiness")));
    }

    @Test
    void shortNamesAllowTwoEdits() {
        assertEquals(Optional.of("unit"), Suggestions.nearest("uint", List.of("unit")));
    }

    @Test
    void shortNamesDoNotAllowThree() {
        assertEquals(Optional.empty(), Suggestions.nearest("bat", List.of("cow")));
    }

    @Test
    void didYouMeanIsReadyToAppend() {
        assertEquals(" Did you mean `increase`?", Suggestions.didYouMean("increasing", List.of("increase", "decrease")));
    }

    @Test
    void didYouMeanIsEmptyWithoutSuggestion() {
        assertEquals("", Suggestions.didYouMean("up", List.of("increase", "decrease")));
    }
}
