package io.impactsite.bench.format;

import java.util.List;

/** {@code partners/<id>.yml}. */
public record PartnerDoc(String name, String sector, String url, String logo, String description, Integer joined,
                         List<String> networks, List<Contribution> contributions) {

    public record Contribution(String goal, String title, String kind, String description, List<String> indicators,
                               Integer since) {}
}
