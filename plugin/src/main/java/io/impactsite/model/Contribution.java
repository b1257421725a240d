package io.impactsite.model;

import java.util.List;

/** What a partner does toward a goal: a programme, funding, data, a policy. */
public record Contribution(
        String partner,
        String goal,
        String title,
        String kind,
        Markdown description,
        List<String> indicators,
        int since) {}
