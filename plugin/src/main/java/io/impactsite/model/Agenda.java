package io.impactsite.model;

import java.util.List;

/** The common agenda: the shared vision, the problem, its boundaries, goals and strategies. */
public record Agenda(
        Markdown vision,
        Markdown problem,
        Boundaries boundaries,
        List<Goal> goals,
        List<Strategy> strategies) {

    /** Where, for whom and for how long the initiative works. */
    public record Boundaries(String place, String population, String timeframe) {}
}
