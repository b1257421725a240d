package io.impactsite.pages;

import io.impactsite.analyse.EditionComparison;
import java.util.List;
import java.util.Optional;

/** Where a page tree stands among its site's report cards: the current one, or a past edition. */
public sealed interface Editions {
    /** A site that keeps no past editions. */
    Editions NONE = new Current(List.of(), Optional.empty());

    /**
     * The current site.
     *
     * @param years the past editions it publishes, newest first
     * @param since what changed since the newest of them; empty without editions
     */
    record Current(List<Integer> years, Optional<EditionComparison> since) implements Editions {}

    /**
     * A past edition, published under {@code <year>/} of the current site.
     *
     * @param currentHome the current site's home, from the edition's root ("../", "../index.html")
     * @param list        the current site's list of report cards, from the edition's root
     */
    record Past(int year, String currentHome, String list) implements Editions {}
}
