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
        List<Contribution> contributions) {

    public Partner withContributions(List<Contribution> resolved) {
        return new Partner(id, name, sector, url, logo, description, joined, networks, List.copyOf(resolved));
    }
}
