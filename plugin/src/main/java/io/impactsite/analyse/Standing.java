package io.impactsite.analyse;

/**
 * How a series stands in the site's words. With a target, the words are the status codes' own ("on
 * track"); without one there is nothing to be on track for, so the same breaks of the growth rate
 * say what was measured ("improving", "worsening"). The JSON downloads keep the codes; pages, counts
 * and filters use these.
 */
public enum Standing {
    TARGET_ACHIEVED("target-achieved"),
    ON_TRACK("on-track"),
    ACCELERATION_NEEDED("acceleration-needed"),
    LIMITED_PROGRESS("limited-progress"),
    MOVING_AWAY("moving-away"),
    IMPROVING("improving"),
    IMPROVING_SLOWLY("improving-slowly"),
    LITTLE_CHANGE("little-change"),
    WORSENING("worsening"),
    INSUFFICIENT_DATA("insufficient-data");

    private final String id;

    Standing(String id) {
        this.id = id;
    }

    /** The stable id of addresses, CSS classes and the theme's strings ({@code status.<id>}). */
    public String id() {
        return id;
    }

    public static Standing of(Status status) {
        return of(status.code(), status.target() != null);
    }

    /** A status code in words, for a series with a target or without one. */
    public static Standing of(Status.Code code, boolean targeted) {
        return switch (code) {
            case TARGET_ACHIEVED -> TARGET_ACHIEVED;
            case ON_TRACK -> targeted ? ON_TRACK : IMPROVING;
            case ACCELERATION_NEEDED -> targeted ? ACCELERATION_NEEDED : IMPROVING_SLOWLY;
            case LIMITED_PROGRESS -> targeted ? LIMITED_PROGRESS : LITTLE_CHANGE;
            case MOVING_AWAY -> targeted ? MOVING_AWAY : WORSENING;
            case INSUFFICIENT_DATA -> INSUFFICIENT_DATA;
        };
    }

    /** On track or achieved: the only standings a headline may count as success. */
    public boolean success() {
        return this == TARGET_ACHIEVED || this == ON_TRACK;
    }

    /** Judged against a target (the first five); the growth words and "insufficient data" are not. */
    public boolean targeted() {
        return ordinal() <= MOVING_AWAY.ordinal();
    }

    /** Measured against no target: a growth rate a year, in words. */
    public boolean untargeted() {
        return this == IMPROVING || this == IMPROVING_SLOWLY || this == LITTLE_CHANGE || this == WORSENING;
    }
}
