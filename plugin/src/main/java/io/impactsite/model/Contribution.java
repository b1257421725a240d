package io.impactsite.model;

import java.util.List;

/**
 * What a partner does toward a goal: a programme, funding, data, a policy; how much (an amount,
 * for funding and in-kind support), when, and how its work is measured.
 *
 * @param goals    the goals it serves, in the order written; empty for the whole initiative (backbone funding)
 * @param kind     programme, funding, in-kind, data, policy, advocacy, or "" when not said
 * @param start    when it began; null when not said
 * @param end      when it ended or ends; null while it goes on
 * @param amount   the money or the value of the support over its whole period; null when not said
 * @param measures its performance measures, how much, how well and better off, in the order written
 */
public record Contribution(
        String partner,
        List<String> goals,
        String title,
        String kind,
        Markdown description,
        List<String> indicators,
        PartialDate start,
        PartialDate end,
        Amount amount,
        List<PerformanceMeasure> measures) {

    /** The kinds of contribution, in the order pages list them ({@code program} is read as {@code programme}). */
    public static final List<String> KINDS = List.of("programme", "funding", "in-kind", "data", "policy", "advocacy");

    /** What {@code goal:} says for a contribution to the whole initiative rather than to goals. */
    public static final String WHOLE_INITIATIVE = "initiative";

    /** Whether it serves the whole initiative (the backbone, shared data) rather than named goals. */
    public boolean servesWholeInitiative() {
        return goals.isEmpty();
    }

    public boolean serves(String goal) {
        return goals.contains(goal);
    }

    /** Whether it serves more than one goal, so that each goal's total counts all of it. */
    public boolean servesSeveralGoals() {
        return goals.size() > 1;
    }

    /** The same contribution with these measures (shared ones resolved). */
    public Contribution withMeasures(List<PerformanceMeasure> resolved) {
        return new Contribution(partner, goals, title, kind, description, indicators, start, end, amount, List.copyOf(resolved));
    }
}
