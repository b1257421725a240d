package io.impactsite.bench;

import java.util.Locale;

/**
 * The documented sizes of a synthetic initiative (bench/README.md has the table). {@code XLARGE} is
 * twice {@code LARGE} in every count with the same 15 years, so that it also has twice the
 * observations: the measure of whether the engine's cost grows with the size of the content.
 */
public enum Size {
    TINY(3, 3, 3, 1, 10, 1, 3),
    SMALL(20, 40, 50, 3, 10, 3, 24),
    MEDIUM(100, 300, 500, 5, 10, 6, 36),
    LARGE(300, 2000, 3000, 8, 15, 12, 48),
    XLARGE(600, 4000, 6000, 16, 15, 24, 96);

    /** The last yearly period of every size. */
    static final int LAST_YEAR = 2024;

    public final int indicators;
    public final int partners;
    public final int updates;
    /** Narrative pages, besides the about.md and methodology.md intros. */
    public final int pages;
    /** Yearly periods, ending in {@link #LAST_YEAR}. */
    public final int years;
    public final int networks;
    public final int changes;

    Size(int indicators, int partners, int updates, int pages, int years, int networks, int changes) {
        this.indicators = indicators;
        this.partners = partners;
        this.updates = updates;
        this.pages = pages;
        this.years = years;
        this.networks = networks;
        this.changes = changes;
    }

    public int firstYear() {
        return LAST_YEAR - years + 1;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Size parse(String s) {
        for (Size size : values()) {
            if (size.id().equals(s.toLowerCase(Locale.ROOT))) {
                return size;
            }
        }
        throw new IllegalArgumentException("unknown size '" + s + "': tiny, small, medium, large or xlarge");
    }
}
