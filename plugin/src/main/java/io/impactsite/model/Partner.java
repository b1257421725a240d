package io.impactsite.model;

import java.util.List;

/** A partner organisation and what it contributes. */
public record Partner(
        String id,
        String name,
        String sector,
        String url,
        String logo,
        Markdown description,
        int joined,
        List<String> networks,
        List<Contribution> contributions) {}
