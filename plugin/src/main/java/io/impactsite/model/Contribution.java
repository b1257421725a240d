package io.impactsite.model;

import java.util.List;

/**
 * What a partner does toward a goal: a programme, funding, data, a policy; how much (an amount,
 * for funding and in-kind support), when, and how its work is measured.
 *
 * @param kind     programme, funding, in-kind, data, policy, advocacy, or "" when not said
 * @param start    when it began; null when not said
 * @param end      when it ended or ends; null while it goes on
 * @param amount   the money or the value of the support over its whole period; null when not said
 * @param measures its performance measures, how much, how well and better off, in the order written
 */
public record Contribution(
        String partner,
        String goal,
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
}
